/**
 * The fewest letters a hyphenated word keeps before the first break and after the last, per
 * language, as TeX's patterns (hyph-utf8) and babel set them (`\lefthyphenmin`,
 * `\righthyphenmin`). Why per language: the patterns were made for these values, and
 * typographic practice differs (English keeps three letters after the break, German two).
 */
const MINS: Record<string, [number, number]> = {
  en: [2, 3],
  "en-gb": [2, 3],
  "en-us": [2, 3],
  de: [2, 2],
  fr: [2, 3],
  it: [2, 2],
  es: [2, 2],
  pt: [2, 3],
  nl: [2, 2],
  ru: [2, 2],
  uk: [2, 2],
  pl: [2, 2],
  cs: [2, 3],
  sk: [2, 3],
  sv: [2, 2],
  da: [2, 2],
  nb: [2, 2],
  nn: [2, 2],
  no: [2, 2],
  fi: [2, 2],
  hu: [2, 2],
  ca: [2, 2],
  la: [2, 2],
  el: [1, 1],
  tr: [2, 2],
  // Two syllables each side: a word of two letters is not split, nor one letter left alone
  // (W3C's Ethiopic Layout Requirements; hyph-utf8's own 1 and 1 would break "ቤ-ቱ").
  "mul-ethi": [2, 2],
};

/** TeX's own defaults, for a language the table does not name. */
const DEFAULT: [number, number] = [2, 3];

/** [left, right] minimums for a language tag: the full tag, then its language part. */
export function hyphenMins(lang: string): [number, number] {
  const key = lang.toLowerCase();
  return MINS[key] ?? MINS[key.split("-")[0] ?? key] ?? DEFAULT;
}

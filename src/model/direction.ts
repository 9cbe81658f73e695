/** Which way a letter's lines run. */
export type Direction = "ltr" | "rtl";

/**
 * Languages written right to left (by primary subtag): Arabic, Hebrew, Persian, Uyghur, Urdu,
 * Pashto, Sindhi, Sorani Kurdish, Dhivehi, Yiddish, Syriac, and the old Hebrew tag.
 */
const RIGHT_TO_LEFT = new Set([
  "ar",
  "he",
  "iw",
  "fa",
  "ug",
  "ur",
  "ps",
  "sd",
  "ckb",
  "dv",
  "yi",
  "syr",
]);

/** The direction a letter in `lang` is written in, unless the letter says otherwise. */
export function directionOf(lang: string): Direction {
  const primary = lang.split(/[-_]/)[0]?.toLowerCase() ?? "";
  return RIGHT_TO_LEFT.has(primary) ? "rtl" : "ltr";
}

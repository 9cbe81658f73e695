import { CLDR_QUOTES } from "./cldr-quotes.js";

/** The quotation marks of one language: the outer pair, the pair nested in it, the apostrophe. */
export interface QuoteStyle {
  outer: readonly [open: string, close: string];
  inner: readonly [open: string, close: string];
  apostrophe: string;
  /** After one of these letters, the apostrophe is this letter instead (Uzbek's oʻ, gʻ). */
  letterAfter?: { after: string; letter: string };
}

const style = (outer: string, inner: string): QuoteStyle => ({
  outer: [outer[0] ?? "", outer[1] ?? ""],
  inner: [inner[0] ?? "", inner[1] ?? ""],
  apostrophe: "’",
});

const ENGLISH = style("“”", "‘’");

/**
 * Quotation marks by language tag (a primary language, or a tag with a region where the
 * region writes them differently). Straight double quotes become the outer pair (the inner
 * one when nested in it), straight single quotes the inner pair. French spacing inside « »
 * is added by french-spacing.ts, not here. The one place these characters are listed.
 */
export const QUOTE_STYLES: ReadonlyMap<string, QuoteStyle> = new Map(
  Object.entries({
    en: ENGLISH,
    de: style("„“", "‚‘"),
    "de-ch": style("«»", "‹›"),
    "de-li": style("«»", "‹›"),
    fr: style("«»", "“”"),
    "fr-ch": style("«»", "‹›"),
    ru: style("«»", "„“"),
    uk: style("«»", "„“"),
    be: style("«»", "„“"),
    es: style("«»", "“”"),
    it: style("«»", "“”"),
    "it-ch": style("«»", "‹›"),
    pt: style("«»", "“”"),
    "pt-br": style("“”", "‘’"),
    ca: style("«»", "“”"),
    el: style("«»", "“”"),
    nl: style("“”", "‘’"),
    pl: style("„”", "«»"),
    cs: style("„“", "‚‘"),
    sk: style("„“", "‚‘"),
    sl: style("„“", "‚‘"),
    hr: style("„”", "‚’"),
    hu: style("„”", "»«"),
    ro: style("„”", "«»"),
    bg: style("„“", "‚‘"),
    sv: style("””", "’’"),
    fi: style("””", "’’"),
    da: style("»«", "›‹"),
    nb: style("«»", "‘’"),
    nn: style("«»", "‘’"),
    no: style("«»", "‘’"),
    et: style("„“", "‚‘"),
    lt: style("„“", "‚‘"),
    lv: style("«»", "„“"),
    tr: style("“”", "‘’"),
    zh: style("“”", "‘’"),
    "zh-tw": style("「」", "『』"),
    "zh-hk": style("「」", "『』"),
    "zh-hant": style("「」", "『』"),
    ja: style("「」", "『』"),
    ko: style("“”", "‘’"),
  }),
);

/**
 * Languages whose straight apostrophe, as people type it, stands for a letter: the glottal
 * stop that Hawaiian (ʻokina), Samoan (koma liliu) and Tongan (fakauʻa) write as the modifier
 * letter U+02BB, a turned comma, as their governments' and dictionaries' texts print it
 * ("Hawaiʻi", "Aʻoga"); in Uzbek's Latin alphabet (1995), the letters oʻ and gʻ (U+02BB) and
 * elsewhere the tutuq belgisi ʼ (U+02BC: maʼlumot), typed O'zbekiston, ma'lumot; Quechua's
 * and Aymara's ejectives (pʼunchaw, chʼaki, tʼika), the modifier letter apostrophe U+02BC
 * that Unicode gives a letter written so. Why: curled as an apostrophe, "Hawai'i" printed
 * "Hawai’i", the comma the wrong way up, and "p'unchaw" a word cut by a punctuation mark;
 * these languages write no elision, so every such apostrophe is the letter.
 */
const APOSTROPHE_LETTERS: Readonly<Record<string, Pick<QuoteStyle, "apostrophe" | "letterAfter">>> =
  {
    haw: { apostrophe: "ʻ" },
    sm: { apostrophe: "ʻ" },
    to: { apostrophe: "ʻ" },
    qu: { apostrophe: "ʼ" },
    ay: { apostrophe: "ʼ" },
    uz: { apostrophe: "ʼ", letterAfter: { after: "oOgG", letter: "ʻ" } },
  };

/**
 * The quotation marks for a language tag: the tag, then its language and region, then its
 * language, in missive's table; for a language it does not list, the same in the Unicode
 * CLDR's (cldr-quotes.ts: Arabic ”…“, Persian «…», Georgian „…“); else English. The
 * apostrophe is the language's letter where it writes one (APOSTROPHE_LETTERS).
 */
export function quoteStyleFor(lang: string): QuoteStyle {
  const marks = quoteMarksFor(lang);
  const [language = "", ...rest] = lang.toLowerCase().split(/[-_]/);
  // Uzbek in Cyrillic writes the glottal stop ъ: its apostrophe is no letter.
  if (rest.includes("cyrl") || !Object.hasOwn(APOSTROPHE_LETTERS, language)) return marks;
  return { ...marks, ...APOSTROPHE_LETTERS[language] };
}

/** The apostrophe after `prev` (the character before it) in the language. */
export function apostropheAfter(prev: string, lang: string): string {
  const style = quoteStyleFor(lang);
  const after = style.letterAfter;
  return after && prev !== "" && after.after.includes(prev) ? after.letter : style.apostrophe;
}

function quoteMarksFor(lang: string): QuoteStyle {
  const tag = lang.toLowerCase().replaceAll("_", "-");
  const parts = tag.split("-");
  const language = parts[0] ?? "";
  const region = parts.slice(1).find((p) => p.length === 2 || p === "hant");
  const tags = [tag, ...(region ? [`${language}-${region}`] : []), language];
  for (const t of tags) {
    const own = QUOTE_STYLES.get(t);
    if (own) return own;
  }
  for (const t of tags) {
    // Own keys only: a tag is the letter's data, and `constructor` is no language.
    const marks = Object.hasOwn(CLDR_QUOTES, t) ? CLDR_QUOTES[t] : undefined;
    if (marks) return cldrStyle(marks);
  }
  return ENGLISH;
}

/** A CLDR entry (four marks) as a style; why split by code point: each mark is one. */
function cldrStyle(marks: string): QuoteStyle {
  const [a = "", b = "", c = "", d = ""] = [...marks];
  return style(a + b, c + d);
}

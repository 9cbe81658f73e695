import bidiJs, { type Bidi } from "bidi-js";
import type { Run } from "./letter-doc.js";

/** Which way a letter's lines run. */
export type Direction = "ltr" | "rtl";

/**
 * Unicode scripts written right to left, by their ISO 15924 codes (which `\p{Script=…}`
 * also accepts): Arabic, Hebrew, Syriac, Thaana, N'Ko, Adlam, Hanifi Rohingya, Mandaic,
 * Samaritan, Mende Kikakui, Yezidi. One list for a tag's script and a text's characters.
 */
const RTL_UNICODE_SCRIPTS = [
  "Arab",
  "Hebr",
  "Syrc",
  "Thaa",
  "Nkoo",
  "Adlm",
  "Rohg",
  "Mand",
  "Samr",
  "Mend",
  "Yezi",
] as const;

/** The scripts a language tag may name that run right to left: the above and Arabic's Nastaliq. */
const RTL_SCRIPTS: ReadonlySet<string> = new Set([...RTL_UNICODE_SCRIPTS, "Aran"]);

/**
 * Languages written right to left (by primary subtag), for a tag whose script the locale
 * data cannot tell: Arabic, Hebrew, Persian, Uyghur, Urdu, Pashto, Sindhi, Sorani Kurdish,
 * Dhivehi, Yiddish, Syriac, N'Ko, and the old Hebrew tag.
 */
const RTL_LANGUAGES: ReadonlySet<string> = new Set([
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
  "nqo",
]);

/**
 * The direction a letter in `lang` is written in, unless the letter says otherwise. Why the
 * script decides: one language is written in several (Fulani `ff` in Latin, `ff-Adlm` in
 * Adlam; Punjabi `pa` in Gurmukhi, `pa-Arab` in Shahmukhi), so the tag's script, else the
 * one its language is likeliest written in (CLDR's likely subtags: `nqo` is N'Ko), decides.
 */
export function directionOf(lang: string): Direction {
  const script = scriptOf(lang);
  if (script !== undefined) return RTL_SCRIPTS.has(script) ? "rtl" : "ltr";
  const primary = lang.split(/[-_]/)[0]?.toLowerCase() ?? "";
  return RTL_LANGUAGES.has(primary) ? "rtl" : "ltr";
}

/** The script `lang` is written in: its own subtag, else its language's likeliest. */
export function scriptOf(lang: string): string | undefined {
  try {
    return new Intl.Locale(lang.replaceAll("_", "-")).maximize().script;
  } catch {
    return undefined;
  }
}

/**
 * The direction of a paragraph's own language, where it is not the letter's: every run with a
 * letter in it carries one `lang` (a `::: {lang=he}` passage, `<p lang="ar">`). Why: such a
 * paragraph runs its language's way, as Typst's `text(lang: "he")` and a browser's `dir` set
 * it, whatever its first letter is ("Microsoft הודיעה…" is a Hebrew sentence).
 */
export function ownDirection(runs: readonly Run[], letterLang: string): Direction | undefined {
  // Most blocks have no language of their own: they end here, their text unread.
  if (!runs.some((r) => r.lang !== undefined && r.lang !== letterLang)) return undefined;
  let lang: string | undefined;
  for (const r of runs) {
    if (r.field || r.note || !/\p{L}/u.test(r.text)) continue;
    const l = r.lang ?? letterLang;
    if (lang === undefined) lang = l;
    else if (lang !== l) return undefined;
  }
  return lang === undefined || lang === letterLang ? undefined : directionOf(lang);
}

/**
 * The way a block (a paragraph, an address, an item) of a letter written `dir` is laid out:
 * its own language's, where it is a passage in a language written the other way and runs
 * that way (a Hebrew passage in an English letter: from the right margin, its indents and
 * list markers on the right, as in a Hebrew letter), else the letter's.
 */
export function blockDirection(
  lines: readonly (readonly Run[])[],
  letterLang: string,
  dir: Direction,
): Direction {
  const runs = lines.flat();
  const own = ownDirection(runs, letterLang);
  if (own === undefined || own === dir) return dir;
  return paragraphDirection(runs.map((r) => r.text).join(" "), own) === own ? own : dir;
}

/**
 * The way a paragraph runs, in a letter or passage written `way`: that way, unless the text
 * has no letter written that way: a phone number or an English address line in an Arabic
 * letter runs left to right (still set at the right margin), a line all in Hebrew in an
 * English letter right to left.
 */
export function paragraphDirection(text: string, way: Direction): Direction {
  if (way === "rtl") return hasRightToLeft(text) ? "rtl" : "ltr";
  for (const ch of text) if (bidi.getBidiCharTypeName(ch) === "L") return "ltr";
  return "rtl";
}

/**
 * Whether a plain-text viewer, which takes a line's direction from its first strong letter
 * (UAX #9, P2), sets `line` the other way than `way`: then the line needs a mark (U+200F
 * or U+200E) before it. Why: a plain text has no `dir`; each of its lines is a paragraph.
 */
export function firstStrongIsNot(line: string, way: Direction): boolean {
  const first = strongAt(line, false);
  if (first !== undefined) return first !== way;
  // No strong letter (a wrapped "2025." of a Hebrew sentence): a viewer sets it left to
  // right, the full stop on the right of the number, where the PDF has it on its left.
  return way === "rtl" && line.trim() !== "";
}

/**
 * The way the first (or, with `last`, the last) strong character of `text` is written (UAX #9
 * classes L, R and AL; a mark U+200E or U+200F is one), or undefined if it has none.
 */
export function strongAt(text: string, last: boolean): Direction | undefined {
  const chars = last ? [...text].reverse() : text;
  for (const ch of chars) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === "L") return "ltr";
    if (type === "R" || type === "AL") return "rtl";
  }
  return undefined;
}

// The package is CommonJS whose exports are the factory; its types say an ES default export.
/** The Unicode bidi algorithm (UAX #9), by bidi-js. */
export const bidi = (bidiJs as unknown as () => Bidi)();

/**
 * The bidi levels of text's UTF-16 units (UAX #9, by bidi-js), a character beyond the BMP
 * (Adlam, Hanifi Rohingya, an emoji) giving both its units its own level. Why not bidi-js on
 * the text: it classes each unit alone, and a surrogate is of class L, so an Adlam sentence
 * in a right-to-left paragraph came out as left-to-right runs, its words in reverse order.
 * The levels are found on a stand-in of the same length, each such character as two BMP
 * characters of its class.
 */
export function embeddingLevels(text: string, way: Direction): Uint8Array {
  if (!/[\ud800-\udfff]/.test(text)) return bidi.getEmbeddingLevels(text, way).levels;
  let standIn = "";
  for (const ch of text) {
    if (ch.length === 1) standIn += ch;
    else {
      const one = STAND_IN[bidi.getBidiCharTypeName(ch)] ?? "!";
      standIn += one + one;
    }
  }
  return bidi.getEmbeddingLevels(standIn, way).levels;
}

/** A BMP character of each bidi class that characters beyond the BMP have. */
const STAND_IN: Readonly<Record<string, string>> = {
  L: "a",
  R: "\u05d0",
  AL: "\u0627",
  EN: "0",
  AN: "\u0660",
  NSM: "\u0300",
  BN: "\u00ad",
  WS: " ",
  ON: "!",
};

/** Characters of scripts written right to left, and the marks and controls that start such text. */
export const RIGHT_TO_LEFT = new RegExp(
  `[${RTL_UNICODE_SCRIPTS.map((code) => `\\p{Script=${code}}`).join("")}\u200f\u202b\u202e\u2067\u061c]`,
  "u",
);

/**
 * Whether text holds a character written right to left (bidi class R or AL), not only digits,
 * signs and marks of such a script: Arabic-Indic digits are of the Arabic script, but a
 * number runs left to right (UAX #9 gives them the class AN).
 */
export function writtenRightToLeft(text: string): boolean {
  if (!RIGHT_TO_LEFT.test(text)) return false;
  for (const ch of text) {
    const type = bidi.getBidiCharTypeName(ch);
    if (type === "R" || type === "AL") return true;
  }
  return false;
}

/** Whether text holds a letter of a script written right to left. */
export function hasRightToLeft(text: string): boolean {
  return RIGHT_TO_LEFT.test(text);
}

/**
 * How a piece at an odd level with no right-to-left letter is drawn: its characters in
 * reverse order, each mirrored ("(" as ")"). Why here: the shaper is told nothing of levels
 * and shapes such a piece (a bracket, "!?") left to right; one with an Arabic or Hebrew letter
 * is shaped right to left, and HarfBuzz mirrors its brackets itself.
 */
export function drawnText(text: string, level: number): string {
  if (level % 2 === 0) return text;
  return [...text]
    .reverse()
    .map((c) => bidi.getMirroredCharacter(c) ?? c)
    .join("");
}

/**
 * How a piece with no right-to-left letter is drawn in a line laid out right to left (a list
 * marker): as the bidi algorithm orders it there, mirrored. Why not drawnText's reversal: a
 * number in it keeps its order ("1." is drawn ".1", but "10." ".10", "1.2" and "(iv)" as typed).
 */
export function drawnRightToLeft(text: string): string {
  return bidi.getReorderedString(text, bidi.getEmbeddingLevels(text, "rtl"));
}

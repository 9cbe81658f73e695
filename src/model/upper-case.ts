import { isAddress } from "./word-breaks.js";

/**
 * Text in capitals as its language writes them (a style with `uppercase`): Turkish and
 * Azerbaijani "i" as "İ", Greek without its accents ("Αθήνα" as "ΑΘΗΝΑ", "Μάιος" as "ΜΑΪΟΣ"),
 * as CSS's `text-transform` does by `lang`. Why a language and never none: without one, the
 * machine's own locale decides, so a Turkish letter lost the dot of its "İ" and an English
 * letter set on a Turkish machine would gain one. E-mail and web addresses stay as typed
 * (word-breaks.ts's isAddress): a web address's path is case-sensitive, and a letterhead's
 * "RPSOUTHERN@JUSTICE.GOV.UK" reads as shouting, not as an address to copy.
 */
export function upperCased(text: string, lang: string): string {
  return text.replace(/[^\s\u00a0\u202f]+/gu, (word) =>
    isAddress(word) ? word : capitals(word, lang),
  );
}

function capitals(text: string, lang: string): string {
  try {
    return text.toLocaleUpperCase(lang || "und");
  } catch {
    // A tag ICU cannot read (the data's tag is checked before, a pack's may not be).
    return text.toLocaleUpperCase("und");
  }
}

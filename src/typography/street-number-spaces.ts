import { type BlockText, langAt, primaryLanguage } from "./block-text.js";
import { startsLine } from "./line-start.js";
import { DIGIT, firstWord, lastWord, OPENING, unclosed, YEAR } from "./piece-words.js";

/**
 * The words for a street's kind that a language writes after the house number ("12, rue des
 * Tanneurs", "3 bis, avenue Foch"), in small letters, by primary language. French only: its
 * typographers tie the number to the street's kind (the Imprimerie nationale's *Lexique* keeps
 * a number with the word it goes with, and writes "12, rue"); a language that writes the
 * number after the name (Dutch "Kerkstraat 12") ties it there (tie-words.ts `streets`), and
 * English's "12 Oxlade Drive" names the street before its kind, where no rule is as clear.
 */
const KINDS_BEFORE_NAME: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  [
    "fr",
    new Set([
      ...["rue", "avenue", "av.", "boulevard", "bd", "bd.", "bld", "place", "pl.", "chemin"],
      ...["allée", "impasse", "imp.", "quai", "route", "rte", "cours", "square", "passage"],
      ...["faubourg", "fg", "sentier", "esplanade", "promenade", "rond-point", "voie", "cité"],
      ...["villa", "hameau", "lieu-dit", "chaussée", "ruelle", "montée", "traverse", "parvis"],
    ]),
  ],
]);

/** A house number, perhaps a range or with a letter, and the comma after it: "12,", "12-14", "12bis,". */
const HOUSE_NUMBER = /^\p{Nd}{1,4}(?:[-–]\p{Nd}{1,4})?(?:bis|ter|quater|[A-Za-z])?,?$/u;

/** The words after a house number that number a second house on its plot: "3 bis", "12 ter,". */
const REPEATS = /^(?:bis|ter|quater),?$/;

/**
 * The pieces after which a space parts a house number from the street's kind after it, in the
 * languages that write one so (KINDS_BEFORE_NAME), or from its "bis" or "ter": "12,⏎rue des
 * Tanneurs" left the number alone at a line's end.
 */
export function streetNumberSpaces(block: BlockText, pieces: string[]): number[] {
  const out: number[] = [];
  let at = -1;
  for (let k = 0; k + 1 < pieces.length; k++) {
    at += (pieces[k] as string).length + 1;
    // Most words have no digit: no house number, settled without cutting the word out.
    if (!DIGIT.test(pieces[k] as string)) continue;
    const number = lastWord(pieces[k] as string).replace(OPENING, "");
    if (!HOUSE_NUMBER.test(number) || yearsClause(number, placeBefore(block, pieces, k))) continue;
    const kinds = KINDS_BEFORE_NAME.get(primaryLanguage(langAt(block, at - 1)));
    if (!kinds) continue;
    const repeat = REPEATS.test(firstWord(pieces[k + 1] as string)) ? 1 : 0;
    const kind = unclosed(firstWord(pieces[k + 1 + repeat] ?? "")).toLowerCase();
    if (!kinds.has(kind)) continue;
    out.push(k);
    if (repeat) out.push(k + 1);
  }
  return out;
}

/**
 * Whether a number with its comma is a year ending a clause ("En 2025, rue fermée", "Depuis
 * 2019, place Bellecour est piétonne", "en mai 2025, place …"): a number from 1000 to 2999
 * with a comma, unless `addressed`, where only a house number stands (placeBefore). One
 * without the comma stays a house number ("1250 route des Crêtes", numbered by its distance
 * along the road).
 */
function yearsClause(number: string, addressed: boolean): boolean {
  return number.endsWith(",") && YEAR.test(number.slice(0, -1)) && !addressed;
}

/** The words before which French writes an address, and never a year: "au 1250, route". */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(["au"]);

/**
 * Whether piece `k`'s last word stands where an address's house number does and a year does
 * not: first on its line, as an address's line starts ("1250, route des Crêtes"), or after
 * "au" ("au 1250, route des Crêtes"). A year ending its clause follows a preposition or a
 * month ("En 2025,", "depuis 2019,", "mai 2025,"). Why not a list of those: they are many, and
 * a year missed would tie "2025,~rue" again.
 */
function placeBefore(block: BlockText, pieces: string[], k: number): boolean {
  if (startsLine(block, pieces, k)) return true;
  if (lastWord(pieces[k] as string) !== pieces[k]) return false;
  const before = lastWord(pieces[k - 1] as string).replace(OPENING, "");
  return ADDRESS_WORDS.has(before.toLowerCase());
}

import { withoutTrailing } from "../without-trailing.js";
import {
  CLOSING_OR_STOP,
  digitsIn,
  firstWord,
  groupRunEnd,
  lastWord,
  MOST_DIGITS,
  OPENING,
} from "./piece-words.js";

/**
 * An identifier's label: an abbreviation of three letters or more, two of them capitals, perhaps
 * with small letters, dots or a hyphen between them and a colon after it, no digit ("ABN",
 * "ACN", "GST", "VAT", "SIRET", "EIN", "HRB", "KvK", "USt-IdNr.", "IČO", "ABN:"). Why capitals
 * and not a list: the registers and their numbers are many in every country, and each names its
 * number so. Why three letters: two are a state's or a country's code before a postcode
 * ("Washington, DC 20510", "Portland, ME 04101"), which the address's line settles.
 */
const LABEL = /^(?=(?:\P{Lu}*\p{Lu}){2})(?=(?:\P{L}*\p{L}){3})\p{Lu}[\p{L}.\-/]{1,11}:?$/u;

/** The signs for "number" written between a label and its number ("VAT No.", "USt-Nr."). */
const NUMBER_SIGNS: ReadonlySet<string> = new Set([
  ...["No.", "no.", "Nr.", "nr.", "N°", "n°", "Nº", "nº", "n.º", "№"],
  ...["No:", "no:", "Nr:", "nr:"],
]);

/** Whether `word` is a sign for "number" ("No.", "n°", "№", "Nr:"), perhaps after a bracket. */
export function isNumberSign(word: string): boolean {
  return NUMBER_SIGNS.has(word.replace(OPENING, ""));
}

/** A country's code written before a VAT number's digits: "VAT GB 123 4567 89", "TVA FR 12 …". */
const COUNTRY = /^\p{Lu}{2}$/u;

/** A group of an identifier's number: digits, perhaps with hyphens, dots or slashes inside. */
const GROUP = /^\p{Nd}[\p{Nd}.\-/]*$/u;

/** The least digits an identifier has: "ISO 27001", "HRB 12345"; "EU 27", "ISO 9001" stay free. */
const MIN_DIGITS = 5;

/**
 * The pieces after which a space parts an identifier's label from its number, or the number's
 * groups from each other ("ABN 51 824 753 556", "SIRET 732 829 320 00074", "GST 123-456-789",
 * "VAT No. GB 123 4567 89"): a reader copies the number as one and needs its label to know what
 * it is; "(ABN" ending a line and "51 824 753 556)" starting the next parts them, as a
 * telephone number's groups would be (tie-spaces.ts ties those). A number of five digits at
 * least, so a label's count ("EU 27") or a standard's year-like number ("ISO 9001") stays free.
 * In every language: the label and its number are the same in a letter in any. The space
 * after the label goes into `labels`: a loose line may part it where nothing else fits
 * (model/ties.ts LABEL_TIE), never the number's groups.
 */
export function identifierSpaces(pieces: string[], labels: Set<number>): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < pieces.length; k++) {
    // Most words are followed by a word in small letters: no number, settled without a pattern.
    if (!mayStartNumber(pieces[k + 1] as string)) continue;
    if (!LABEL.test(lastWord(pieces[k] as string).replace(OPENING, ""))) continue;
    const sign = NUMBER_SIGNS.has(pieces[k + 1] as string) ? 1 : 0;
    const code = pieces[k + 1 + sign] ?? "";
    const country = COUNTRY.test(code) && !inCapitals(pieces, k) ? 1 : 0;
    const groups = numberGroups(pieces, k + 1 + sign + country);
    // More digits than a number has: a list of numbers after the label ("ISO 9001 14001 45001 …").
    if (groups.digits < MIN_DIGITS || groups.digits > MOST_DIGITS) continue;
    for (let j = k; j < groups.end; j++) out.push(j);
    labels.add(k);
    k = groups.end;
  }
  return out;
}

/**
 * Whether the label at piece `k` stands in prose written in capitals, after a word in capitals
 * ("THE SUM OF 100 000 POUNDS", "PLEASE SEND TO 12345"): there two capitals after it are a
 * word ("OF", "TO"), no country's code.
 */
function inCapitals(pieces: string[], k: number): boolean {
  const before = k > 0 ? lastWord(pieces[k - 1] as string) : "";
  return CAPITALS_WORD.test(before) && CAPITALS_WORD.test(lastWord(pieces[k] as string));
}

/** A word of two capitals or more and no small letter. */
const CAPITALS_WORD = /^\p{Lu}{2,}$/u;

/**
 * The groups of a number from piece `from`: the index of its last piece (`from - 1` if it has
 * none) and its digits. It ends at a piece with more after its group (a comma, a bracket, a
 * line break).
 */
function numberGroups(pieces: string[], from: number): { end: number; digits: number } {
  const end = groupRunEnd(pieces, from, numberGroup);
  let digits = 0;
  for (let j = from; j <= end; j++) digits += digitsIn(numberGroup(pieces[j] as string) ?? "");
  return { end, digits };
}

/**
 * The group of an identifier's number a piece starts with, if it does, without the closing
 * marks and full stops after it, in any order and any number ("070).", "556.)"). Why both in
 * one run: stripping the marks, then one full stop, left "2.36.070)" of "(RCW 2.36.070).", no
 * number, and its label ended a line apart from it.
 */
function numberGroup(piece: string): string | undefined {
  const group = withoutTrailing(firstWord(piece), CLOSING_OR_STOP);
  return GROUP.test(group) ? group : undefined;
}

/**
 * Whether a piece may start an identifier's number, its number sign or its country: not a
 * small ASCII letter other than the "n" of "no." or "nr.".
 */
function mayStartNumber(piece: string): boolean {
  const c = piece.charCodeAt(0);
  return !(c >= 0x61 && c <= 0x7a) || c === 0x6e;
}

import { type BlockText, langAt, primaryLanguage } from "./block-text.js";
import { startsLine } from "./line-start.js";
import { firstWord, lastWord, secondWord, whole } from "./piece-words.js";

/**
 * A British postcode's outward code ("BS8", "SW1A", "M1") or a Canadian postal code's first
 * half ("E1C"), perhaps after an opening bracket.
 */
const OUTWARD = /^[([{]?[A-Z]{1,2}\d[A-Z\d]?$/;
/** The inward code after it ("3BU"), or a Canadian code's second half ("4X5"), perhaps before punctuation. */
const INWARD = /^\d[A-Z][A-Z\d](?:[)\]},.;:!?]*)$/;

/**
 * A postcode of three digits and two, as Sweden, Czechia, Slovakia and Greece write theirs
 * ("111 34 Stockholm", "110 00 Praha 1", "036 01 Martin", "546 40 Θεσσαλονίκη"): its halves.
 */
const THREE = /^[([{]?\d{3}$/;
const TWO = /^\d{2}$/;

/**
 * A Dutch postcode's four digits and its two letters ("1012 AB Amsterdam"); never SA, SD or
 * SS, which the Dutch post leaves out.
 */
const FOUR = /^[([{]?[1-9]\d{3}$/;
const DUTCH_LETTERS = /^(?!S[ADS]$)[A-Z]{2}$/;

/** A place's name, after a postcode: a capital first. */
const PLACE = /^\p{Lu}/u;

/**
 * The pieces after which a space is the one inside a postcode ("Bristol BS8 3BU", "Moncton NB
 * E1C 4X5", "111 34 Stockholm", "3511 NS Utrecht"): the code is read and typed as one, and
 * "BS8" ending a line and "3BU." starting the next reads as two words, as a number's groups
 * would; "036" ending one and "01 Martin" starting the next reads as two numbers.
 */
export function postcodeSpaces(block: BlockText, pieces: string[]): number[] {
  const out: number[] = [];
  let at = -1;
  for (let k = 0; k + 1 < pieces.length; k++) {
    at += (pieces[k] as string).length + 1;
    const code = lastWord(pieces[k] as string);
    const next = firstWord(pieces[k + 1] as string);
    if (OUTWARD.test(code) && INWARD.test(next)) {
      out.push(k);
      continue;
    }
    const shape = THREE.test(code) && TWO.test(next) ? THREE_TWO : DUTCH;
    if (shape === DUTCH && !(FOUR.test(code) && DUTCH_LETTERS.test(next))) continue;
    if (!beforePlace(pieces, k)) continue;
    if (!shape.has(primaryLanguage(langAt(block, at - 1))) && !addressed(block, pieces, k))
      continue;
    out.push(k);
    const office = shape === THREE_TWO ? postOffice(pieces, k + 2) : -1;
    if (office >= 0) out.push(office);
  }
  return out;
}

/** A post office's number after its place: "9", "12", "IV", perhaps before a comma. */
const OFFICE_NUMBER = /^(?:\p{Nd}{1,2}|[IVX]{1,4}),?$/u;

/**
 * The piece after which a space parts a place from its post office's number, where the
 * place's name (up to four words from piece `from` on its line) ends its line with it, as
 * Czech and Slovak addresses write it ("779 00 Olomouc 9", "400 01 Ústí nad Labem 2", "040 01
 * Košice IV"): "Olomouc" ending a line and "9" alone at the next reads as a count. -1 if none.
 */
function postOffice(pieces: string[], from: number): number {
  for (let j = from + 1; j < pieces.length && j <= from + 4; j++) {
    const place = pieces[j - 1] as string;
    if (!whole(place) || /\p{Nd}/u.test(place)) return -1;
    const word = firstWord(pieces[j] as string);
    if (!OFFICE_NUMBER.test(word)) continue;
    const endsLine = word !== pieces[j] || j === pieces.length - 1 || word.endsWith(",");
    return endsLine ? j - 1 : -1;
  }
  return -1;
}

/**
 * The languages that write each shape of postcode, where it is tied wherever it stands; in
 * another, a code is tied where an address's stands (addressed). Why: German capitalises its
 * nouns, so "030 12 Leute" or "2024 EU Kommission" would read as a code before a place.
 */
const THREE_TWO: ReadonlySet<string> = new Set(["sv", "cs", "sk", "el"]);
const DUTCH: ReadonlySet<string> = new Set(["nl"]);

/**
 * Whether the code's second half, piece `k + 1`'s first word, is followed by a place's name:
 * "34 Stockholm", "AB Amsterdam", on its line or the next. Not a count's noun in small letters
 * ("in 123 45 days"); a mark after the half ("123 45, and") leaves it no half.
 */
function beforePlace(pieces: string[], k: number): boolean {
  return PLACE.test(secondWord(pieces, k + 1));
}

/**
 * Whether a postcode's first half, piece `k`'s last word, stands where an address's code does
 * in a letter in any language: first on its line, or after the comma that ends the street in
 * a line of prose ("Damrak 1, 1012 AB Amsterdam", "Box 123, 111 34 Stockholm"). Elsewhere
 * four digits and two capitals are more often a year and a code ("in 2024 EU Member States").
 */
function addressed(block: BlockText, pieces: string[], k: number): boolean {
  if (startsLine(block, pieces, k)) return true;
  return lastWord(pieces[k] as string) === pieces[k] && (pieces[k - 1] as string).endsWith(",");
}

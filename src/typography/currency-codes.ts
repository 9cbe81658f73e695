import { withoutTrailing } from "../without-trailing.js";
import { CURRENCIES } from "./tie-words.js";

/**
 * Every ISO 4217 code the runtime's ICU knows (TZS, KES, NGN, AMD, ISK): a letter may price in
 * any currency. The codes CURRENCIES lists (EUR, USD, GBP) are tied to any number beside them;
 * the others only where the number reads as an amount (codeAmount): some are words written in
 * capitals (ALL, TOP, CUP, PEN, CAD), and "TOP 10", "ALL 3 departments" are no prices.
 */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));
const LISTED: ReadonlySet<string> = new Set(CURRENCIES);

/**
 * A number written as money: in groups of three ("3,000", "1.200", "20 000"), with two
 * decimals ("5.50"), or with a magnitude's letter ("5m", "2.5bn").
 */
const MONEY_SHAPED =
  /^[+−-]?(?:\p{Nd}{1,3}(?:[,.’' \u00a0\u202f]\p{Nd}{3})+(?:[.,]\p{Nd}{1,2})?|\p{Nd}+[.,]\p{Nd}{2}|\p{Nd}+(?:[.,]\p{Nd}+)?(?:k|m|bn|mn|tn))$/u;

/**
 * A number only money is written as: with two decimals ("3,000.00", "250.50") or a
 * magnitude's letter ("5m"). Groups of three count people as often ("3,000 employees").
 */
const ONLY_MONEY =
  /^[+−-]?(?:\p{Nd}+(?:[,.’' \u00a0\u202f]\p{Nd}{3})*[.,]\p{Nd}{2}|\p{Nd}+(?:[.,]\p{Nd}+)?(?:k|m|bn|mn|tn))$/u;

/**
 * A number of four digits or more written without groups and not a year's ("5000", "12000"):
 * a price, as a count of that size is written in groups (codeAmount).
 */
const LARGE = /^(?![12]\p{Nd}{3}$)\p{Nd}{4,}$/u;

/** A word, perhaps after an opening mark: what a count's noun is ("Songs", "employees"). */
const WORD = /^[([{"“‘]?\p{L}/u;
/** A word of three letters at most: "na", "or", "per" (codeAmount). */
const SHORT_WORD = /^[([{"“‘]?\p{L}{1,3}(?!\p{L})/u;

/** A word in small letters: the noun a count counts ("3 departments", "10 prices"). */
const SMALL_WORD = /^[([{"“‘]?\p{Ll}/u;

/**
 * A mark of a sentence or a bracket after a number: "3,000.", "5m)". One character, stripped
 * by withoutTrailing: `/[…]+$/` scans a run of them not at the end again from each of its
 * characters ("5))))…)x" of 100,000 took seconds).
 */
const AFTER_NUMBER = /[)\]}"”’,.;:!?]/u;

/** A code the runtime knows that CURRENCIES does not list, perhaps before a full stop. */
export function isUnlistedCode(word: string): boolean {
  const code = word.replace(/\.$/, "");
  return CURRENCY_CODES.has(code) && !LISTED.has(code);
}

/**
 * Whether an unlisted code and the number beside it are an amount ("ALL 3,000.00", "TZS
 * 5000.", "20 000 AMD"), not a count in capitals ("ALL 3,000 employees", "TOP 10 Songs", "2.1
 * ALL prices are net"). `following`: the word after the number when the code is before it
 * (`codeFirst`), the word after the code when it is after.
 *
 * Before the number the code is a currency where the number is written as only money is
 * (ONLY_MONEY), where nothing follows the pair (a mark ends it, "TZS 5000."), or where a number
 * in groups of three, or of four digits or more that no year is (LARGE), is followed by a short
 * word ("TZS 375,000 na", "ALL 3,000 or", "TZS 5000 per night"): a word of three letters at
 * most is more often a conjunction or preposition than the noun a count counts, and a longer
 * one, in capitals too ("TOP 10 Songs"), may be that noun. After the number the code is a
 * currency alike, the word after the code in its place: where no word in small letters
 * follows ("20 000 AMD", not the noun of "2.1 ALL prices") or a short one does after a number
 * in groups ("20 000 AMD in all", not "3,000 ALL employees"). Why no more: only the sense
 * says a count, and a stray tie costs a line's end, no meaning. What it still gets wrong:
 * "ALL 3,000 men" (tied), "TZS 2000 per night" (free: 2000 may be a year).
 */
export function codeAmount(number: string, following: string, codeFirst: boolean): boolean {
  const bare = withoutTrailing(number, AFTER_NUMBER);
  // A mark after the number or code ends the pair: no noun it counts follows ("TZS 5000.").
  if (bare !== number) return true;
  if (ONLY_MONEY.test(bare) || !(codeFirst ? WORD : SMALL_WORD).test(following)) return true;
  return (MONEY_SHAPED.test(bare) || LARGE.test(bare)) && SHORT_WORD.test(following);
}

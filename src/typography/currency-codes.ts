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
 * Whether an unlisted code and the number beside it are an amount ("ALL 3,000", "TZS 5000.",
 * "20 000 AMD"), not a count in capitals ("ALL 3 departments", "TOP 10 list", "2.1 ALL prices
 * are net"): the number written as money (MONEY_SHAPED), or no word in small letters after the
 * pair (`following`: the word after the number when the code is before it, the word after the
 * code when it is after), which a count's noun would be. Why not more: in "ALL 3,000
 * employees" the shape says money and the sense says a count, and only a reader can tell; a
 * stray tie there costs a line's end, no meaning. What it still gets wrong: "TOP 10 Songs"
 * (tied: the noun is capitalised), "TZS 5000 per night" (left free: "per" reads as a noun).
 */
export function codeAmount(number: string, following: string): boolean {
  const bare = withoutTrailing(number, AFTER_NUMBER);
  // A mark after the number or code ends the pair: no noun it counts follows ("TZS 5000.").
  return MONEY_SHAPED.test(bare) || bare !== number || !SMALL_WORD.test(following);
}

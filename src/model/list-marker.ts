import { inNativeDigits, NATIVE_DIGIT, NATIVE_ONES, nativeZeroOf } from "./native-digits.js";

/**
 * List markers: a numbering pattern (`1.`, `a)`, `(i)`, `A.`) turns a count into a marker.
 * Why patterns rather than names: official letters number as they please ("(1)", "1)",
 * "A."), and a pattern says exactly what is printed.
 */

/**
 * The counter in a pattern: arabic, lower or upper letters, lower or upper roman, or Korean
 * syllables (가, 나, 다, …), with which Korean public documents number the items under 1., 2.
 */
type Counter = "1" | "a" | "A" | "i" | "I" | "가";

// Before the counter: punctuation, or the numbers of the clauses it is under (`2.1` counts
// 2.1, 2.2, …, as contracts and legal letters number a clause's paragraphs). The counter may
// be the one of another script's digits (`१.`, `(۱)`: native-digits.ts).
const NOT_COUNTER = `[^0-9a-zA-Z가-힣${NATIVE_DIGIT.slice(1, -1)}]*`;
const PATTERN = new RegExp(
  `^(${NOT_COUNTER}|(?:[1-9]\\d{0,2}\\.){1,4})(1|a|A|i|I|가|${NATIVE_ONES.join("|")})(${NOT_COUNTER})$`,
);

/**
 * The Korean counting syllables, in the order of the Hangul alphabet's consonants, as the
 * regulation on administrative work (행정업무의 운영 및 혁신에 관한 규정) numbers items.
 */
export const HANGUL_COUNTERS = "가나다라마바사아자차카타파하";

/** Numbering used by level (1, 2, 3, then again) when a list does not name its own. */
export const DEFAULT_NUMBERING = ["1.", "a.", "i."];
/** Bullets used by level when a list does not name its own. */
export const DEFAULT_BULLETS = ["•", "–", "▪"];

/** Whether `pattern` is a numbering pattern: one counter with punctuation (or clause numbers) around it. */
export function isNumbering(pattern: string): boolean {
  return PATTERN.test(pattern);
}

/** The marker for item number `n` (1-based) under `pattern`; `pattern` must be valid. */
export function numberMarker(pattern: string, n: number): string {
  const [, before = "", counter = "1", after = ""] = PATTERN.exec(pattern) ?? [];
  const zero = nativeZeroOf(counter);
  const counted =
    zero !== undefined && n >= 0 ? inNativeDigits(n, zero) : count(counter as Counter, n);
  return `${before}${counted}${after}`;
}

function count(counter: Counter, n: number): string {
  // Letters and roman numerals have no zero or negatives; such items fall back to digits.
  if (counter === "1" || n < 1) return String(n);
  if (counter === "a") return letters(n);
  if (counter === "A") return letters(n).toUpperCase();
  if (counter === "i") return roman(n);
  if (counter === "가") return hangul(n);
  return roman(n).toUpperCase();
}

/** a … z, aa … az, ba …, as lists in documents count past z. */
function letters(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    out = String.fromCharCode(97 + ((k - 1) % 26)) + out;
  return out;
}

/** 가 … 하, then 가가, 가나, … as letters count on past z. */
function hangul(n: number): string {
  const base = HANGUL_COUNTERS.length;
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / base))
    out = HANGUL_COUNTERS[(k - 1) % base] + out;
  return out;
}

const ROMAN: [number, string][] = [
  [1000, "m"],
  [900, "cm"],
  [500, "d"],
  [400, "cd"],
  [100, "c"],
  [90, "xc"],
  [50, "l"],
  [40, "xl"],
  [10, "x"],
  [9, "ix"],
  [5, "v"],
  [4, "iv"],
  [1, "i"],
];

function roman(n: number): string {
  if (n >= 4000) return String(n);
  let out = "";
  let k = n;
  for (const [v, s] of ROMAN) {
    for (; k >= v; k -= v) out += s;
  }
  return out;
}

/**
 * The decimal digits of scripts other than Latin, by their zero: Arabic-Indic (٠), Extended
 * Arabic-Indic (۰, Persian and Urdu), Devanagari (०, Hindi, Marathi, Nepali), Bengali, Gurmukhi,
 * Gujarati, Odia, Tamil, Telugu, Kannada, Malayalam, Thai, Lao, Tibetan, Myanmar and Khmer. Why:
 * letters in those scripts number their points in their own digits (१., ۱., ๑.), and a list
 * written so is read as one, its numbers printed in the digits it was written in.
 */
const ZEROS = [
  0x0660, 0x06f0, 0x0966, 0x09e6, 0x0a66, 0x0ae6, 0x0b66, 0x0be6, 0x0c66, 0x0ce6, 0x0d66, 0x0e50,
  0x0ed0, 0x0f20, 0x1040, 0x17e0,
];

/** A regular expression class (no `u` flag needed: all in the BMP) of those digits. */
export const NATIVE_DIGIT = `[${ZEROS.map((z) => `\\u${hex(z)}-\\u${hex(z + 9)}`).join("")}]`;

/** Each system's one, as a numbering pattern's counter names it (`१.`, `(۱)`). */
export const NATIVE_ONES: readonly string[] = ZEROS.map((z) => String.fromCharCode(z + 1));

/** The zero of the digits `text` is written in, if all of it is one system's digits. */
export function nativeZeroOf(text: string): number | undefined {
  const first = text.charCodeAt(0);
  const zero = ZEROS.find((z) => first >= z && first <= z + 9);
  if (zero === undefined) return undefined;
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c < zero || c > zero + 9) return undefined;
  }
  return zero;
}

/** The value of a number written in one system's digits (nativeZeroOf). */
export function nativeValue(text: string, zero: number): number {
  let n = 0;
  for (let k = 0; k < text.length; k++) n = n * 10 + (text.charCodeAt(k) - zero);
  return n;
}

/** `n` written in the digits whose zero is `zero`. */
export function inNativeDigits(n: number, zero: number): string {
  return String(n).replace(/\d/g, (d) => String.fromCharCode(zero + Number(d)));
}

function hex(c: number): string {
  return c.toString(16).padStart(4, "0");
}

import LineBreaker from "linebreak";

/**
 * Scripts written without spaces between words: Han, kana, Hangul, and the CJK punctuation,
 * symbols and full-width forms around them. Only words holding one of these are handed to the
 * line breaking algorithm: every other word breaks at spaces and hyphens as before, and pays
 * nothing for it.
 */
const UNSPACED =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3130-\u318f\u31c0-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3fffd}]/u;

/**
 * Splits a word (a run without spaces) where the Unicode line breaking algorithm (UAX #14)
 * allows a break, or returns null if the word holds no character of a script written
 * without spaces. Why UAX #14: it knows that Chinese and Japanese break between characters,
 * that "，" and "。" never start a line and "「" never ends one (kinsoku), that small kana stay
 * with what comes before, and that "COVID-19" and "2020年" are not broken at their hyphen or
 * digits.
 */
export function splitUnspaced(word: string): string[] | null {
  if (!UNSPACED.test(word)) return null;
  const pieces: string[] = [];
  const breaker = new LineBreaker(word);
  let last = 0;
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak()) {
    if (b.position > last) pieces.push(word.slice(last, b.position));
    last = b.position;
  }
  if (last < word.length) pieces.push(word.slice(last));
  return pieces;
}

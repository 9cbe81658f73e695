import { withoutTrailing } from "../without-trailing.js";

/** A Chinese or Japanese character: Han, kana, the prolonged sound mark. */
const CJK_CHARACTER = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]$/u;

/** Punctuation that goes with the character after it (「, 《, “) or before it (」, 。, ，, ！). */
const OPENING = /^[\p{Ps}\p{Pi}]+/u;
const CLOSING = /[\p{Pe}\p{Pf}\p{Po}]/u;

/**
 * Whether a paragraph's last line holds one Chinese or Japanese character, with the
 * punctuation around it ("為。", "「良」。"): a line Chinese and Japanese typesetting never
 * leaves (CLREQ: the last line of a paragraph holds at least two characters, its closing
 * punctuation not counted as one; JIS X 4051 likewise), as a word alone is a runt in English.
 */
export function isLoneCharacter(line: string): boolean {
  const core = withoutTrailing(line.trim().replace(OPENING, ""), CLOSING);
  return CJK_CHARACTER.test(core);
}

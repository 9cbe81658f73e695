import { eastAsianWidth } from "get-east-asian-width";
import { RecurringMemo } from "../recurring-memo.js";

/** Terminal columns a string takes: wide (CJK) characters count two, combining marks none. */
export function displayWidth(s: string): number {
  // Fast path: printable ASCII is one column a character (most letters are all ASCII).
  if (printableAscii(s)) return s.length;
  let w = 0;
  for (const ch of s) {
    if (/\p{M}|\u200B|\u200D|\uFE0F/u.test(ch)) continue;
    w += eastAsianWidth(ch.codePointAt(0) ?? 0);
  }
  return w;
}

function printableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/**
 * Greedy word wrap to `width` columns; a word longer than a line is broken. Widths add up
 * (a combining mark counts none wherever it falls), so each word is measured once.
 */
export function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  let used = 0;
  for (const word of text.split(/ +/)) {
    if (word === "") continue;
    const w = displayWidth(word);
    const sep = line ? 1 : 0;
    if (used + sep + w <= width) {
      line += sep ? ` ${word}` : word;
      used += sep + w;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    used = 0;
    for (const ch of word) {
      const c = displayWidth(ch);
      if (used + c > width && line) {
        lines.push(line);
        line = "";
        used = 0;
      }
      line += ch;
      used += c;
    }
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

/** Wrapped text by width and text (part of Resources: `compiled`). */
export type WrapMemo = RecurringMemo<readonly string[]>;

/** How many wrapped paragraphs a thread keeps: a letter has tens; a merge's share most. */
const MAX_WRAPPED = 1024;

export function newWrapMemo(): WrapMemo {
  return new RecurringMemo(MAX_WRAPPED);
}

/** `wrap`, done once per thread for the same text and width; the lines are shared, not changed. */
export function wrapOnce(memo: WrapMemo, text: string, width: number): string[] {
  const key = `${width}\u0000${text}`;
  return memo.of(key, () => Object.freeze(wrap(text, width))) as string[];
}

export function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

import { NATIVE_DIGIT } from "../model/native-digits.js";
import { BULLETS } from "./pasted-bullets.js";

/**
 * Whether a line (its indentation trimmed) opens Markdown block markup: a list item (`-`,
 * `1.`, `(a)`, a typed bullet), a quote, a pipe table's row, a heading, a footnote's text.
 * Why one place: the readings of pasted text (tables, joined lines, greetings) each leave such
 * lines to Markdown.
 */
export function opensBlockMarkup(text: string): boolean {
  return BLOCK_LINE.test(text);
}

// `(1) ` with a space only: "(300)" and a tab is an amount in a pasted table's cell. Numbers
// in another script's digits too (`१.`, `(۱) `: fancy-lists.ts reads them as items).
const NUMBER = `(?:\\d|${NATIVE_DIGIT})`;
const BLOCK_LINE = new RegExp(
  `^(?:[-*+>|#${BULLETS}]|${NUMBER}{1,9}[.)](?:\\s|$)|\\(?[a-zA-Z]{1,6}[.)]\\s|\\(${NUMBER}{1,9}\\) |\\[\\^)`,
  "u",
);

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

// `(1) ` with a space only: "(300)" and a tab is an amount in a pasted table's cell.
const BLOCK_LINE = new RegExp(
  `^(?:[-*+>|#${BULLETS}]|\\d{1,9}[.)](?:\\s|$)|\\(?[a-zA-Z]{1,6}[.)]\\s|\\(\\d{1,9}\\) |\\[\\^)`,
  "u",
);

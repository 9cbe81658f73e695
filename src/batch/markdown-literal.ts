import { ESCAPABLE } from "../compose/markdown-punctuation.js";

const PUNCTUATION = new RegExp(`[${ESCAPABLE}]`, "g");

/**
 * A record's value as Markdown that reads back as exactly that text. Why every ASCII
 * punctuation mark: CommonMark lets a backslash escape any of them, and each one can start
 * something (emphasis, a link, an HTML tag, an entity, a list, a GFM autolink `www.`); why
 * runs of ASCII whitespace and line breaks (the line and paragraph separators too, which the
 * letter would break a line at) become one space: a line break in a value could start a new
 * paragraph, a heading or an indented code block. Why not every space: Markdown's blocks and
 * indents are made of spaces, tabs and line ends alone, and a no-break space (`10\u00a0000`,
 * `Mr\u00a0Lee`) must keep its line together as it does in the rest of the letter.
 */
export function markdownLiteral(text: string): string {
  return text.replace(/[ \t\n\r\f\v\u2028\u2029]+/g, " ").replace(PUNCTUATION, "\\$&");
}

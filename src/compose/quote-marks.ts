/**
 * The `>` that put a line in a block quote, nested or not, each with the one space after it
 * that belongs to it: a list in a quote is read as one outside it.
 */
export const QUOTED = /^(?:[ \t]{0,3}>[ \t]?)+/;

/**
 * The same, in a pattern that reads a line's quote marks one way only (each ends at its `>`;
 * the spaces after the last are the text's indent), for fancy-lists.ts's LINE: a run of them
 * that is not followed by a marker is given up in linear time.
 */
export const QUOTE_MARKS = "(?:[ \\t]{0,3}>)*";

/** How many `>` open the line that starts at `at` (0 outside a quote). */
export function quoteDepthAt(md: string, at: number): number {
  // Most lines start with their text.
  if (!/[ \t>]/.test(md.charAt(at))) return 0;
  const marks = /(?:[ \t]{0,3}>)+/y;
  marks.lastIndex = at;
  const found = marks.exec(md);
  return found ? found[0].split(">").length - 1 : 0;
}

/** `line` without the first `depth` of the `>` that open it, each with its space. */
export function unquoted(line: string, depth: number): string {
  let rest = line;
  for (let k = 0; k < depth; k++) {
    const mark = /^[ \t]{0,3}>[ \t]?/.exec(rest);
    if (!mark) break;
    rest = rest.slice(mark[0].length);
  }
  return rest;
}

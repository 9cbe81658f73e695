/**
 * Line ends, one rule for every text input — letter data, a pack's YAML and templates, a
 * CSV or JSON Lines records file, and the code frame that shows a line of any of them: LF,
 * CRLF, or a CR alone (old Mac programs: Excel for Mac until 2016, Classic Mac editors).
 * U+2028, U+2029 and NEL are characters within a line, as YAML 1.2, CSV and JSON read
 * them. Why one rule: a file whose lines one reader counted by another rule than the
 * reporter's showed, under its error, a line that was not the one the error was about.
 */
export function toLf(text: string): string {
  return text.replace(/\r\n?/g, "\n");
}

/** A line end: LF, CRLF or a CR alone. */
export const LINE_END = /\r\n?|\n/;

/** A whole text's lines. */
export function splitLines(text: string): string[] {
  return text.split(LINE_END);
}

/**
 * The lines of text arriving in pieces, the last part being what follows the last line end
 * so far: a CR at the very end stays in it, as the LF of a CRLF may start the next piece.
 */
export function splitArriving(text: string): string[] {
  return text.split(/\r\n|\r(?!$)|\n/);
}

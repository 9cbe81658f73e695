/**
 * Marks set between fields on one line (a letterhead's "Office · Street · Phone"), each alone
 * between spaces. Where a line breaks at one it parts nothing: it is dropped, neither left
 * dangling at the end of one line nor starting the next. One rule for the PDF's lines
 * (layout/paragraph-items.ts) and the text output (write/display-width.ts).
 */
const SEPARATORS: ReadonlySet<string> = new Set(["·", "|", "•", "∙", "⋅", "‖"]);

/** Whether a word (text between spaces) is a field separator, dropped where a line breaks. */
export function isFieldSeparator(word: string): boolean {
  return SEPARATORS.has(word);
}

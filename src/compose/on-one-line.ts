/**
 * A line break in composed markup text: U+2028 as compose writes a data line break
 * (`&#x2028;`, xml-escape.ts), or U+2028 and U+2029 typed in the data, with the spaces around.
 */
const BREAK = /[ \t]*(?:&#x2028;|[\u2028\u2029])[ \t]*/g;

/**
 * Composed markup text with its line breaks as single spaces: a field set on one line among
 * other parts (a running header), as the PDF's title takes it.
 */
export function onOneLine(markupText: string): string {
  return markupText.replace(BREAK, " ");
}

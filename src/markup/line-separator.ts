/**
 * What breaks a line in markup text: U+2028 LINE SEPARATOR, how a line break written in the data
 * reaches the markup, in element text and in attribute values alike (compose writes it as
 * `&#x2028;`), and U+2029 PARAGRAPH SEPARATOR typed in the data.
 * Why both: UAX #14 makes each a mandatory break (class BK), and one field or attribute holds
 * no paragraphs to separate, so a paragraph separator can only end a line there; the body's
 * paragraphs are made by blank lines. Left as a character, U+2029 was drawn as nothing in the
 * PDF ("Apt 3Rear") and written raw into the text output.
 */
const LINE_SEPARATORS = /[\u2028\u2029]/;

/** Markup text cut at its line separators. */
export function separatedLines(text: string): string[] {
  return text.split(LINE_SEPARATORS);
}

/** An attribute's text with its line breaks as "\n", the model's way of writing them. */
export function attrLines(value: string): string {
  return separatedLines(value)
    .map((l) => l.trim())
    .join("\n");
}

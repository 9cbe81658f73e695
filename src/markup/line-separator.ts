/**
 * U+2028 LINE SEPARATOR: how a line break written in the data reaches the markup, in element
 * text and in attribute values alike (compose writes it as `&#x2028;`).
 */
export const LINE_SEPARATOR = "\u2028";

/** An attribute's text with its line breaks as "\n", the model's way of writing them. */
export function attrLines(value: string): string {
  return value
    .split(LINE_SEPARATOR)
    .map((l) => l.trim())
    .join("\n");
}

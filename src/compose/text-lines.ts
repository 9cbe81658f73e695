import { withoutTrailing } from "../without-trailing.js";

/**
 * A text's lines, as the data breaks them (`\n`, `\r\n`, U+2028, U+2029), without the
 * line breaks that end it (a YAML `|` block ends in one).
 */
export function textLines(text: string): string[] {
  return withoutTrailing(text, /[\r\n]/).split(/\r?\n|[\u2028\u2029]/);
}

import { withoutTrailing } from "../without-trailing.js";

const ENTITIES: Record<string, string> = {
  "&": "&amp;",
  "<": "&lt;",
  ">": "&gt;",
  '"': "&quot;",
  "'": "&apos;",
};

/** Escapes text for XML content and attribute values. */
export function xmlEscape(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/**
 * Escapes data text and keeps its line breaks as U+2028 LINE SEPARATOR, written as a character
 * reference. Why that character: it survives both element text (where white space collapses)
 * and attribute values (where `<br/>` cannot go), and the markup stage reads it as a line break.
 * Trailing line breaks (a YAML `|` block's last newline) are dropped.
 */
export function xmlEscapeLines(s: string): string {
  return xmlEscape(withoutTrailing(s, /[\r\n]/)).replace(/\r?\n/g, "&#x2028;");
}

/**
 * Characters JSON.stringify leaves raw that a terminal or log viewer acts on: DEL and the C1
 * controls (U+0080–U+009F; CSI is one), the bidirectional controls, which reorder what follows
 * them on screen, and the line and paragraph separators, which some viewers take as line ends.
 */
const RAW = /[\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/**
 * A value as the JSON text, indented by two, missive prints (`--json`, `--emit`) and writes (the manifest):
 * JSON.stringify's, with the characters above as `\uXXXX` escapes. Why: JSON escapes only C0
 * controls, so a file name from data holding U+009B or U+202E reached the terminal showing
 * the JSON as a command. The text still parses to the same value: outside strings JSON text
 * is ASCII, so each such character was inside a string, where an escape means it.
 */
export function jsonText(
  value: unknown,
  replacer?: (key: string, value: unknown) => unknown,
): string {
  return escapeJsonRaw(JSON.stringify(value, replacer, 2));
}

/** JSON text with the characters above escaped; for text JSON.stringify already made. */
function escapeJsonRaw(json: string): string {
  return json.replace(RAW, (c) => `\\u${(c.codePointAt(0) ?? 0).toString(16).padStart(4, "0")}`);
}

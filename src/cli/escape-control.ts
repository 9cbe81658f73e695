/**
 * Control characters a terminal acts on instead of showing: C0 (but tab), DEL, C1, and the
 * bidirectional controls, which reorder what follows them on screen. A line feed too: a
 * message is one line, and a line of data starting `::warning::` would be a command to CI.
 */
const ACTIVE =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are the point
  /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Shows each such character as an escape (`\x1b`, `\u202e`). Why: text from data and templates
 * reaches the terminal in messages and code frames, and an ESC byte there can rewrite the
 * screen, hide lines or change the window's title.
 */
export function escapeControl(text: string): string {
  return text.replace(ACTIVE, (c) => {
    const cp = c.codePointAt(0) ?? 0;
    return cp <= 0xff ? `\\x${cp.toString(16).padStart(2, "0")}` : `\\u${cp.toString(16)}`;
  });
}

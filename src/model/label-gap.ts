/**
 * Full-width punctuation a label may end in ("抄送：", "附件：", "写し送付先："): its glyph is a
 * full em that holds its own space, so the text after it follows at once, as GB/T 9704 sets
 * "附件：1．…" and Japanese letters "同封書類：…".
 */
const FULL_WIDTH_END = /[\u3001\u3002\uFF0C\uFF1A\uFF1B]$/u;

/** Whether a hanging label ("cc:", "Enclosures:") is set apart from its text by a space. */
export function labelSpaced(label: string): boolean {
  return !FULL_WIDTH_END.test(label);
}

/**
 * A saxes error's words without the place saxes writes before them (`3:7: `, or
 * `file:3:7: `): each caller says the place in its own terms (a markup line, a part of a
 * workbook, an SVG's line).
 */
export function saxesMessage(e: Error): string {
  return e.message.replace(/^(?:[^:]*:)?\d+:\d+: /, "");
}

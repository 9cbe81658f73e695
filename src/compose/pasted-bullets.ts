/**
 * A body whose lines start with a typed bullet (`• `, as text pasted from a word processor
 * arrives), with those lines made Markdown list items (`- `). Why: Markdown knows only `-`,
 * `*` and `+`, so "• Delivery by 15 November" under "we agreed:" ran into the paragraph above,
 * every item on one line with the next. Same length in UTF-16, so offsets into the body (for
 * errors) stay where they were.
 */
export function pastedBullets(md: string): string {
  return BULLET_LINE.test(md) ? md.replace(BULLET_LINES, "$1-$2") : md;
}

// U+2022 bullet, U+25E6 white bullet, U+25AA and U+25A0 squares, U+2023 triangular bullet,
// U+25CF black circle, U+2043 hyphen bullet, U+00B7 middle dot: what word processors paste.
export const BULLETS = "\u2022\u25e6\u25aa\u25a0\u2023\u25cf\u2043\u00b7";
const BULLET_LINE = new RegExp(`(?:^|\\n)[ \\t]*[${BULLETS}][ \\t]`, "u");
const BULLET_LINES = new RegExp(`^([ \\t]*)[${BULLETS}]([ \\t])`, "gmu");

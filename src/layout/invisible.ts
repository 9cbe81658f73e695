const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/** Default-ignorable, yet drawn like any character by HarfBuzz (and Uniscribe): fonts expect it. */
const DRAWN: ReadonlySet<number> = new Set([
  0x115f, 0x1160, 0x3164, 0xffa0, 0x1bca0, 0x1bca1, 0x1bca2, 0x1bca3,
]);

/**
 * Whether a character draws nothing: a variation selector, a joiner, a soft hyphen, a
 * zero-width space (Unicode's default-ignorable characters, less the Hangul fillers and
 * shorthand format controls, which HarfBuzz draws as ordinary glyphs).
 */
export function isInvisible(cp: number): boolean {
  // The first such character is U+00AD; most text never reaches the test.
  return cp >= 0xad && !DRAWN.has(cp) && IGNORABLE.test(String.fromCodePoint(cp));
}

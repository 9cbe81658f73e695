import type { Font } from "./fontkit-types.js";

/**
 * The size, as a multiple of the style's, at which a fallback font draws Latin letters the
 * style's font lacks, so that their x-height is the style font's: CSS's `font-size-adjust`.
 * Why: a letter of another font sits mid-word (Hausa's ɓ ɗ ƙ beside Source Serif 4's), where
 * a taller bowl reads as a letter set bigger; Noto Serif's x-height is 9% above Source Serif's.
 * 1 for fonts of one family (a `@fontsource` font's `latin-ext` file beside its `latin` one)
 * and where either x-height is unknown; within 0.8 to 1.25, so an odd font cannot shrink or
 * swell its letters beyond what a fallback could mean.
 */
export function xHeightScale(own: Font, fallback: Font): number {
  if (own.familyName && own.familyName === fallback.familyName) return 1;
  const [mine, theirs] = xHeights(own, fallback);
  if (!mine || !theirs) return 1;
  const scale = mine / theirs;
  if (Math.abs(scale - 1) < 0.01) return 1;
  return Math.min(1.25, Math.max(0.8, scale));
}

/**
 * Both fonts' x-heights in ems, measured alike: the top of their "x" where both have one,
 * else the height their OS/2 table gives. Why not OS/2 alone: Source Serif 4 gives 0.475
 * there and draws its x 0.492 high; why alike: a file with no "x" (a font's part for other
 * letters) has only its table's word, which set against another's drawn x would scale its
 * letters by the first font's error.
 */
function xHeights(a: Font, b: Font): [number, number] {
  const drawn = [drawnXHeight(a), drawnXHeight(b)];
  if (drawn[0] && drawn[1]) return drawn as [number, number];
  return [tableXHeight(a), tableXHeight(b)];
}

const X = 0x78;

function drawnXHeight(font: Font): number {
  if (!font.hasGlyphForCodePoint(X)) return 0;
  const top = font.glyphForCodePoint(X).bbox?.maxY ?? 0;
  return top > 0 ? top / font.unitsPerEm : 0;
}

function tableXHeight(font: Font): number {
  const x = font["OS/2"]?.xHeight ?? 0;
  return x > 0 ? x / font.unitsPerEm : 0;
}

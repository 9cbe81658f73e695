import type { Font } from "fontkit";
import type { Face } from "./font-book.js";

/** Whether a font's letters have serifs: the one design choice a fallback should share. */
export type Design = "serif" | "sans";

/**
 * A font's design, from its OS/2 PANOSE (for Latin text, family kind 2: serif style 11 to 13
 * are sans serif, 2 to 10 kinds of serif), else from its family's name ("Noto Serif
 * Devanagari", whose PANOSE is empty), else unknown.
 */
export function designOf(font: Font): Design | undefined {
  const [kind = 0, serif = 0] = font["OS/2"]?.panose ?? [];
  if (kind === 2 && serif >= 11 && serif <= 13) return "sans";
  if (kind === 2 && serif >= 2 && serif <= 10) return "serif";
  const name = font.familyName ?? "";
  if (/\bsans\b/i.test(name)) return "sans";
  if (/\bserif\b/i.test(name)) return "serif";
  return undefined;
}

/**
 * The fallback faces with those of the style's own design first, each group in the pack's
 * order. Why: a pack lists its fallbacks once for all its styles, and a character its style's
 * font lacks took the first that draws it: Armenian in a letter set in a sans serif took DejaVu
 * Serif, listed first for the serif body, where DejaVu Sans drew it too. A face of unknown
 * design, or a style font of one, keeps the pack's order.
 */
export function sameDesignFirst(own: Face, fallbacks: Face[]): Face[] {
  const mine = designOf(own.font);
  if (!mine) return fallbacks;
  const same = fallbacks.filter((f) => designOf(f.font) === mine);
  return same.length === 0 || same.length === fallbacks.length
    ? fallbacks
    : [...same, ...fallbacks.filter((f) => !same.includes(f))];
}

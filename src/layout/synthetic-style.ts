import type { FontFamily } from "../model/style.js";

/**
 * The weight or slant a run asks for that the face drawing it lacks: a family with no bold or
 * italic file (a script's fallback font often has one face), so the painter makes it.
 */
export interface Synthesis {
  bold?: true;
  italic?: true;
}

/**
 * The file of a family that draws a run, and what it lacks of the weight and slant asked
 * for. The one place that decides it: layout carries it on the run's face and the painter
 * only paints it. A family that names a file for a face has that face, even when the file is
 * the regular one: a pack may so keep a script upright (docs/scripts.md).
 */
export function pickFace(
  fam: FontFamily,
  bold: boolean,
  italic: boolean,
): { path: string; synthetic?: Synthesis } {
  const path =
    (bold && italic ? fam.boldItalic : undefined) ??
    (bold ? fam.bold : undefined) ??
    (italic ? fam.italic : undefined) ??
    fam.regular;
  const hasBold = path === fam.boldItalic || path === fam.bold;
  const hasItalic = path === fam.boldItalic || path === fam.italic;
  const makeBold = bold && !hasBold;
  const makeItalic = italic && !hasItalic;
  if (!makeBold && !makeItalic) return { path };
  return { path, synthetic: makeBold ? (makeItalic ? BOTH : BOLD) : ITALIC };
}

const BOLD: Synthesis = Object.freeze({ bold: true });
const ITALIC: Synthesis = Object.freeze({ italic: true });
const BOTH: Synthesis = Object.freeze({ bold: true, italic: true });

/**
 * How a synthetic face is painted, in the units of a laid-out text item. Bold: the glyphs
 * filled and stroked (PDF text render mode 2) with a line `embolden` points wide, which
 * thickens each stem by that much, half on each side. Italic: the glyphs sheared by `slant`
 * (the horizontal shift per unit of height) in the text matrix.
 */
export interface SyntheticPaint {
  embolden?: number;
  slant?: number;
}

export function syntheticPaint(synthetic: Synthesis | undefined, size: number): SyntheticPaint {
  if (!synthetic) return {};
  return {
    ...(synthetic.bold ? { embolden: emboldenWidth(size) } : {}),
    ...(synthetic.italic ? { slant: SLANT } : {}),
  };
}

/**
 * The stroke of a synthetic bold, as Skia's fake bold (Chromium, Android) draws it: a
 * twenty-fourth of the size at 9 points and below, a thirty-second at 36 and above, in
 * between interpolated. Why thinner when larger: a fixed share of the em would look heavier
 * and heavier on large type.
 */
export function emboldenWidth(size: number): number {
  const t = Math.min(Math.max((size - SMALL) / (LARGE - SMALL), 0), 1);
  return size * (1 / 24 + t * (1 / 32 - 1 / 24));
}

const SMALL = 9;
const LARGE = 36;

/**
 * The shear of a synthetic italic: a quarter, about 14 degrees, as Chromium's skew of a face
 * with no italic (-1/4 in Skia's y-down space) and pdfkit's own `oblique` text option. Every script is slanted, as browsers and word
 * processors do (Word slants a Japanese font that has no italic): emphasis kept is worth more than a slant
 * some scripts do not use.
 */
export const SLANT = 0.25;

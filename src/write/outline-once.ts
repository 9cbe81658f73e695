/**
 * Makes TrueType glyphs read their outline from the font file once per thread rather than at
 * every subset. Why: fontkit 2.0.4's TrueType subset reads each glyph it copies (its private
 * `_decode`: the header, then every point) only to learn whether the glyph is made of others,
 * and read it again for every subset. A merge's letters name other recipients, so their glyph
 * sets, and subsets (cid-font.ts), differ from letter to letter, and each letter read again the
 * outlines the letters before it had read (measured in docs/benchmarks.md, twenty-seventh
 * session). fontkit keeps one glyph object per id and font, so what is kept on it lasts as long
 * as the font.
 */

/** fontkit 2.0.4's TrueType glyph: `_decode` reads its `glyf` entry anew at every call. */
interface TrueTypeGlyph {
  _decode?: () => Outline | null;
}

/** A read outline: a glyph built of others names them (`components`). */
interface Outline {
  numberOfContours?: number;
  components?: { glyphID: number }[];
}

/** The parts of a fontkit 2.0.4 font this file reads. */
export interface OutlinedFont {
  getGlyph(id: number): unknown;
  /** Set for a variable font's instance, whose outlines are moved as they are read. */
  _variationProcessor?: unknown;
}

/**
 * Each glyph's outline, once read, is kept on the glyph and given back to whoever reads it
 * again (the subset, and fontkit's own path and bounding box, which read it once anyway); so
 * are the outlines of the glyphs a glyph is built of, which the subset copies too. Nothing in
 * fontkit changes a read outline of a font that is not a variable one; a variable font is
 * left as it is.
 */
export function outlinesReadOnce(font: OutlinedFont, gids: readonly number[]): void {
  if (font._variationProcessor) return;
  for (const gid of gids) readOnce(font, gid);
}

function readOnce(font: OutlinedFont, gid: number): void {
  const glyph = font.getGlyph(gid) as TrueTypeGlyph | null;
  const decode = glyph?._decode;
  if (!glyph || typeof decode !== "function" || Object.hasOwn(glyph, "_decode")) return;
  let outline: { of: Outline | null } | undefined;
  glyph._decode = function (this: TrueTypeGlyph) {
    if (outline) return outline.of;
    outline = { of: decode.call(this) };
    for (const part of outline.of?.components ?? []) readOnce(font, part.glyphID);
    return outline.of;
  };
}

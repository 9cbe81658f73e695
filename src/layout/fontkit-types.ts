/**
 * The slice of fontkit 2 that missive uses; fontkit ships no type declarations. A module, not
 * only an ambient declaration, so the declarations missive publishes (font-book.d.ts and what
 * reaches it from the public API) resolve for a user's TypeScript without fontkit types.
 */
export interface Glyph {
  id: number;
  advanceWidth: number;
  /** The characters the glyph stands for (set by fontkit from its first use). */
  codePoints: number[];
  isLigature: boolean;
  /** The outline's box, in font units: its lowest and highest points. */
  bbox?: { minY: number; maxY: number };
  /**
   * Set on a glyph standing for part of a cluster drawn in glyphs that are not each some of
   * its characters' own (Thai "ำ" drawn as two marks, a tone mark moved up): the PDF's
   * ToUnicode map, one entry per glyph id, takes its characters only if no other use gives any.
   */
  weak?: boolean;
}
export interface GlyphPosition {
  xAdvance: number;
  yAdvance: number;
  xOffset: number;
  yOffset: number;
  /** Set by pdfkit (and shaped-runs.ts) after scaling; not a fontkit field. */
  advanceWidth?: number;
}
export interface GlyphRun {
  /** The sum of the positions' xAdvance. */
  readonly advanceWidth: number;
  glyphs: Glyph[];
  positions: GlyphPosition[];
  /**
   * The glyphs, read in order as the ToUnicode map reads them, do not say the text (Devanagari
   * "ि" drawn before its consonant, a cluster of weak glyphs): the PDF gives the text itself.
   */
  misread?: boolean;
}
export interface Font {
  unitsPerEm: number;
  ascent: number;
  descent: number;
  postscriptName: string;
  /** The name table's family name ("DejaVu Sans"); fontkit gives null for a font without one. */
  familyName?: string | null;
  /**
   * The OS/2 table: `codePageRange`, the legacy code pages the font says it covers; `panose`,
   * its design's classification (design-class.ts); `xHeight`, its small letters' height in
   * font units, from version 2 of the table on (x-height-match.ts).
   */
  readonly "OS/2"?: { codePageRange?: number[]; panose?: number[]; xHeight?: number };
  layout(
    text: string,
    features?: string[] | Record<string, boolean>,
    script?: string,
    language?: string,
    direction?: "ltr" | "rtl",
  ): GlyphRun;
  hasGlyphForCodePoint(cp: number): boolean;
  glyphForCodePoint(cp: number): Glyph;
  getGlyph(id: number, characters?: number[]): Glyph | null;
  /** fontkit's reader of the cmap (internal; glyph-code-points.ts reads it the other way). */
  readonly _cmapProcessor?: {
    codePointsForGlyph(id: number): number[];
    /** Set when the font has no Unicode cmap: its codes are another encoding's. */
    encoding?: unknown;
    cmap?: CmapSubtable;
  };
}

/** A lazily read array of fontkit's tables (restructure's LazyArray): each item read when got. */
export interface LazyArray<T> {
  length: number;
  get(i: number): T;
  /** The bytes it is read from, and where its first item starts in them. */
  stream?: { view?: DataView };
  base?: number;
}

/** The cmap subtable fontkit chose, as it reads formats 4, 12 and 13 (others left untyped). */
export type CmapSubtable =
  | {
      version: 4;
      segCount: number;
      endCode: LazyArray<number>;
      startCode: LazyArray<number>;
      idDelta: LazyArray<number>;
      idRangeOffset: LazyArray<number>;
      glyphIndexArray: LazyArray<number>;
    }
  | {
      version: 12 | 13;
      nGroups: number;
      groups: LazyArray<{ startCharCode: number; endCharCode: number; glyphID: number }>;
    }
  | { version: 0 | 2 | 6 | 8 | 10 | 14 };

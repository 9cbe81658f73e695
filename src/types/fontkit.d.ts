// The slice of fontkit 2 that missive uses; fontkit ships no type declarations.
declare module "fontkit" {
  export interface Glyph {
    advanceWidth: number;
  }
  export interface GlyphRun {
    advanceWidth: number;
    glyphs: Glyph[];
  }
  export interface Font {
    unitsPerEm: number;
    ascent: number;
    descent: number;
    postscriptName: string;
    layout(text: string, features?: string[] | Record<string, boolean>): GlyphRun;
    hasGlyphForCodePoint(cp: number): boolean;
  }
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

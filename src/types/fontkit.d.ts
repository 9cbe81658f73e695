// fontkit ships no type declarations; src/layout/fontkit-types.ts holds the slice missive uses.
declare module "fontkit" {
  export type Font = import("../layout/fontkit-types.js").Font;
  export type Glyph = import("../layout/fontkit-types.js").Glyph;
  export type GlyphPosition = import("../layout/fontkit-types.js").GlyphPosition;
  export type GlyphRun = import("../layout/fontkit-types.js").GlyphRun;
  export function create(buffer: Uint8Array, postscriptName?: string): Font;
}

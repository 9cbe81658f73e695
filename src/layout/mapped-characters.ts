import type { Font } from "./fontkit-types.js";

/**
 * The characters a font's cmap draws with a glyph, each in its compatibility form (NFKC), or
 * none for a glyph no character maps to (a ligature, a contextual form, a mark's variant).
 * Why: HarfBuzz may draw a character with the glyph the font maps another character to
 * (Noto Sans Sinhala draws the "ු" of "රු" with the glyph of "ැ"), and the PDF names each
 * glyph by the characters of one use; glyph-run.ts says the text itself where that is so.
 * Kept per glyph, for the font it is made for (font-file.ts): fontkit reads the whole cmap
 * for each glyph it is asked about.
 */
export type MappedCharacters = (id: number) => readonly string[];

export function mappedCharacters(font: Font): MappedCharacters {
  const memo = new Map<number, readonly string[]>();
  return (id) => {
    let found = memo.get(id);
    if (!found) {
      const cps = font._cmapProcessor?.codePointsForGlyph(id) ?? [];
      found = cps.map((cp) => String.fromCodePoint(cp).normalize("NFKC"));
      memo.set(id, found);
    }
    return found;
  };
}

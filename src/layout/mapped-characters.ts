import type { Font } from "./fontkit-types.js";
import { glyphCodePoints } from "./glyph-code-points.js";

/**
 * The characters a font's cmap draws with a glyph, each in its compatibility form (NFKC), or
 * none for a glyph no character maps to (a ligature, a contextual form, a mark's variant).
 * Why: HarfBuzz may draw a character with the glyph the font maps another character to
 * (Noto Sans Sinhala draws the "ු" of "රු" with the glyph of "ැ"), and the PDF names each
 * glyph by the characters of one use; glyph-run.ts says the text itself where that is so.
 * Kept per glyph, for the font it is made for (font-file.ts); the cmap is read the other way
 * once, when a glyph is first asked about (glyph-code-points.ts).
 */
export type MappedCharacters = (id: number) => readonly string[];

export function mappedCharacters(font: Font): MappedCharacters {
  const memo = new Map<number, readonly string[]>();
  let codePoints: ((id: number) => readonly number[]) | undefined;
  return (id) => {
    let found = memo.get(id);
    if (!found) {
      codePoints ??= glyphCodePoints(font);
      const cps = codePoints(id);
      found = cps.map((cp) => String.fromCodePoint(cp).normalize("NFKC"));
      memo.set(id, found);
    }
    return found;
  };
}

import type { Font, Glyph } from "./fontkit-types.js";

/**
 * Makes the font hand out glyphs that carry the characters they were asked for. Why: fontkit
 * keeps one Glyph per id with the characters of its first use, and pdfkit writes a glyph's
 * characters into the PDF's ToUnicode map, which copy and paste read. One font serves every
 * letter of a process (and the startup snapshot), so otherwise whichever letter first drew a
 * glyph shared by two characters (U+2010 and "-", no-break space and space) would decide what
 * the text of every later letter says, and -j 1 and -j 2 could write different bytes.
 */
export function glyphsKeepTheirCharacters(font: Font): GlyphFor {
  const first = font.getGlyph.bind(font);
  const variants = new Map<string, Glyph>();
  font.getGlyph = (id, characters = []) => {
    const glyph = first(id, characters);
    if (!glyph || characters.length === 0 || sameNumbers(glyph.codePoints, characters))
      return glyph;
    return variant(variants, glyph, id, characters);
  };
  return (id, characters, weak = false) => {
    const glyph = font.getGlyph(id, characters) as Glyph;
    if (weak) return variant(variants, glyph, id, characters, true);
    if (characters.length > 0 || glyph.codePoints.length === 0) return glyph;
    return variant(variants, glyph, id, characters);
  };
}

/**
 * The glyph standing for exactly these characters, none included. Why not `getGlyph`: there
 * no characters means "whichever the glyph had first", which depends on what was drawn before.
 */
export type GlyphFor = (id: number, characters: number[], weak?: boolean) => Glyph;

function variant(
  variants: Map<string, Glyph>,
  glyph: Glyph,
  id: number,
  characters: number[],
  weak = false,
) {
  const key = `${id}:${characters.join(",")}${weak ? ":weak" : ""}`;
  let v = variants.get(key);
  if (!v) {
    // The same glyph (metrics and outline come from it) under other characters.
    v = Object.create(glyph, {
      codePoints: { value: [...characters], enumerable: true },
      isLigature: { value: characters.length > 1, enumerable: true },
      ...(weak ? { weak: { value: true, enumerable: true } } : {}),
    }) as Glyph;
    variants.set(key, v);
  }
  return v;
}

function sameNumbers(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

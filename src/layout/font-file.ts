import { readFileSync, statSync } from "node:fs";
import { create, type Font, type Glyph } from "fontkit";
import { fail } from "../errors.js";

interface Parsed {
  font: Font;
  /** What the file looked like when parsed, to notice a changed file (see dropChangedFonts). */
  stamp: string;
}

const fonts = new Map<string, Parsed>();

/**
 * Parses a font file once per process. Why: parsing (cmap, GPOS kerning) dominated render time
 * in batch runs; pdfkit 0.20 accepts a parsed fontkit font, so layout and writer share one.
 */
export function loadFont(path: string): Font {
  const hit = fonts.get(path);
  if (hit) return hit.font;
  let font: Font;
  try {
    font = create(readFileSync(path));
  } catch (e) {
    throw fail("font", `not a usable font file (${(e as Error).message})`, { file: path }, [
      "use a TrueType (.ttf) or OpenType (.otf) file",
    ]);
  }
  if (typeof font?.layout !== "function")
    throw fail("font", `${path} is a font collection; name one font file`, { file: path });
  glyphsKeepTheirCharacters(font);
  fonts.set(path, { font, stamp: stampOf(path) });
  return font;
}

/**
 * Makes the font hand out glyphs that carry the characters they were asked for. Why: fontkit
 * keeps one Glyph per id with the characters of its first use, and pdfkit writes a glyph's
 * characters into the PDF's ToUnicode map, which copy and paste read. One font serves every
 * letter of a process (and the startup snapshot), so otherwise whichever letter first drew a
 * glyph shared by two characters (U+2010 and "-", no-break space and space) would decide what
 * the text of every later letter says, and -j 1 and -j 2 could write different bytes.
 */
function glyphsKeepTheirCharacters(font: Font): void {
  const first = font.getGlyph.bind(font);
  const variants = new Map<string, Glyph>();
  font.getGlyph = (id, characters = []) => {
    const glyph = first(id, characters);
    if (!glyph || characters.length === 0 || sameNumbers(glyph.codePoints, characters))
      return glyph;
    const key = `${id}:${characters.join(",")}`;
    let variant = variants.get(key);
    if (!variant) {
      // The same glyph (metrics and outline come from it) under other characters.
      variant = Object.create(glyph, {
        codePoints: { value: [...characters], enumerable: true },
        isLigature: { value: characters.length > 1, enumerable: true },
      }) as Glyph;
      variants.set(key, variant);
    }
    return variant;
  };
}

function sameNumbers(a: number[], b: number[]): boolean {
  return a.length === b.length && a.every((n, i) => n === b[i]);
}

/**
 * Forgets every font whose file changed or vanished since it was parsed, and returns their
 * paths. Why: a process started from a startup snapshot holds fonts parsed when it was built.
 */
export function dropChangedFonts(): string[] {
  const changed = [...fonts].filter(([path, p]) => stampOf(path) !== p.stamp).map(([p]) => p);
  for (const path of changed) fonts.delete(path);
  return changed;
}

function stampOf(path: string): string {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}:${s.ino}` : "gone";
}

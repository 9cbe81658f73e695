import { readFileSync, statSync } from "node:fs";
import { create, type Font, type Glyph, type GlyphPosition, type GlyphRun } from "fontkit";
import { fail } from "../errors.js";
import { forgetHbFont, type HbShaped, hbShape, shapingWithFontkit } from "./harfbuzz.js";

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
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
    font = create(bytes);
  } catch (e) {
    throw fail("font", `not a usable font file (${(e as Error).message})`, { file: path }, [
      "use a TrueType (.ttf) or OpenType (.otf) file",
    ]);
  }
  if (typeof font?.layout !== "function")
    throw fail("font", `${path} is a font collection; name one font file`, { file: path });
  glyphsKeepTheirCharacters(font);
  shapeWithHarfBuzz(font, path, bytes);
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

/**
 * Makes `font.layout(text)` shape with HarfBuzz (layout/harfbuzz.ts says why), so every caller,
 * missive's measuring and pdfkit's painting alike, gets HarfBuzz's glyphs in fontkit's form.
 * Explicit features still go to fontkit, which honours them the same way.
 */
function shapeWithHarfBuzz(font: Font, path: string, bytes: Uint8Array): void {
  const fontkitLayout = font.layout.bind(font);
  font.layout = (text, features) => {
    if (features !== undefined || shapingWithFontkit()) return fontkitLayout(text, features);
    return toGlyphRun(font, text, hbShape(path, bytes, text));
  };
}

/** A run as fontkit makes it: each glyph carries the characters of its cluster. */
function toGlyphRun(font: Font, text: string, shaped: HbShaped): GlyphRun {
  const { ids, clusters } = shaped;
  const endOf = clusterEnds(clusters, text.length);
  const glyphs: Glyph[] = [];
  for (let i = 0; i < ids.length; i++) {
    const start = clusters[i] ?? 0;
    // Only a cluster's first glyph stands for its characters, as in fontkit.
    const first = i === 0 || clusters[i - 1] !== start;
    const chars = first ? codePointsOf(text, start, endOf(i)) : [];
    glyphs.push(font.getGlyph(ids[i] ?? 0, invisible(chars) ? SPACE : chars) as Glyph);
  }
  return new ShapedRun(glyphs, shaped.positions);
}

/** Where the characters of glyph i's cluster end: at the next cluster's start in the text. */
function clusterEnds(clusters: number[], length: number): (i: number) => number {
  let ascending = true;
  for (let i = 1; i < clusters.length && ascending; i++)
    ascending = (clusters[i] ?? 0) >= (clusters[i - 1] ?? 0);
  if (ascending)
    return (i) => {
      const start = clusters[i];
      while (i < clusters.length && clusters[i] === start) i++;
      return clusters[i] ?? length;
    };
  // Right-to-left runs come in visual order, their clusters descending.
  const starts = [...new Set(clusters)].sort((a, b) => a - b);
  const ends = new Map(starts.map((s, k) => [s, starts[k + 1] ?? length]));
  return (i) => ends.get(clusters[i] ?? 0) ?? length;
}

const SPACE = [0x20];
const IGNORABLE = /^\p{Default_Ignorable_Code_Point}$/u;

/**
 * Whether the characters draw nothing (zero-width space, joiners, soft hyphen). Why it
 * matters: HarfBuzz draws them with the space glyph, and the PDF maps each glyph to the
 * characters of its first use, so they take the space's character, as fontkit gave them;
 * otherwise every later space in the document could copy out as a zero-width space.
 */
function invisible(chars: number[]): boolean {
  // The first such character is U+00AD; most text never reaches the test.
  return (
    chars.length > 0 && chars.every((c) => c >= 0xad && IGNORABLE.test(String.fromCodePoint(c)))
  );
}

function codePointsOf(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const cp = text.codePointAt(i) ?? 0;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** fontkit's GlyphRun, as far as missive and pdfkit read it. */
class ShapedRun implements GlyphRun {
  constructor(
    public glyphs: Glyph[],
    public positions: GlyphPosition[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
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
  for (const path of changed) {
    fonts.delete(path);
    forgetHbFont(path);
  }
  return changed;
}

function stampOf(path: string): string {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}:${s.ino}` : "gone";
}

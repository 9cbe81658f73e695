import { fail, isMissiveError, messageOf } from "../errors.js";
import type { OutlineBudget } from "./cff-outline-budget.js";
import type { Font, Glyph } from "./fontkit-types.js";
import { type GlyphTables, hasNoOutline, refuseGlyphParts } from "./glyph-parts.js";

/**
 * Why a guard: fontkit reads a font's tables and glyphs only when first asked, so a damaged
 * file (cut short, garbled) that parses fails later, anywhere in layout or in writing the
 * PDF, with an error that names no file and reads as missive's own bug (exit 70). A pack may
 * come from a stranger's pull request; its broken font is a broken font (exit 6), located.
 */

/**
 * The font-wide parts layout and pdfkit read, each in a table fontkit decodes on first use,
 * by what the error message calls them.
 */
const PROBES: [string, (f: ProbedFont, budget?: OutlineBudget) => unknown][] = [
  ["its header (head)", (f) => [f.unitsPerEm, f.bbox.minX, f.head.macStyle]],
  ["its vertical metrics (hhea, OS/2)", (f) => [f.ascent, f.descent, f.lineGap, f["OS/2"]]],
  ["its glyph heights (OS/2)", (f) => [f.capHeight, f.xHeight]],
  ["its PostScript data (post)", (f) => [f.italicAngle, f.post.isFixedPitch]],
  ["its names (name)", (f) => f.postscriptName],
  ["its glyph count (maxp)", (f) => f.numGlyphs],
  ["its character map (cmap)", (f) => [f.hasGlyphForCodePoint(0x20), f.glyphForCodePoint(0x41)]],
  ["its glyphs (glyf or CFF, hmtx)", (f, budget) => firstGlyph(f, budget).advanceWidth],
];

interface ProbedFont extends Font {
  lineGap: number;
  capHeight: number;
  xHeight: number;
  italicAngle: number;
  numGlyphs: number;
  bbox: { minX: number };
  head: { macStyle: unknown; indexToLocFormat: number };
  directory: { tables: Partial<Record<string, { offset: number }>> };
  stream: { buffer: Uint8Array | undefined };
  post: { isFixedPitch: unknown };
  createSubset?(): { encode(): unknown };
}

/**
 * Glyph 0, which every font has (.notdef); fontkit gives none when the outlines are missing.
 * Its width may be read from its outline (a font without vertical metrics): under the budget.
 */
function firstGlyph(f: ProbedFont, budget?: OutlineBudget): { advanceWidth: number } {
  const glyph = f.getGlyph(0);
  if (!glyph) throw new Error("the font has no glyph outlines");
  budget?.(glyph);
  return glyph;
}

/**
 * Reads every font-wide table now, so a damaged one is refused when the font is loaded; first,
 * in a TrueType or OpenType file, whether every table lies within the file (a file cut short).
 * `budget` is the font's CFF outline budget (cff-outline-budget.ts), given to guardFont too.
 */
export function probeFont(
  font: Font,
  path: string,
  bytes: Uint8Array,
  budget?: OutlineBudget,
): void {
  const past = tablePastEnd(bytes);
  if (past) throw brokenFont(path, `its ${past} table lies past the end of the file`);
  const f = font as ProbedFont;
  for (const [part, probe] of PROBES) guarded(path, () => probe(f, budget), part);
  if (!(f.unitsPerEm > 0 && Number.isFinite(f.unitsPerEm)))
    throw brokenFont(path, `its units per em are ${String(f.unitsPerEm)}`);
}

/**
 * Refuses a web font whose tables would unpack to more than a font file may hold, before
 * they are unpacked (woff-font.ts unpackedSize says why); `size` is undefined for other fonts.
 */
export function refuseUnpackedPast(limit: number, path: string, size: number | undefined): void {
  if (size === undefined || size <= limit) return;
  // Not "damaged or cut short": the directory reads well and declares sizes no font has, as
  // one made to exhaust memory does, so getting the file again would not help.
  throw fail(
    "font",
    `font file too large: its tables unpack to ${size.toLocaleString("en-US")} bytes, more than the ${limit / 1024 / 1024} MiB a font may have`,
    { file: path },
    [
      "the largest fonts (full CJK sets) unpack to some 30 MB; use another font, or a subset of this one",
    ],
  );
}

/**
 * Makes the font's methods that read glyphs (shaping, looking a character up, subsetting)
 * fail as a broken font, naming the file, when fontkit cannot read what they need.
 */
export function guardFont(font: Font, path: string, budget?: OutlineBudget): void {
  const f = font as ProbedFont;
  const layout = f.layout.bind(f);
  // Every argument passed on: the language too (shaped-runs.ts).
  f.layout = (...args) => guarded(path, () => layout(...args));
  const has = f.hasGlyphForCodePoint.bind(f);
  f.hasGlyphForCodePoint = (cp) => guarded(path, () => has(cp));
  // A glyph's metrics are read on first use, from its outline too: read them here, in the
  // guard (fontkit keeps them, so each glyph is read once); and its parts are checked before
  // anything draws its outline (glyph-parts.ts says why).
  // A CFF glyph's outline is drawn under its budget (cff-outline-budget.ts says why).
  const parts = new Map<number, number>();
  const checked = <G extends Glyph | null>(glyph: G): G => {
    const tables = glyph && !parts.has(glyph.id) ? glyphTables(f) : undefined;
    if (glyph && tables) refuseGlyphParts(tables, glyph.id, parts, path);
    if (glyph && tables && hasNoOutline(tables, glyph.id)) boxFromPath(glyph);
    if (glyph) budget?.(glyph);
    return measured(glyph);
  };
  const glyphFor = f.glyphForCodePoint.bind(f);
  f.glyphForCodePoint = (cp) => guarded(path, () => checked(glyphFor(cp)));
  const getGlyph = f.getGlyph.bind(f);
  f.getGlyph = (id, characters) => guarded(path, () => checked(getGlyph(id, characters)));
  const createSubset = f.createSubset?.bind(f);
  if (!createSubset) return;
  f.createSubset = () => {
    const subset = guarded(path, createSubset);
    const encode = subset.encode.bind(subset);
    subset.encode = () => guarded(path, encode);
    return subset;
  };
}

/** Signatures of the files whose table directory follows at byte 12 (TrueType, OpenType). */
const SFNT: ReadonlySet<number> = new Set([0x00010000, 0x4f54544f, 0x74727565]);

/** The tag of the first table in the file's directory that ends beyond the file, if any. */
function tablePastEnd(bytes: Uint8Array): string | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (bytes.length < 12 || !SFNT.has(view.getUint32(0))) return undefined;
  const count = view.getUint16(4);
  if (12 + 16 * count > bytes.length) return "directory";
  for (let i = 0; i < count; i++) {
    const at = 12 + 16 * i;
    if (view.getUint32(at + 8) + view.getUint32(at + 12) > bytes.length)
      return String.fromCharCode(...bytes.subarray(at, at + 4)).trim();
  }
  return undefined;
}

/** Where a TrueType font's glyphs lie, or undefined for a font of other outlines (CFF). */
function glyphTables(f: ProbedFont): GlyphTables | undefined {
  const { glyf, loca } = f.directory.tables;
  const bytes = f.stream.buffer;
  if (!glyf || !loca || !bytes) return undefined;
  return {
    bytes,
    glyf: glyf.offset,
    loca: loca.offset,
    longOffsets: f.head.indexToLocFormat === 1,
    numGlyphs: f.numGlyphs,
  };
}

/**
 * Has a glyph with no outline take its box from its (empty) path. Why: fontkit reads a
 * glyph's box from the header at its place in glyf even when loca gives it no bytes, so the
 * box of an empty glyph was the next glyph's, and an empty last glyph at the end of the file
 * (Nanum Myeongjo's space) was read past the file: every letter with a space in that font
 * stopped as a broken font. fontkit boxes a glyph of a variable font from its path too.
 */
function boxFromPath(glyph: Glyph): void {
  const g = glyph as Glyph & { _getCBox?: unknown; path: { cbox: unknown } };
  if (typeof g._getCBox === "function") g._getCBox = () => g.path.cbox;
}

function measured<T extends { advanceWidth: number } | null>(glyph: T): T {
  void glyph?.advanceWidth;
  return glyph;
}

function guarded<T>(path: string, read: () => T, part = "a glyph it needs"): T {
  try {
    return read();
  } catch (e) {
    if (isMissiveError(e)) throw e;
    if (e instanceof RangeError && /call stack/i.test(e.message))
      throw fail("font", `broken font file: ${part} nests without end`, { file: path }, [
        "a part of a glyph, or a subroutine of its outline, holds itself: use another font",
      ]);
    throw brokenFont(path, `${part} cannot be read: ${messageOf(e)}`);
  }
}

/**
 * Reads glyphs' outlines (their boxes, which fontkit draws them for) as a broken font's
 * error, naming the file. Why: getGlyph reads a glyph's metrics, not its outline; a CFF
 * subroutine that calls itself, or an outline past the file, was found only when a line's
 * ink was measured, and ended the run as missive's own bug (exit 70).
 */
export function readOutlines<T>(path: string, read: () => T): T {
  return guarded(path, read, "the outline of a glyph it needs");
}

function brokenFont(path: string, why: string): Error {
  return fail("font", `broken font file: ${why}`, { file: path }, [
    "the file is damaged or cut short: get it again from where it came from, or use another font",
  ]);
}

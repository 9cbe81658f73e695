import { fail } from "../errors.js";
import type { Glyph } from "./fontkit-types.js";

/**
 * How many bytes of Type 2 charstrings drawing one CFF glyph may read: its own, and its
 * subroutines' each time one is called. The glyphs of the URW fonts read at most 600;
 * HarfBuzz stops a charstring at 10,000 operators; this is five times that.
 */
export const MAX_GLYPH_CHARSTRING_BYTES = 50_000;
/**
 * How many such bytes the glyphs of one font a run draws may read in all: thousands of glyphs
 * (a Chinese letter) of a few hundred bytes each, many times over, about 15 s of drawing.
 */
export const MAX_FONT_CHARSTRING_BYTES = 10_000_000;

/** The parts of a fontkit font that say where its CFF charstrings are read from. */
interface CffFont {
  directory: { tables: Partial<Record<string, unknown>> };
  "CFF "?: { stream: CffStream };
  CFF2?: { stream: CffStream };
}
interface CffStream {
  readUInt8(): number;
}
interface CffGlyph extends Glyph {
  type?: string;
  _getPath(): unknown;
}

/** Puts a glyph's outline under its font's budget (once for each glyph). */
export type OutlineBudget = (glyph: Glyph) => void;

/**
 * A function that puts each CFF glyph's outline under the budgets above, or undefined for a
 * font of other outlines; made once per font, before any glyph of it is read. Why: fontkit draws a CFF glyph (for its box, which measures a line's
 * ink, and for the subset embedded in the PDF) by running its charstring, calling each
 * subroutine by recursion with no limit of work, so subroutines that each call the next a few
 * times, ten deep (a font of a few kilobytes), ran for hours. Every byte fontkit reads of a
 * charstring while drawing is counted, by its stream's readUInt8 (one operator or operand).
 */
export function cffOutlineBudget(
  font: object,
  path: string,
  limits = { glyph: MAX_GLYPH_CHARSTRING_BYTES, font: MAX_FONT_CHARSTRING_BYTES },
): OutlineBudget | undefined {
  const stream = cffStream(font as CffFont);
  if (!stream) return undefined;
  const read = stream.readUInt8;
  // Counted only while a glyph is drawn: the stream reads the font's tables too.
  let glyphLeft = Number.POSITIVE_INFINITY;
  let fontLeft = limits.font;
  let drawing = -1;
  stream.readUInt8 = function (this: CffStream) {
    if (--glyphLeft < 0 || --fontLeft < 0) throw overBudget(drawing, glyphLeft < 0, path, limits);
    return read.call(this);
  };
  const budgeted = new WeakSet<object>();
  return (glyph) => {
    const g = glyph as CffGlyph;
    if (budgeted.has(g) || typeof g._getPath !== "function") return;
    budgeted.add(g);
    const draw = g._getPath.bind(g);
    g._getPath = () => {
      glyphLeft = limits.glyph;
      drawing = g.id;
      try {
        return draw();
      } finally {
        glyphLeft = Number.POSITIVE_INFINITY;
      }
    };
  };
}

/**
 * The stream a font's CFF charstrings are read from. A table fontkit cannot parse gives none
 * here: reading glyph 0 then fails, and probeFont says the font is broken.
 */
function cffStream(f: CffFont): CffStream | undefined {
  try {
    const tables = f.directory.tables;
    return (tables.CFF2 ? f.CFF2 : tables["CFF "] ? f["CFF "] : undefined)?.stream;
  } catch {
    return undefined;
  }
}

function overBudget(
  id: number,
  glyph: boolean,
  path: string,
  limits: { glyph: number; font: number },
): Error {
  const why = glyph
    ? `the outline of glyph ${id} reads more than ${limits.glyph.toLocaleString("en-US")} bytes of charstrings`
    : `the outlines of its glyphs read more than ${limits.font.toLocaleString("en-US")} bytes of charstrings in all`;
  return fail(
    "font",
    `broken font file: ${why} (its subroutines call one another over and over)`,
    { file: path },
    ["no font in use draws its glyphs so: use another font"],
  );
}

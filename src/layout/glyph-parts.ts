import { fail } from "../errors.js";

/**
 * How deep a TrueType glyph's parts may nest: a glyph drawn from other glyphs ("é" from "e"
 * and an accent), themselves drawn from others. Fonts nest two or three levels; 16 is past any.
 */
export const MAX_PART_DEPTH = 16;
/**
 * How many points a glyph's outline may have, counted through every level of its parts. The
 * most elaborate glyphs (a seal script, a detailed emblem) have a few thousand.
 */
export const MAX_POINTS = 200_000;

/** A composite glyph's flags: its arguments are words; a scale, two scales, a 2×2 matrix follow; more parts follow. */
const WORDS = 0x1;
const SCALE = 0x8;
const MORE = 0x20;
const XY_SCALE = 0x40;
const TWO_BY_TWO = 0x80;

/** The bytes of a TrueType font and where its glyph tables lie, as fontkit parsed them. */
export interface GlyphTables {
  bytes: Uint8Array;
  glyf: number;
  loca: number;
  longOffsets: boolean;
  numGlyphs: number;
}

/**
 * Refuses a glyph whose parts include itself, nest too deep or multiply past MAX_POINTS, before
 * fontkit reads its outline. Why: fontkit draws a composite glyph by recursion with no limit,
 * so a glyph holding itself overflowed the stack (exit 70, with a stack trace, when a letter
 * measured the glyph's ink), and 40 glyphs each made of the next one twice would draw a
 * trillion outlines (one of 65,535 points drawn 10,000 times is 655 million). `parts` keeps
 * each glyph's count of points, so each glyph is walked once.
 */
export function refuseGlyphParts(
  tables: GlyphTables,
  id: number,
  parts: Map<number, number>,
  path: string,
): void {
  const problem = walk(tables, id, new Set(), parts);
  if (problem)
    throw fail("font", `broken font file: glyph ${id} ${problem}`, { file: path }, [
      "no font in use builds its glyphs so: use another font",
    ]);
}

/** The problem with a glyph's parts, or undefined when it has none; counts into `parts`. */
function walk(
  t: GlyphTables,
  id: number,
  within: Set<number>,
  parts: Map<number, number>,
): string | undefined {
  if (parts.has(id)) return undefined;
  if (within.has(id)) return "is drawn from itself (one of its parts holds it)";
  if (within.size > MAX_PART_DEPTH)
    return `is drawn from parts nested more than ${MAX_PART_DEPTH} deep`;
  within.add(id);
  const glyph = glyphOf(t, id);
  let count = glyph.points;
  for (const part of glyph.parts) {
    const problem = walk(t, part, within, parts);
    if (problem) return problem;
    count += parts.get(part) ?? 0;
    if (count > MAX_POINTS)
      return `is drawn from over ${MAX_POINTS.toLocaleString("en-US")} points, counting its parts' parts`;
  }
  within.delete(id);
  parts.set(id, count);
  return undefined;
}

/**
 * The glyph ids a composite glyph is drawn from, in order, and a simple glyph's number of
 * points; nothing for a glyph whose data cannot be read (fontkit's own error says so when it
 * reads it).
 */
function glyphOf(t: GlyphTables, id: number): { parts: number[]; points: number } {
  const none = { parts: [], points: 0 };
  const span = glyphSpan(t, id);
  if (!span) return none;
  const view = new DataView(t.bytes.buffer, t.bytes.byteOffset, t.bytes.byteLength);
  const start = span.start;
  const end = Math.min(span.end, view.byteLength);
  if (end <= start || start + 10 > end) return none;
  const contours = view.getInt16(start);
  if (contours >= 0) {
    // The last contour's last point, plus one.
    const last = start + 10 + 2 * (contours - 1);
    return { parts: [], points: contours > 0 && last + 2 <= end ? view.getUint16(last) + 1 : 0 };
  }
  const parts: number[] = [];
  let at = start + 10;
  while (at + 4 <= end) {
    const flags = view.getUint16(at);
    parts.push(view.getUint16(at + 2));
    at += 4 + (flags & WORDS ? 4 : 2);
    at += flags & SCALE ? 2 : flags & XY_SCALE ? 4 : flags & TWO_BY_TWO ? 8 : 0;
    if (!(flags & MORE)) break;
  }
  return { parts, points: 0 };
}

/**
 * Whether a glyph has no outline: its entry in loca is as long as none (a space, as TrueType
 * has it). Read from the file, not fontkit, which reads a header there all the same.
 */
export function hasNoOutline(t: GlyphTables, id: number): boolean {
  const span = glyphSpan(t, id);
  return span !== undefined && span.start === span.end;
}

/** Where a glyph's data starts and ends in the file, by loca, or undefined past the table. */
function glyphSpan(t: GlyphTables, id: number): { start: number; end: number } | undefined {
  if (id < 0 || id >= t.numGlyphs) return undefined;
  const view = new DataView(t.bytes.buffer, t.bytes.byteOffset, t.bytes.byteLength);
  const size = t.longOffsets ? 4 : 2;
  const entry = t.loca + id * size;
  if (entry + 2 * size > view.byteLength) return undefined;
  const offset = (k: number) =>
    t.longOffsets ? view.getUint32(entry + k * 4) : view.getUint16(entry + k * 2) * 2;
  return { start: t.glyf + offset(0), end: t.glyf + offset(1) };
}

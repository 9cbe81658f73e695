/**
 * Paints one line of text into a pdfkit 0.20 document with the same operators, in the same
 * order, as pdfkit's internal painter (`_fragment` in mixins/text.js) and its font's `encode`,
 * so PDFs stay byte-identical (the example PDFs' sha256 are goldens). Why not call them: in a
 * mail merge they were a quarter of the time spent painting. They parse options for every
 * line, measure the space again, concatenate a line's glyph arrays word by word, format every
 * glyph id anew and convert every operator to bytes separately; here a line is one chunk.
 * A synthetic bold or italic (layout/synthetic-style.ts) adds operators of its own: a line
 * width and render mode, a sheared Tm (pdfkit's text() shears with a cm instead); every other
 * line is pdfkit's bytes. Only pdfkit-adapter.ts uses this file: together they are missive's
 * boundary with pdfkit.
 */

import { drawnRightToLeft, hasRightToLeft } from "../model/direction.js";
import { type LinePlace, PaintedLines } from "./painted-lines.js";

/** The parts of a pdfkit 0.20 document and embedded font this painter touches. */
export interface PdfkitLineTarget {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: Uint8Array): unknown;
}

interface EmbeddedFont {
  id: string;
  /** The parsed (fontkit) font. */
  font: object;
  ref(): unknown;
  /** A shaped run with positions in thousandths of an em, from the (shared) word cache. */
  layoutCached(text: string): { glyphs: Glyph[]; positions: GlyphPosition[]; misread?: boolean };
  widthOfString(text: string, size: number): number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
  /** Ids `unicode` names by a weak glyph's characters, for now (include); missive's own field. */
  guessedIds?: Set<number>;
}

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
  /** Its characters are a guess: they name its id in the ToUnicode map only if nothing else does. */
  weak?: boolean;
}

interface GlyphPosition {
  xAdvance: number;
  advanceWidth: number;
  xOffset: number;
  yOffset: number;
}

export interface Line {
  text: string;
  /** Left end of the baseline, in points from the top-left corner. */
  x: number;
  y: number;
  /** Extra space added to every space of the line (justification), in points. */
  wordSpacing: number;
  /** Extra space after every character (letter-spacing), in points. */
  tracking: number;
  /** Horizontal scale of the glyphs (font expansion); 1 leaves them as designed. */
  scale: number;
  /**
   * Right-to-left text in logical order. Its words are shaped one by one, each right to
   * left, and drawn last word first; a space shaped with a word lands at its left.
   */
  rtl?: boolean;
  /**
   * Painted inside a Span that gives its text (a signature cell: beginActualText), so it needs
   * none of its own for glyphs that do not say it: poppler ends the outer one at the inner's end.
   */
  spanned?: boolean;
  /**
   * A synthetic bold: the glyphs filled and stroked (text render mode 2) with a line this wide,
   * in points, in the stroke colour set before (the caller sets it to the fill colour).
   */
  embolden?: number;
  /** A synthetic italic: the text matrix sheared by this much (layout/synthetic-style.ts). */
  slant?: number;
  /**
   * The language its words were shaped in when measured; the document's font shapes in it
   * too (its layoutCached reads that language's runs: pdfkit-adapter.ts).
   */
  lang?: string;
}

/** Tells whether a document offers what paintLine needs (a pdfkit other than 0.20 may not). */
export function canPaintLines(doc: unknown): doc is PdfkitLineTarget {
  const d = doc as Partial<PdfkitLineTarget>;
  const f = d._font as Partial<EmbeddedFont> | undefined;
  return (
    typeof d.addContent === "function" &&
    typeof d.page?.height === "number" &&
    typeof f?.layoutCached === "function" &&
    typeof f.widthOfString === "function" &&
    typeof f.subset?.includeGlyph === "function" &&
    Array.isArray(f.widths) &&
    Array.isArray(f.unicode) &&
    typeof f.scale === "number" &&
    typeof f.font === "object"
  );
}

/** pdfkit writes every number rounded to six decimals (PDFObject.number). */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

/** A line's operators, and the glyphs they use in the order first used (for the subset). */
export interface PaintedLine {
  bytes: Buffer;
  glyphs: Glyph[];
  /** Whether the bytes hold a Span of the line's own (ActualText). */
  span: boolean;
}

/**
 * Lines painted before, by font file (the parsed font, so a changed file starts afresh) and
 * everything else their operators depend on (part of Resources).
 */
export type LineMemo = WeakMap<object, PaintedLines<PaintedLine>>;

/** How many painted lines a thread keeps: a letter has a hundred or so; a merge repeats most. */
const MAX_LINES = 1024;

/**
 * Paints a line, or writes again the operators of the same line painted before with the
 * same font under the same name (`memo`). Only for a font written with its own glyph ids
 * (cid-font.ts): with pdfkit's numbering, the operators depend on what came before.
 */
export function paintLine(doc: PdfkitLineTarget, line: Line, memo?: LineMemo): boolean {
  if (!memo) {
    const painted = lineBytes(doc, line);
    if (painted) doc.addContent(painted.bytes);
    return painted?.span ?? false;
  }
  const font = doc._font;
  let lines = memo.get(font.font);
  if (!lines) {
    lines = new PaintedLines(MAX_LINES);
    memo.set(font.font, lines);
  }
  const place: LinePlace = {
    font: font.id,
    size: doc._fontSize,
    pageHeight: doc.page.height,
    x: line.x,
    y: line.y,
    wordSpacing: line.wordSpacing,
    tracking: line.tracking,
    scale: line.scale,
    rtl: line.rtl === true,
    spanned: line.spanned === true,
    embolden: line.embolden ?? 0,
    slant: line.slant ?? 0,
    lang: line.lang ?? "",
  };
  let painted = lines.get(line.text, place);
  if (painted) {
    fontOnPage(doc);
    for (const glyph of painted.glyphs) include(font, glyph);
  } else {
    const glyphs: Glyph[] = [];
    const own = lineBytes(doc, line, glyphs);
    if (!own) return false;
    // Each glyph once, as first met: the first use of an id decides its width and characters
    // (the first that is not weak, if any: include's rule, followed when painted again).
    const seen = new Set<number>();
    const firsts = glyphs.filter((g) => {
      const key = g.weak ? -1 - g.id : g.id;
      return !seen.has(key) && seen.add(key);
    });
    painted = lines.keep(line.text, place, { ...own, glyphs: firsts });
  }
  doc.addContent(painted.bytes);
  return painted.span;
}

/** Names the current font in the page's resources. */
function fontOnPage(doc: PdfkitLineTarget): void {
  const font = doc._font;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
}

/**
 * The line's operators, and whether they hold a Span of its own; null for a line with
 * nothing to draw.
 */
function lineBytes(
  doc: PdfkitLineTarget,
  line: Line,
  used?: Glyph[],
): { bytes: Buffer; span: boolean } | null {
  let text = line.text.replace(/\n/g, "");
  // A soft hyphen at the end: a hyphen the layout added where it broke a word.
  const softHyphen = text.endsWith("\u00AD");
  if (softHyphen) text = text.slice(0, -1);
  if (text.length === 0 && !softHyphen) return null;
  const font = doc._font;
  const size = doc._fontSize;
  const height = doc.page.height;
  const y = height - line.y;
  fontOnPage(doc);
  // pdfkit's save(), transform() and restore() around the text; balanced, so its own record
  // of the transformation matrix needs no update. Tc and Tz are text state, which Q restores.
  const ops = ["q", `1 0 0 -1 0 ${num(height)} cm`];
  // Round joins: a mitred stroke would spike at the sharp corners of serifs and brush tips.
  if (line.embolden) ops.push(`${num(line.embolden)} w`, "1 j");
  ops.push("BT");
  const tm = textMatrix(line.slant ?? 0, y);
  ops.push(tm(line.x, y), `/${font.id} ${num(size)} Tf`);
  if (line.embolden) ops.push("2 Tr");
  if (line.tracking) ops.push(`${num(line.tracking)} Tc`);
  if (line.scale !== 1) ops.push(`${num(line.scale * 100)} Tz`);
  const glyphs = line.wordSpacing
    ? encodeWords(font, text, size, line, used)
    : encode(font, inDrawingOrder(runsOf(text), line.rtl), undefined, used);
  // Letter-spaced text: readers such as poppler take the spacing for word gaps ("W A S H"),
  // so the run carries its own text (ActualText).
  // Right-to-left text is drawn from its last word: its own text keeps the logical order.
  // So does text whose glyphs, read in order, do not say it (glyph-run.ts's misread).
  const spaced =
    (line.tracking !== 0 && text.length > 1) ||
    line.rtl === true ||
    (glyphs.misread === true && line.spanned !== true);
  if (spaced) ops.push(`/Span <</ActualText ${utf16Hex(text)}>> BDC`);
  const scale = (size / 1000) * line.scale;
  // Tc is scaled by Tz too.
  const tracking = line.tracking * line.scale;
  // pdfkit widens after the last word too; the pen is moved back from there.
  const widened = glyphs.extra[glyphs.positions.length - 1] ?? 0;
  const end = showGlyphs(ops, glyphs, { x: line.x, y, tm }, scale, tracking) - widened * scale;
  if (spaced) ops.push("EMC");
  if (softHyphen) {
    // Drawn as a hyphen, read as a soft hyphen: copied text joins the word again (the PDF
    // specification's own example of ActualText, 14.9.4).
    ops.push(tm(end, y), `/Span <</ActualText ${utf16Hex("\u00AD")}>> BDC`);
    showGlyphs(ops, encode(font, ["-"], undefined, used), { x: end, y, tm }, scale, tracking);
    ops.push("EMC");
  }
  ops.push("ET", "Q", "");
  return { bytes: Buffer.from(ops.join("\n"), "latin1"), span: spaced || softHyphen };
}

/**
 * The Tm operator that puts the text at (x, y), sheared by `slant` (a synthetic italic) about
 * the line's baseline `base`: a glyph on the baseline keeps its place, and a mark raised off
 * it (an offset) moves along with the slanted letter under it.
 */
function textMatrix(slant: number, base: number): (x: number, y: number) => string {
  if (!slant) return (x, y) => `1 0 0 1 ${num(x)} ${num(y)} Tm`;
  return (x, y) => `1 0 ${num(slant)} 1 ${num(x + slant * (y - base))} ${num(y)} Tm`;
}

/**
 * Opens a Span whose ActualText is `text` around the lines painted next, until endActualText.
 * Why: poppler's pdftotext keeps lines of different sizes apart and reads a grid of signature
 * cells as all the names, then all the titles; one Span per cell reads as one piece of text,
 * name then title. Both operators are written in the lines' own coordinates (inside the same
 * cm as the glyphs), and EMC with the last line's font: poppler places the replacement text
 * with the matrix and font size in force at EMC.
 */
export function beginActualText(doc: PdfkitLineTarget, text: string): void {
  const ops = ["q", `1 0 0 -1 0 ${num(doc.page.height)} cm`];
  ops.push(`/Span <</ActualText ${utf16Hex(text)}>> BDC`, "Q", "");
  doc.addContent(Buffer.from(ops.join("\n"), "latin1"));
}

export function endActualText(doc: PdfkitLineTarget): void {
  const ops = ["q", `1 0 0 -1 0 ${num(doc.page.height)} cm`];
  ops.push(`/${doc._font.id} ${num(doc._fontSize)} Tf`, "EMC", "Q", "");
  doc.addContent(Buffer.from(ops.join("\n"), "latin1"));
}

/** A PDF text string in UTF-16BE with its byte order mark, as a hex string. */
function utf16Hex(text: string): string {
  return `<FEFF${Buffer.from(text, "utf16le").swap16().toString("hex").toUpperCase()}>`;
}

interface Encoded {
  hex: string[];
  positions: GlyphPosition[];
  /** Added to a glyph's xAdvance: the word spacing after a word's last glyph. */
  extra: number[];
  /** Some run's glyphs do not say its text (glyph-run.ts). */
  misread?: boolean;
}

/**
 * The words of a line in the order they are drawn. A right-to-left line is drawn from its
 * last word; a word there with no right-to-left letter (a bracket, "!?", a list marker "10.")
 * is shaped left to right, so it is drawn as the bidi algorithm would show it.
 */
function inDrawingOrder(words: string[], rtl: boolean | undefined): string[] {
  if (!rtl) return words;
  return words.reverse().map((w) => (hasRightToLeft(w) ? w : drawnRightToLeft(w)));
}

/** Splits text where pdfkit's font layout does: after every space or tab. */
function runsOf(text: string): string[] {
  const runs: string[] = [];
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === " " || c === "\t") {
      runs.push(text.slice(last, i + 1));
      last = i + 1;
    }
  }
  if (last < text.length) runs.push(text.slice(last));
  return runs;
}

/**
 * Glyph ids in the document's subset, as four hex digits, recording widths and Unicode; the
 * glyphs are added to `used` when given.
 */
function encode(font: EmbeddedFont, runs: string[], out?: Encoded, used?: Glyph[]): Encoded {
  const enc = out ?? { hex: [], positions: [], extra: [] };
  for (const text of runs) {
    const run = font.layoutCached(text);
    if (run.misread) enc.misread = true;
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i] as Glyph;
      enc.hex.push(hex4(include(font, glyph)));
      enc.positions.push(run.positions[i] as GlyphPosition);
      used?.push(glyph);
    }
  }
  return enc;
}

/**
 * Puts a glyph in the font's subset with its width and characters; its id there. The
 * characters of its first use name it in the ToUnicode map, but a weak glyph's only until a
 * use that is not weak: otherwise the glyph of "า", first met drawing half of "ำ", would copy
 * out as a joiner wherever the document has "า".
 */
function include(font: EmbeddedFont, glyph: Glyph): number {
  const gid = font.subset.includeGlyph(glyph.id);
  if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
  if (font.unicode[gid] == null || (!glyph.weak && font.guessedIds?.has(gid))) {
    font.unicode[gid] = glyph.codePoints;
    if (!glyph.weak) font.guessedIds?.delete(gid);
    else {
      font.guessedIds ??= new Set();
      font.guessedIds.add(gid);
    }
  }
  return gid;
}

/** Encodes word by word, widening the advance after each word as pdfkit's word spacing does. */
function encodeWords(
  font: EmbeddedFont,
  text: string,
  size: number,
  { wordSpacing, tracking, scale, rtl }: Pick<Line, "wordSpacing" | "tracking" | "scale" | "rtl">,
  used?: Glyph[],
): Encoded {
  // The same floating-point steps as pdfkit (its widthOfString scales by 100 %), so the
  // rounded numbers in the PDF come out the same.
  const space = (font.widthOfString(" ", size) * 100) / 100;
  // Tz scales the gap too; a word gap stays its width in points (the space is not expanded).
  const gap =
    scale === 1 ? wordSpacing + (space + tracking) : (wordSpacing + space) / scale + tracking;
  const widen = gap * (1000 / size);
  const out: Encoded = { hex: [], positions: [], extra: [] };
  for (const word of inDrawingOrder(text.trim().split(/\s+/), rtl)) {
    encode(font, [word], out, used);
    const last = out.positions.length - 1;
    out.extra[last] = (out.extra[last] ?? 0) + widen;
  }
  return out;
}

/**
 * Glyph ids as four hex digits, a table made at load: every glyph painted needs one, and a
 * letter's subset numbers its glyphs from 0, rarely past a few hundred.
 */
const HEX4: readonly string[] = Array.from({ length: 4096 }, (_, gid) => toHex4(gid));

function hex4(gid: number): string {
  return HEX4[gid] ?? toHex4(gid);
}

function toHex4(gid: number): string {
  return `0000${gid.toString(16)}`.slice(-4);
}

/**
 * The TJ arrays: runs of glyphs, split where an advance differs from the glyph's width.
 * Returns where the pen ends, in points.
 */
function showGlyphs(
  ops: string[],
  g: Encoded,
  at: { x: number; y: number; tm: (x: number, y: number) => string },
  scale: number,
  tracking: number,
): number {
  const { x: x0, y, tm } = at;
  const { hex, positions, extra } = g;
  const commands: string[] = [];
  let last = 0;
  let x = x0;
  let hadOffset = false;
  const advance = (i: number) => (positions[i] as GlyphPosition).xAdvance + (extra[i] ?? 0);
  const segment = (cur: number) => {
    if (last < cur) {
      const kern = advance(cur - 1) - (positions[cur - 1] as GlyphPosition).advanceWidth;
      commands.push(`<${hex.slice(last, cur).join("")}> ${num(-kern)}`);
    }
    last = cur;
  };
  const flush = (i: number) => {
    segment(i);
    if (commands.length > 0) {
      ops.push(`[${commands.join(" ")}] TJ`);
      commands.length = 0;
    }
  };
  let i = 0;
  for (; i < positions.length; i++) {
    const pos = positions[i] as GlyphPosition;
    if (pos.xOffset || pos.yOffset) {
      flush(i);
      ops.push(tm(x + pos.xOffset * scale, y + pos.yOffset * scale));
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(tm(x, y));
        hadOffset = false;
      }
      if (advance(i) - pos.advanceWidth !== 0) segment(i + 1);
    }
    x += advance(i) * scale + tracking;
  }
  flush(i);
  return x;
}

/**
 * Paints one line of text into a pdfkit 0.20 document with the same operators, in the same
 * order, as pdfkit's internal painter (`_fragment` in mixins/text.js) and its font's `encode`,
 * so PDFs stay byte-identical (the example PDFs' sha256 are goldens). Why not call them: in a
 * mail merge they were a quarter of the time spent painting. They parse options for every
 * line, measure the space again, concatenate a line's glyph arrays word by word, format every
 * glyph id anew and convert every operator to bytes separately; here a line is one chunk.
 * Only pdfkit-adapter.ts uses this file: together they are missive's boundary with pdfkit.
 */

import { drawnText, hasRightToLeft } from "../model/direction.js";

/** The parts of a pdfkit 0.20 document and embedded font this painter touches. */
export interface PdfkitLineTarget {
  _font: EmbeddedFont;
  _fontSize: number;
  page: { height: number; fonts: Record<string, unknown> };
  addContent(data: Uint8Array): unknown;
}

interface EmbeddedFont {
  id: string;
  ref(): unknown;
  /** A shaped run with positions in thousandths of an em, from the (shared) word cache. */
  layoutCached(text: string): { glyphs: Glyph[]; positions: GlyphPosition[] };
  widthOfString(text: string, size: number): number;
  subset: { includeGlyph(id: number): number };
  widths: number[];
  unicode: number[][];
  scale: number;
}

interface Glyph {
  id: number;
  advanceWidth: number;
  codePoints: number[];
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
    typeof f.scale === "number"
  );
}

/** pdfkit writes every number rounded to six decimals (PDFObject.number). */
const num = (n: number) => Math.round(n * 1e6) / 1e6;

export function paintLine(doc: PdfkitLineTarget, line: Line): void {
  let text = line.text.replace(/\n/g, "");
  // A soft hyphen at the end: a hyphen the layout added where it broke a word.
  const softHyphen = text.endsWith("\u00AD");
  if (softHyphen) text = text.slice(0, -1);
  if (text.length === 0 && !softHyphen) return;
  const font = doc._font;
  const size = doc._fontSize;
  const height = doc.page.height;
  const y = height - line.y;
  if (doc.page.fonts[font.id] == null) doc.page.fonts[font.id] = font.ref();
  // pdfkit's save(), transform() and restore() around the text; balanced, so its own record
  // of the transformation matrix needs no update. Tc and Tz are text state, which Q restores.
  const ops = ["q", `1 0 0 -1 0 ${num(height)} cm`, "BT"];
  ops.push(`1 0 0 1 ${num(line.x)} ${num(y)} Tm`, `/${font.id} ${num(size)} Tf`);
  if (line.tracking) ops.push(`${num(line.tracking)} Tc`);
  if (line.scale !== 1) ops.push(`${num(line.scale * 100)} Tz`);
  const glyphs = line.wordSpacing
    ? encodeWords(font, text, size, line)
    : encode(font, inDrawingOrder(runsOf(text), line.rtl));
  // Letter-spaced text: readers such as poppler take the spacing for word gaps ("W A S H"),
  // so the run carries its own text (ActualText).
  // Right-to-left text is drawn from its last word: its own text keeps the logical order.
  const spaced = (line.tracking !== 0 && text.length > 1) || line.rtl === true;
  if (spaced) ops.push(`/Span <</ActualText ${utf16Hex(text)}>> BDC`);
  const scale = (size / 1000) * line.scale;
  // Tc is scaled by Tz too.
  const tracking = line.tracking * line.scale;
  // pdfkit widens after the last word too; the pen is moved back from there.
  const widened = glyphs.extra[glyphs.positions.length - 1] ?? 0;
  const end = showGlyphs(ops, glyphs, { x: line.x, y }, scale, tracking) - widened * scale;
  if (spaced) ops.push("EMC");
  if (softHyphen) {
    // Drawn as a hyphen, read as a soft hyphen: copied text joins the word again (the PDF
    // specification's own example of ActualText, 14.9.4).
    ops.push(`1 0 0 1 ${num(end)} ${num(y)} Tm`, `/Span <</ActualText ${utf16Hex("\u00AD")}>> BDC`);
    showGlyphs(ops, encode(font, ["-"]), { x: end, y }, scale, tracking);
    ops.push("EMC");
  }
  ops.push("ET", "Q", "");
  doc.addContent(Buffer.from(ops.join("\n"), "latin1"));
}

/** A PDF text string in UTF-16BE with its byte order mark, as a hex string. */
function utf16Hex(text: string): string {
  let hex = "<FEFF";
  for (let i = 0; i < text.length; i++)
    hex += text.charCodeAt(i).toString(16).toUpperCase().padStart(4, "0");
  return `${hex}>`;
}

interface Encoded {
  hex: string[];
  positions: GlyphPosition[];
  /** Added to a glyph's xAdvance: the word spacing after a word's last glyph. */
  extra: number[];
}

/**
 * The words of a line in the order they are drawn. A right-to-left line is drawn from its
 * last word; a word there with no right-to-left letter (a bracket, "!?") is shaped left to
 * right, so it is drawn reversed and mirrored as the bidi algorithm would show it.
 */
function inDrawingOrder(words: string[], rtl: boolean | undefined): string[] {
  if (!rtl) return words;
  return words.reverse().map((w) => (hasRightToLeft(w) ? w : drawnText(w, 1)));
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

/** Glyph ids in the document's subset, as four hex digits, recording widths and Unicode. */
function encode(font: EmbeddedFont, runs: string[], out?: Encoded): Encoded {
  const enc = out ?? { hex: [], positions: [], extra: [] };
  for (const text of runs) {
    const run = font.layoutCached(text);
    for (let i = 0; i < run.glyphs.length; i++) {
      const glyph = run.glyphs[i] as Glyph;
      const gid = font.subset.includeGlyph(glyph.id);
      enc.hex.push(hex4(gid));
      enc.positions.push(run.positions[i] as GlyphPosition);
      if (font.widths[gid] == null) font.widths[gid] = glyph.advanceWidth * font.scale;
      if (font.unicode[gid] == null) font.unicode[gid] = glyph.codePoints;
    }
  }
  return enc;
}

/** Encodes word by word, widening the advance after each word as pdfkit's word spacing does. */
function encodeWords(
  font: EmbeddedFont,
  text: string,
  size: number,
  { wordSpacing, tracking, scale, rtl }: Pick<Line, "wordSpacing" | "tracking" | "scale" | "rtl">,
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
    encode(font, [word], out);
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
  at: { x: number; y: number },
  scale: number,
  tracking: number,
): number {
  const { x: x0, y } = at;
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
      ops.push(`1 0 0 1 ${num(x + pos.xOffset * scale)} ${num(y + pos.yOffset * scale)} Tm`);
      flush(i + 1);
      hadOffset = true;
    } else {
      if (hadOffset) {
        ops.push(`1 0 0 1 ${num(x)} ${num(y)} Tm`);
        hadOffset = false;
      }
      if (advance(i) - pos.advanceWidth !== 0) segment(i + 1);
    }
    x += advance(i) * scale + tracking;
  }
  flush(i);
  return x;
}

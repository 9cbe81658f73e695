import type { Run } from "../model/letter-doc.js";
import type { TextStyle } from "../model/style.js";
import {
  firstFit,
  isDiscretionary,
  knuthPlass,
  type LineBreak,
  type PassOptions,
  withRatios,
} from "./break-lines.js";
import {
  buildItems,
  FORCED,
  type Item,
  type ItemContext,
  type Look,
  splitOverlong,
  width,
} from "./items.js";
import { markHangs } from "./protrusion.js";

/** A piece of a line in one look, positioned relative to the line's left edge. */
export interface Segment {
  x: number;
  text: string;
  look: Look;
  wordSpacing: number;
  width: number;
  /** Horizontal scale of the glyphs (font expansion); 1 for most lines. */
  scale: number;
  /** How far it reaches into the right margin (hanging punctuation at a line's end). */
  hang?: number;
}

/** One set line: its segments and the width they take. */
export interface SetLine {
  segments: Segment[];
  width: number;
}

/**
 * Breaks one hard line of runs into set lines of at most `width` points: total-fit for
 * justified text (tolerance raised step by step), first-fit for ragged text.
 */
export function setParagraph(runs: Run[], ctx: ItemContext, width: number): SetLine[] {
  const items = splitOverlong(buildItems(runs, ctx), width, ctx.warn);
  const first = items.find((i) => i.t === "box");
  // Nothing printable (an empty line, a lone soft hyphen) still takes a line.
  if (!first) return [{ segments: [], width: 0 }];
  items.push(
    {
      t: "glue",
      w: 0,
      stretch: 1e6,
      shrink: 0,
      look: first.look,
    },
    { t: "penalty", w: 0, p: FORCED, flagged: false, text: "" },
  );
  const justify = ctx.style.align === "justify";
  if (justify && ctx.style.expansion > 0) {
    const k = ctx.style.expansion / 100;
    for (const it of items) if (it.t === "box") it.ex = it.w * k;
  }
  if (justify && ctx.style.protrusion) markHangs(items);
  const breaks = justify ? justified(items, width, ctx.warn) : firstFit(items, width);
  return breaks.map((b, i) => setLine(items, b, width, ctx.style, i === breaks.length - 1));
}

/**
 * The passes of justified breaking, as TeX makes them: first without added hyphens, kept if
 * every line is within its natural stretch (TeX's pretolerance); then with hyphenation,
 * looser and looser; never three hyphenated line ends in a row, unless nothing else fits.
 */
const PASSES: PassOptions[] = [
  { tolerance: 1, hyphenate: false, maxHyphensInRow: 2 },
  { tolerance: 1, hyphenate: true, maxHyphensInRow: 2 },
  { tolerance: 1.5, hyphenate: true, maxHyphensInRow: 2 },
  { tolerance: 3, hyphenate: true, maxHyphensInRow: 2 },
  { tolerance: 8, hyphenate: true, maxHyphensInRow: 2 },
  { tolerance: 8, hyphenate: true, maxHyphensInRow: Number.POSITIVE_INFINITY },
];

function justified(items: Item[], width: number, warn: (m: string) => void): LineBreak[] {
  for (const pass of PASSES) {
    const lines = knuthPlass(items, width, pass);
    if (lines) return lines;
  }
  const words = items
    .flatMap((i) => (i.t === "box" ? [i.text] : []))
    .slice(0, 6)
    .join(" ");
  warn(`the paragraph "${words}…" cannot be justified evenly at this width; some lines are loose`);
  return withRatios(items, firstFit(items, width), width);
}

function setLine(
  items: Item[],
  b: LineBreak,
  width: number,
  style: TextStyle,
  last: boolean,
): SetLine {
  const stretchy = style.align === "justify" && !last;
  const drawn = drawnWidths(items, b);
  const brk = items[b.end];
  const hang = brk && brk.t !== "box" ? (brk.hang ?? 0) : 0;
  const { scale, glue } = stretchy
    ? shares(items, b, drawn, width + hang)
    : { scale: 1, glue: Math.min(0, b.ratio) };
  const segments: Segment[] = [];
  let x = 0;
  let cur: Segment | null = null;
  let space: { w: number; extra: number; look: Look; gap: boolean } | null = null;
  for (let i = b.start; i < b.end; i++) {
    const it = items[i] as Item;
    if (it.t === "penalty") continue;
    if (it.t === "glue") {
      const extra = glue >= 0 ? glue * it.stretch : glue * it.shrink;
      space = { w: it.w + extra, extra, look: it.look, gap: !!it.gap };
      x += space.w;
      continue;
    }
    const w = (drawn.get(i) ?? it.w) * scale;
    // Why one segment per same-look stretch: pdfkit then writes one text run with word
    // spacing, which keeps the PDF small and its text extractable as a line.
    // A gap between CJK characters prints nothing: the segment goes on only if it did not grow.
    const joins =
      cur &&
      sameLook(cur.look, it.look) &&
      (!space ||
        (space.gap
          ? space.w === 0
          : sameLook(space.look, it.look) &&
            (!cur.text.includes(" ") || cur.wordSpacing === space.extra)));
    if (cur && joins) {
      if (space && !space.gap) {
        cur.text += " ";
        cur.wordSpacing = space.extra;
        cur.width += space.w;
      }
      cur.text += it.text;
      cur.width += w;
    } else {
      cur = { x, text: it.text, look: it.look, wordSpacing: 0, width: w, scale };
      segments.push(cur);
    }
    space = null;
    x += w;
  }
  if (brk?.t === "penalty" && brk.text && brk.look) {
    // An added hyphen is a soft hyphen in the text: the writer draws a hyphen and marks it
    // so that copying the text joins the word again.
    const text = isDiscretionary(brk) ? "\u00AD" : brk.text;
    const w = brk.w * scale;
    const lastSeg = segments[segments.length - 1];
    if (lastSeg && sameLook(lastSeg.look, brk.look)) {
      lastSeg.text += text;
      lastSeg.width += w;
    } else segments.push({ x, text, look: brk.look, wordSpacing: 0, width: w, scale });
    x += w;
  }
  const offset =
    style.align === "center" ? (width - x) / 2 : style.align === "right" ? width - x : 0;
  for (const s of segments) s.x += offset;
  const lastSeg = segments[segments.length - 1];
  if (stretchy && hang > 0 && lastSeg) lastSeg.hang = hang;
  return { segments, width: x };
}

/**
 * How a justified line fills its width: glyphs widen or narrow by the line's ratio up to
 * their expansion limit, and the glue takes exactly what is left, measured on the widths
 * as drawn, so the line ends at the margin.
 */
function shares(
  items: Item[],
  b: LineBreak,
  drawn: Map<number, number>,
  width: number,
): { scale: number; glue: number } {
  const r = b.ratio;
  let ex = 0;
  let text = 0;
  let glueW = 0;
  let give = 0;
  for (let i = b.start; i < b.end; i++) {
    const it = items[i] as Item;
    if (it.t === "box") {
      ex += it.ex ?? 0;
      text += drawn.get(i) ?? it.w;
    } else if (it.t === "glue") {
      glueW += it.w;
      give += r >= 0 ? it.stretch : it.shrink;
    }
  }
  const brk = items[b.end];
  if (brk?.t === "penalty") text += brk.w;
  const scale = text > 0 ? 1 + (Math.max(-1, Math.min(1, r)) * ex) / text : 1;
  if (give === 0) return { scale, glue: 0 };
  return { scale, glue: (width - text * scale - glueW) / give };
}

/**
 * Widths of boxes that are drawn otherwise than measured: the rest of a word broken at an
 * added hyphen is shaped on its own at the start of the line, so it is measured so here.
 */
function drawnWidths(items: Item[], b: LineBreak): Map<number, number> {
  const out = new Map<number, number>();
  const before = items[b.start - 1];
  if (!before || !isDiscretionary(before)) return out;
  const first = items[b.start];
  if (first?.t !== "box") return out;
  let text = "";
  let sum = 0;
  let i = b.start;
  for (; i < b.end; i++) {
    const it = items[i] as Item;
    if (it.t === "penalty") continue;
    if (it.t !== "box" || it.look !== first.look) break;
    text += it.text;
    sum += it.w;
  }
  const whole = width(first.look.face, text, first.look);
  out.set(b.start, first.w + whole - sum);
  return out;
}

function sameLook(a: Look, b: Look): boolean {
  return (
    a.face === b.face &&
    a.size === b.size &&
    a.href === b.href &&
    a.color === b.color &&
    a.tracking === b.tracking &&
    a.rise === b.rise &&
    a.lang === b.lang
  );
}

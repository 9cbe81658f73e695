import { drawnText, hasRightToLeft } from "../model/direction.js";
import type { Run } from "../model/letter-doc.js";
import type { TextStyle } from "../model/style.js";
import { clipped } from "../shown-value.js";
import { balancedLines, lastWordCarried } from "./balanced-lines.js";
import { type ParagraphBidi, paragraphBidi, visualOrder } from "./bidi-levels.js";
import {
  firstFit,
  knuthPlass,
  type LineBreak,
  MAX_HYPHENS_IN_ROW,
  type PassOptions,
  withRatios,
} from "./break-lines.js";
import { inkOf, type LineInk } from "./line-skip.js";
import {
  buildItems,
  FORCED,
  type Item,
  type ItemContext,
  indentBox,
  isDiscretionary,
  isIndent,
  itemsText,
  type Look,
  splitOverlong,
  width,
} from "./paragraph-items.js";
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
  /** Right-to-left text: its words are drawn from right to left (bidi-levels.ts). */
  rtl?: true;
  /**
   * What lies between it and the segment before it on the line: a typed space, a gap between
   * characters that grew with no space typed (Chinese or Thai spread in a justified line, a
   * quarter em beside Latin letters), or nothing (a change of font inside a word). Absent on
   * a line's first segment and in lines with right-to-left text. Why: a line spread at gaps
   * reads as one text, which the PDF says (pdf.ts), so copying adds no space there.
   */
  joint?: "space" | "gap" | "none";
}

/** One set line: its segments, the width they take and how far its glyphs reach. */
export interface SetLine {
  segments: Segment[];
  width: number;
  /**
   * Measured once, when the line is set. Why: a merge's letters share their set lines
   * (paragraph-memo.ts), and measuring every line's ink again for each letter was a cost of
   * every letter's layout.
   */
  ink: LineInk;
}

/**
 * Breaks one hard line of runs into set lines of at most `width` points: total-fit for
 * justified text (tolerance raised step by step), first-fit for ragged text.
 */
export function setParagraph(
  runs: Run[],
  ctx: ItemContext,
  width: number,
  then?: LaterWidth,
): SetLine[] {
  const indent = ctx.indent ?? 0;
  const built = splitOverlong(buildItems(runs, ctx), width, ctx.warn, indent);
  const bidi = paragraphBidi(built, ctx.dir ?? "ltr");
  const items = bidi?.items ?? built;
  const first = items.find((i) => i.t === "box");
  // Nothing printable (an empty line, a lone soft hyphen) still takes a line.
  if (!first) return [{ segments: [], width: 0, ink: { above: 0, below: 0 } }];
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
  bidi?.levels.push(bidi.base, bidi.base);
  const justify = ctx.style.align === "justify";
  if (justify && ctx.style.expansion > 0) {
    const k = ctx.style.expansion / 100;
    for (const it of items) if (it.t === "box") it.ex = it.w * k;
  }
  // Hanging punctuation into the right margin is for lines that end at the right.
  if (justify && ctx.style.protrusion && !bidi) markHangs(items);
  // On the right of a right-to-left paragraph, once in visual order.
  if (indent > 0) {
    items.unshift(indentBox(indent, first.look));
    bidi?.levels.unshift(bidi.base);
  }
  const breakAt = (list: Item[], w: number) =>
    justify
      ? justified(list, w, ctx.warn)
      : ctx.style.align === "center" || ctx.style.balance
        ? balancedLines(list, w)
        : ctx.style.carryLastWord
          ? lastWordCarried(list, w)
          : firstFit(list, w);
  const breaks = breakAt(items, width);
  const turn = then && then.lines > 0 ? breaks[then.lines - 1] : undefined;
  if (!then || !turn || then.lines >= breaks.length)
    return breaks.map((b, i) => setLine(items, b, width, ctx.style, i === breaks.length - 1, bidi));
  // The lines after the first `then.lines` broken again at the later width, from the first
  // box after the last of them (the rest of the paragraph, as a paragraph of its own).
  let from = turn.end + 1;
  while (from < items.length && (items[from] as Item).t !== "box") from++;
  const rest = breakAt(items.slice(from), then.width).map((b) => ({
    ...b,
    start: b.start + from,
    end: b.end + from,
  }));
  const all = [...breaks.slice(0, then.lines), ...rest];
  return all.map((b, i) =>
    setLine(items, b, i < then.lines ? width : then.width, ctx.style, i === all.length - 1, bidi),
  );
}

/** Lines after the first `lines` of a paragraph set at another width (first-column.ts). */
export interface LaterWidth {
  lines: number;
  width: number;
}

/**
 * The passes of justified breaking, as TeX makes them: first without added hyphens, kept if
 * every line is within its natural stretch (TeX's pretolerance); then with hyphenation,
 * looser and looser; never three hyphenated line ends in a row, unless nothing else fits.
 * A date's soft tie may break once no pass keeps every line within its natural stretch:
 * hyphens come first, and a broken date beats a line looser than half again its stretch.
 * Where even that leaves a line looser than half again its stretch, a tie after an area code
 * may break too, at a cost (break-lines.ts): a phone number tied whole left a line of spaces
 * three and a half times their width. A number's label or unit parts from it only in the last
 * pass, where nothing else sets the paragraph without an overfull line ("No" / "5").
 */
const PASSES: PassOptions[] = [
  { tolerance: 1, hyphenate: false, maxHyphensInRow: MAX_HYPHENS_IN_ROW },
  { tolerance: 1, hyphenate: true, maxHyphensInRow: MAX_HYPHENS_IN_ROW },
  { tolerance: 1.5, hyphenate: true, maxHyphensInRow: MAX_HYPHENS_IN_ROW, softTies: true },
  {
    tolerance: 3,
    hyphenate: true,
    maxHyphensInRow: MAX_HYPHENS_IN_ROW,
    softTies: true,
    ties: "area",
  },
  {
    tolerance: 8,
    hyphenate: true,
    maxHyphensInRow: MAX_HYPHENS_IN_ROW,
    softTies: true,
    ties: "area",
  },
  {
    tolerance: 8,
    hyphenate: true,
    maxHyphensInRow: Number.POSITIVE_INFINITY,
    softTies: true,
    ties: "area",
  },
  {
    tolerance: 8,
    hyphenate: true,
    maxHyphensInRow: Number.POSITIVE_INFINITY,
    softTies: true,
    ties: "label",
  },
];

function justified(items: Item[], width: number, warn: ItemContext["warn"]): LineBreak[] {
  for (const pass of PASSES) {
    const lines = knuthPlass(items, width, pass);
    if (lines) return lines;
  }
  // Its text as it reads (the boxes of a hyphenated word are its syllables), without the
  // paragraph's closing glue.
  const text = itemsText(items).trim();
  warn(
    `the paragraph "${clipped(text)}" cannot be justified evenly at this width; some lines are loose`,
    text,
  );
  // No limit on hyphens in a row here: the last pass dropped it already, and a line ended
  // short to keep it is stretched across the measure ("bilities" alone on a justified line).
  return withRatios(items, firstFit(items, width, Number.POSITIVE_INFINITY), width);
}

function setLine(
  items: Item[],
  b: LineBreak,
  width: number,
  style: TextStyle,
  last: boolean,
  bidi: ParagraphBidi | null,
): SetLine {
  // A justified line fills the measure: every line but the last, and a last line that had to
  // shrink to fit, whose glyphs the breaker narrowed with its spaces (font expansion): drawn
  // with its glyphs at their own width, it ran past the margin by what they would have given.
  const stretchy = style.align === "justify" && (!last || b.ratio < 0);
  const drawn = drawnWidths(items, b);
  const brk = items[b.end];
  const hang = brk && brk.t !== "box" ? (brk.hang ?? 0) : 0;
  const { scale, glue } = stretchy
    ? shares(items, b, drawn, width + hang)
    : { scale: 1, glue: Math.min(0, b.ratio) };
  const segments: Segment[] = [];
  const levels: number[] = [];
  let x = 0;
  let cur: Segment | null = null;
  let space = null as Space | null;
  for (const i of lineOrder(items, b, bidi)) {
    const it = items[i] as Item;
    if (it.t === "glue") {
      const extra = glue >= 0 ? glue * it.stretch : glue * it.shrink;
      const w = it.w + extra;
      // Spaces in a row (two no-break spaces typed, "NB  E1C"): each is drawn, not the last
      // alone, or the text would end short of where the line was measured to end.
      space =
        space && !space.gap && !it.gap
          ? { ...space, w: space.w + w, count: space.count + 1 }
          : { w, extra, look: it.look, gap: !!it.gap, count: 1 };
      x += w;
      continue;
    }
    if (isIndent(it)) {
      x += it.w;
      continue;
    }
    const piece = it.t === "box" ? boxPiece(it, (drawn.get(i) ?? it.w) * scale) : hyphen(it, scale);
    const level = bidi?.levels[i] ?? 0;
    if (cur && levels[levels.length - 1] === level && joins(cur, piece.look, space)) {
      const gap = space && !space.gap ? " ".repeat(space.count) : "";
      if (space && !space.gap) {
        cur.wordSpacing = space.extra;
        cur.width += space.w;
      }
      // A right-to-left stretch is met from its end: its text stays in logical order.
      cur.text = level % 2 ? piece.text + gap + cur.text : cur.text + gap + piece.text;
      cur.width += piece.w;
    } else {
      cur = { x, text: piece.text, look: piece.look, wordSpacing: 0, width: piece.w, scale };
      if (segments.length > 0 && !bidi) cur.joint = !space ? "none" : space.gap ? "gap" : "space";
      segments.push(cur);
      levels.push(level);
    }
    space = null;
    x += piece.w;
  }
  if (bidi) drawnRightToLeft(segments, levels, bidi.mirror ? x : null);
  const offset =
    style.align === "center" ? (width - x) / 2 : style.align === "right" ? width - x : 0;
  for (const s of segments) s.x += offset;
  const lastSeg = segments[segments.length - 1];
  if (stretchy && hang > 0 && lastSeg) lastSeg.hang = hang;
  return { segments, width: x, ink: inkOf(segments) };
}

/**
 * Whether a piece goes on the segment before it. Why one segment per same-look stretch:
 * pdfkit then writes one text run with word spacing, which keeps the PDF small and its text
 * extractable as a line. A gap between CJK characters prints nothing: the segment goes on
 * only if it did not grow.
 */
/** The space before the next piece of a line: its width, stretch and how many spaces it is. */
interface Space {
  w: number;
  extra: number;
  look: Look;
  gap: boolean;
  count: number;
}

function joins(cur: Segment, look: Look, space: Space | null): boolean {
  if (!sameLook(cur.look, look)) return false;
  if (!space) return true;
  if (space.gap) return space.w === 0;
  return sameLook(space.look, look) && (!cur.text.includes(" ") || cur.wordSpacing === space.extra);
}

/**
 * The items of a line in the order they are drawn: logical, or visual for a paragraph with
 * right-to-left text. A hyphen added at the break comes last, after the box it ends.
 */
function lineOrder(items: Item[], b: LineBreak, bidi: ParagraphBidi | null): number[] {
  const order: number[] = [];
  for (let i = b.start; i < b.end; i++) if (items[i]?.t !== "penalty") order.push(i);
  const brk = items[b.end];
  if (brk?.t === "penalty" && brk.text && brk.look) order.push(b.end);
  return bidi ? visualOrder(order, bidi.levels) : order;
}

function boxPiece(it: Item & { t: "box" }, w: number): { text: string; w: number; look: Look } {
  return { text: it.text, w, look: it.look };
}

/**
 * An added hyphen is a soft hyphen in the text: the writer draws a hyphen and marks it so
 * that copying the text joins the word again.
 */
function hyphen(brk: Item, scale: number): { text: string; w: number; look: Look } {
  const p = brk as Item & { t: "penalty"; look: Look };
  return { text: isDiscretionary(p) ? "\u00AD" : p.text, w: p.w * scale, look: p.look };
}

/**
 * Right-to-left pieces without letters of their own drawn reversed and mirrored; and, in a
 * letter whose pages are mirrored afterwards, the segments placed mirrored in the line so
 * that they come out in visual order.
 */
function drawnRightToLeft(segments: Segment[], levels: number[], mirrorIn: number | null): void {
  segments.forEach((s, k) => {
    const level = levels[k] ?? 0;
    if (level % 2 === 1 && hasRightToLeft(s.text)) s.rtl = true;
    else s.text = drawnText(s.text, level);
    if (mirrorIn !== null) s.x = mirrorIn - s.x - s.width;
  });
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
  // A first line's indent keeps its width: glyphs widen, room does not.
  let room = 0;
  for (let i = b.start; i < b.end; i++) {
    const it = items[i] as Item;
    if (isIndent(it)) room += it.w;
    else if (it.t === "box") {
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
  return { scale, glue: (width - text * scale - glueW - room) / give };
}

/**
 * Widths of boxes that are drawn otherwise than measured: the rest of a word broken inside it
 * (at an added hyphen, after a hyphen it has, in a web address) is shaped on its own at the
 * start of the line, so it is measured so here. Why every such break: measured inside the
 * word, ".gov.uk" after "www" is kerned against a "w" it no longer follows, and drawn wider
 * than that it ran into the space after it.
 */
function drawnWidths(items: Item[], b: LineBreak): Map<number, number> {
  const out = new Map<number, number>();
  const before = items[b.start - 1];
  if (before?.t !== "penalty" || !before.flagged) return out;
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

import type { Run } from "../model/letter-doc.js";
import type { TextStyle } from "../model/style.js";
import { firstFit, knuthPlass, type LineBreak, withRatios } from "./break-lines.js";
import {
  buildItems,
  FORCED,
  type Item,
  type ItemContext,
  type Look,
  splitOverlong,
} from "./items.js";

/** A piece of a line in one look, positioned relative to the line's left edge. */
export interface Segment {
  x: number;
  text: string;
  look: Look;
  wordSpacing: number;
  width: number;
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
  const breaks =
    ctx.style.align === "justify" ? justified(items, width, ctx.warn) : firstFit(items, width);
  return breaks.map((b, i) => setLine(items, b, width, ctx.style, i === breaks.length - 1));
}

function justified(items: Item[], width: number, warn: (m: string) => void): LineBreak[] {
  for (const tolerance of [1.5, 3, 8]) {
    const lines = knuthPlass(items, width, tolerance);
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
  const r = stretchy ? b.ratio : Math.min(0, b.ratio);
  const segments: Segment[] = [];
  let x = 0;
  let cur: Segment | null = null;
  let space: { w: number; extra: number; look: Look } | null = null;
  for (let i = b.start; i < b.end; i++) {
    const it = items[i] as Item;
    if (it.t === "penalty") continue;
    if (it.t === "glue") {
      const extra = r >= 0 ? r * it.stretch : r * it.shrink;
      space = { w: it.w + extra, extra, look: it.look };
      x += space.w;
      continue;
    }
    // Why one segment per same-look stretch: pdfkit then writes one text run with word
    // spacing, which keeps the PDF small and its text extractable as a line.
    const joins =
      cur &&
      sameLook(cur.look, it.look) &&
      (!space ||
        (sameLook(space.look, it.look) &&
          (!cur.text.includes(" ") || cur.wordSpacing === space.extra)));
    if (cur && joins) {
      if (space) {
        cur.text += " ";
        cur.wordSpacing = space.extra;
        cur.width += space.w;
      }
      cur.text += it.text;
      cur.width += it.w;
    } else {
      cur = { x, text: it.text, look: it.look, wordSpacing: 0, width: it.w };
      segments.push(cur);
    }
    space = null;
    x += it.w;
  }
  const brk = items[b.end];
  if (brk?.t === "penalty" && brk.text && brk.look) {
    const lastSeg = segments[segments.length - 1];
    if (lastSeg && sameLook(lastSeg.look, brk.look)) {
      lastSeg.text += brk.text;
      lastSeg.width += brk.w;
    } else segments.push({ x, text: brk.text, look: brk.look, wordSpacing: 0, width: brk.w });
    x += brk.w;
  }
  const offset =
    style.align === "center" ? (width - x) / 2 : style.align === "right" ? width - x : 0;
  for (const s of segments) s.x += offset;
  return { segments, width: x };
}

function sameLook(a: Look, b: Look): boolean {
  return (
    a.face === b.face &&
    a.size === b.size &&
    a.href === b.href &&
    a.color === b.color &&
    a.tracking === b.tracking &&
    a.rise === b.rise
  );
}

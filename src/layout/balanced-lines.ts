import { breaksField, firstFit, type LineBreak } from "./break-lines.js";
import type { Item } from "./paragraph-items.js";

/**
 * The most lines a centred paragraph has for its lines to be balanced: a title or a heading,
 * as browsers balance them (`text-wrap: balance`, at most six lines in Chrome).
 */
const MAX_BALANCED_LINES = 6;
/** How close the search for the narrowest width comes to it, in points. */
const PRECISION = 0.5;

/**
 * A centred paragraph's lines, as even as they go: broken first-fit at the narrowest width
 * that still gives as many lines, so "Open letter to the Member States of the United" /
 * "Nations" reads "Open letter to the Member" / "States of the United Nations", no word alone
 * on the last line, as typographers set a display line. The lines are then centred in the full width. No more
 * breaks inside words, nor inside the fields of a line of fields, than first-fit at the full
 * width makes; a paragraph of one line, or of more than six, is broken first-fit.
 */
export function balancedLines(items: Item[], lineWidth: number): LineBreak[] {
  const full = firstFit(items, lineWidth);
  if (full.length < 2 || full.length > MAX_BALANCED_LINES) return full;
  const inWords = wordBreaks(items, full);
  const inFields = fieldBreaks(items, full, lineWidth);
  let best = full;
  let lo = lineWidth / full.length;
  let hi = lineWidth;
  while (hi - lo > PRECISION) {
    const mid = (lo + hi) / 2;
    const lines = firstFit(items, mid);
    if (
      lines.length === full.length &&
      wordBreaks(items, lines) <= inWords &&
      fieldBreaks(items, lines, mid) <= inFields
    ) {
      best = lines;
      hi = mid;
    } else lo = mid;
  }
  return best;
}

/**
 * A flush-left or flush-right paragraph's lines filled, unless that leaves one word alone on
 * the last line ("Stellenbosch Munisipaliteit — Direktoraat" / "Infrastruktuurdienste"): then
 * balanced, as `balancedLines` breaks them, provided the balanced lines end only at spaces. Why not balance always: balancing does not know where a
 * name may break, and moves breaks that filling put well ("… THƯƠNG MẠI ĐỒNG BẰNG" / "SÔNG CỬU
 * LONG" balanced split "THƯƠNG" / "MẠI", one Vietnamese word of two syllables); a last line of
 * several words is left as filled, and text without spaces (Chinese, Japanese) is never moved.
 */
export function lastWordCarried(items: Item[], lineWidth: number): LineBreak[] {
  const full = firstFit(items, lineWidth);
  const last = full[full.length - 1];
  if (!last || full.length < 2) return full;
  if (items.slice(last.start, last.end).some(isSpace)) return full;
  const even = balancedLines(items, lineWidth);
  return even.slice(0, -1).every((l) => isSpace(items[l.end])) ? even : full;
}

/** A word space: not the gap set between Chinese and Latin, nor the glue that ends a paragraph. */
function isSpace(item: Item | undefined): boolean {
  return item?.t === "glue" && !item.gap && item.w > 0;
}

/** How many lines end inside a word: at an added hyphen, or a free break in a word or address. */
function wordBreaks(items: Item[], lines: LineBreak[]): number {
  return lines.filter((l) => {
    const at = items[l.end];
    return at?.t === "penalty" && at.flagged;
  }).length;
}

/**
 * How many lines end inside a field of a line of fields that fits whole on a line `width`
 * wide (breaksField): "(916)⏎651-4012", where the break at the separator before it made as
 * many lines at the width tried. A field wider than that breaks anyway.
 */
function fieldBreaks(items: Item[], lines: LineBreak[], width: number): number {
  return lines.slice(0, -1).filter((l) => breaksField(items, l.end, width)).length;
}

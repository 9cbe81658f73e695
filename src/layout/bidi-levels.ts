import { largest, smallest } from "../largest.js";
import {
  type Direction,
  embeddingLevels,
  paragraphDirection,
  RIGHT_TO_LEFT,
} from "../model/direction.js";
import { type Item, width } from "./paragraph-items.js";

/**
 * The Unicode bidirectional algorithm (UAX #9, by bidi-js) on a paragraph's items. Lines are
 * broken in logical order; each set line is then put in visual order (`visualOrder`) from the
 * levels found here. Why on items rather than on the text: a line is made of items, and the
 * same items are drawn; each box gets the one level its characters share.
 */

export type { Direction };

/** The bidi levels of a paragraph's items (after boxes holding several were split). */
export interface ParagraphBidi {
  items: Item[];
  levels: number[];
  /** The paragraph's own level: 1 right to left, 0 left to right. */
  base: number;
  /** The lines are set for a page that is mirrored afterwards (a right-to-left letter). */
  mirror: boolean;
}

/**
 * Levels of the items of a paragraph whose base direction is `dir` (the letter's, or its
 * passage's: model/direction.ts, blockDirection), or null when the text is left to right
 * throughout in a left-to-right letter. Why null: a Latin paragraph then takes exactly the
 * path it took before bidi existed, and its PDF stays byte for byte the same.
 */
export function paragraphBidi(items: Item[], dir: Direction): ParagraphBidi | null {
  // Box by box first: most paragraphs end here, without their text joined.
  const rightToLeft = items.some((it) => it.t === "box" && RIGHT_TO_LEFT.test(it.text));
  if (dir === "ltr" && !rightToLeft) return null;
  const text = items.map(textOf).join("");
  const way = paragraphDirection(text, dir);
  const levels = embeddingLevels(signedNumbers(text), way);
  const base = way === "rtl" ? 1 : 0;
  const out: Item[] = [];
  const outLevels: number[] = [];
  let at = 0;
  for (const it of items) {
    const t = textOf(it);
    const pieces = it.t === "box" ? byLevel(it.text, levels, at) : [];
    if (it.t === "box" && pieces.length > 1)
      for (const p of pieces) {
        out.push({ ...it, text: p.text, w: width(it.look.face, p.text, it.look) });
        outLevels.push(p.level);
      }
    else {
      out.push(it);
      outLevels.push(t ? (levels[at] ?? base) : (outLevels[outLevels.length - 1] ?? base));
    }
    at += t.length;
  }
  return { items: out, levels: outLevels, base, mirror: dir === "rtl" };
}

/**
 * A "+" written onto a number as its sign ("+224 62 12 34 56", "(+961 1 555 019)"), not one
 * between numbers ("2 + 2"): where a word or a bracket starts, before a digit.
 */
const NUMBER_SIGN = /(?<=^|[\s\u00a0([{])\+(?=\p{Nd})/gu;

/**
 * The paragraph's text as the bidi algorithm reads it: each number's "+" as a left-to-right
 * mark (U+200E), which is one UTF-16 unit as "+" is, so every index still meets its item's.
 * Why: UAX #9 reads a "+" before a number as a neutral (W5 joins only a sign between two
 * numbers), which between right-to-left words resolves right to left, so an international
 * number in Arabic text showed its "+" at its right end ("224 62 12 34 56+"); the strong
 * left-to-right mark makes its digits left to right (W7) and the number one run with its sign,
 * as Unicode advises marking one. Why here and not in the text: the mark would be copied into
 * the plain text and the PDF's text, where a dialler or a search meets an invisible character,
 * and a reader's own bidi is left to read "+" as it does; only the levels need it.
 */
function signedNumbers(text: string): string {
  return text.includes("+") ? text.replace(NUMBER_SIGN, "\u200e") : text;
}

/** The characters an item stands for in the paragraph's text: a space for a space. */
function textOf(it: Item): string {
  if (it.t === "box") return it.text;
  if (it.t !== "glue" || it.gap) return "";
  // A tie's space as the no-break space it was: between two digits it joins them (UAX #9 W4).
  return it.tie ? "\u00a0" : " ";
}

/** A box's text cut where the level changes (an Arabic word with digits glued to it). */
function byLevel(text: string, levels: Uint8Array, at: number): { text: string; level: number }[] {
  const out: { text: string; level: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    const level = levels[at + i] ?? 0;
    const last = out[out.length - 1];
    // A low surrogate stays with its high one, whatever level it was given.
    const trail = i > 0 && /[\udc00-\udfff]/.test(text[i] ?? "");
    if (last && (last.level === level || trail)) last.text += text[i];
    else out.push({ text: text[i] ?? "", level });
  }
  return out;
}

/**
 * The indices of a line's items in the order they are drawn, left to right (UAX #9, L2):
 * from the highest level down to the lowest odd one, every stretch at that level or higher
 * is reversed.
 */
export function visualOrder(indices: number[], levels: number[]): number[] {
  const order = [...indices];
  const lv = order.map((i) => levels[i] ?? 0);
  const highest = largest(lv, 0);
  const lowestOdd = smallest(lv.map((l) => (l % 2 === 1 ? l : l + 1)));
  for (let level = highest; level >= lowestOdd; level--) {
    for (let i = 0; i < order.length; ) {
      if ((lv[i] ?? 0) < level) {
        i++;
        continue;
      }
      let j = i;
      while (j < order.length && (lv[j] ?? 0) >= level) j++;
      reverse(order, i, j);
      reverse(lv, i, j);
      i = j;
    }
  }
  return order;
}

function reverse<T>(a: T[], from: number, to: number): void {
  for (let i = from, j = to - 1; i < j; i++, j--) [a[i], a[j]] = [a[j] as T, a[i] as T];
}

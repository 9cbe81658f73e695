import { drawnSize } from "./font-book.js";
import type { Segment } from "./set-lines.js";

/**
 * The least white between the lowest ink of a line and the highest of the next, as a share of
 * the text size: a twentieth of an em, half a point at 10 pt (TeX's \lineskiplimit, made
 * relative to the size).
 */
const LEAST_GAP = 0.05;

/** How far a set line's glyphs reach above its baseline and below it, in points. */
export interface LineInk {
  above: number;
  below: number;
}

/**
 * Where the ink of a unit's first line reaches up to, or of its last line down to (`y` from
 * the unit's top), and the least white it keeps from the ink of the unit above or below it
 * (`least`, a twentieth of its size): what pagination keeps apart between units, as
 * `lineSkips` does within a paragraph.
 */
export interface InkEdge {
  y: number;
  least: number;
}

/** A set line's ink where it is placed: its baseline `y` from the top of its unit. */
export interface PlacedInk {
  ink: LineInk;
  y: number;
  size: number;
}

/**
 * The edges of a unit's ink from the lines it paints: the highest reach of any and the
 * lowest (the lines of a table row's cells side by side, a signer's name and titles).
 */
export function inkEdges(lines: PlacedInk[]): { inkTop?: InkEdge; inkBottom?: InkEdge } {
  let inkTop: InkEdge | undefined;
  let inkBottom: InkEdge | undefined;
  for (const { ink, y, size } of lines) {
    const least = leastGap(size);
    if (!inkTop || y - ink.above < inkTop.y) inkTop = { y: y - ink.above, least };
    if (!inkBottom || y + ink.below > inkBottom.y) inkBottom = { y: y + ink.below, least };
  }
  return inkTop && inkBottom ? { inkTop, inkBottom } : {};
}

/** The least white between the ink of two lines of text of `size`. */
export function leastGap(size: number): number {
  return LEAST_GAP * size;
}

/**
 * How much farther apart than `clear` (the white left between two lines' ink as they are
 * placed) they must stand to keep `least` between them: 0 for most lines.
 */
export function skipFor(clear: number, least: number): number {
  return clear < least ? least - clear : 0;
}

/**
 * How much lower than the leading puts it each line of a paragraph must stand so that its
 * glyphs keep LEAST_GAP from those of the line above: 0 for the first line and for most
 * lines. Why: a style's leading suits the letters it was chosen for, and Vietnamese capitals
 * carry two accents stacked ("NGUYỄN", "ỆNH") that reach above the font's ascent; under a line
 * with descenders or dots below ("THỊ"), they touched it. TeX does the same between boxes
 * (\lineskip): the lines keep their leading unless their contents would touch.
 */
export function lineSkips(inks: LineInk[], leading: number, size: number): number[] {
  return inks.map((ink, i) => {
    const above = inks[i - 1];
    if (!above) return 0;
    return skipFor(leading - above.below - ink.above, leastGap(size));
  });
}

/** A line's ink, word by word: the words are shaped already (measuring shaped them). */
export function inkOf(segments: readonly Segment[]): LineInk {
  let above = 0;
  let below = 0;
  for (const s of segments) {
    const { face, size, rise = 0 } = s.look;
    const drawn = drawnSize(face, size);
    for (const word of s.text.split(" ")) {
      if (word === "") continue;
      const ink = face.runs.inkOf(face.path, face.font, word, face.lang);
      above = Math.max(above, (ink.top * drawn) / 1000 + rise);
      below = Math.max(below, (-ink.bottom * drawn) / 1000 - rise);
    }
  }
  return { above, below };
}

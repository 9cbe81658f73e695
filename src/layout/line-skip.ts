import type { SetLine } from "./set-lines.js";

/**
 * The least white between the lowest ink of a line and the highest of the next, as a share of
 * the text size: a twentieth of an em, half a point at 10 pt (TeX's \lineskiplimit, made
 * relative to the size).
 */
const LEAST_GAP = 0.05;

/** How far a set line's glyphs reach above its baseline and below it, in points. */
interface LineInk {
  above: number;
  below: number;
}

/**
 * How much lower than the leading puts it each line of a paragraph must stand so that its
 * glyphs keep LEAST_GAP from those of the line above: 0 for the first line and for most
 * lines. Why: a style's leading suits the letters it was chosen for, and Vietnamese capitals
 * carry two accents stacked ("NGUYỄN", "ỆNH") that reach above the font's ascent; under a line
 * with descenders or dots below ("THỊ"), they touched it. TeX does the same between boxes
 * (\lineskip): the lines keep their leading unless their contents would touch.
 */
export function lineSkips(lines: SetLine[], leading: number, size: number): number[] {
  const inks = lines.map(inkOf);
  return inks.map((ink, i) => {
    const above = inks[i - 1];
    if (!above) return 0;
    const gap = leading - above.below - ink.above;
    return gap < LEAST_GAP * size ? LEAST_GAP * size - gap : 0;
  });
}

/** A line's ink, word by word: the words are shaped already (measuring shaped them). */
function inkOf(line: SetLine): LineInk {
  let above = 0;
  let below = 0;
  for (const s of line.segments) {
    const { face, size, rise = 0 } = s.look;
    for (const word of s.text.split(" ")) {
      if (word === "") continue;
      const ink = face.runs.inkOf(face.path, face.font, word);
      above = Math.max(above, (ink.top * size) / 1000 + rise);
      below = Math.max(below, (-ink.bottom * size) / 1000 - rise);
    }
  }
  return { above, below };
}

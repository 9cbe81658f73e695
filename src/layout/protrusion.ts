import type { Item, Look } from "./paragraph-items.js";
import { width } from "./paragraph-items.js";

/**
 * How much of a character may hang into the right margin at the end of a justified line, as
 * a share of its width (margin kerning, as microtype's defaults do it). Why: a line ending in
 * a light mark (a full stop, a comma, a hyphen) looks indented at the margin when the mark
 * sits inside it; letting it hang makes the edge look straight and gives the breaker room.
 */
const HANG: Record<string, number> = {
  ".": 0.7,
  ",": 0.7,
  "-": 0.7,
  "\u2010": 0.7,
  "\u2013": 0.5,
  "\u2014": 0.3,
  ":": 0.5,
  ";": 0.5,
  "!": 0.2,
  "?": 0.2,
  "\u2019": 0.7,
  "\u201D": 0.7,
  "'": 0.7,
  '"': 0.5,
  "\u00BB": 0.5,
  ")": 0.1,
};

/** Marks each legal break of justified items with how far its line may hang out. */
export function markHangs(items: Item[]): void {
  items.forEach((it, i) => {
    if (it.t === "penalty" && it.text && it.look) {
      it.hang = hangOf(it.text, it.look);
      return;
    }
    const before = items[i - 1];
    if (it.t === "glue" && before?.t === "box") it.hang = hangOf(before.text, before.look);
  });
}

function hangOf(text: string, look: Look): number {
  const last = [...text].pop() ?? "";
  const share = HANG[last];
  return share ? share * width(look.face, last, look) : 0;
}

import { CJK } from "./cjk-latin-space.js";
import { draws, type Face } from "./font-book.js";
import {
  type BoxItem,
  FORCED,
  type Item,
  type Look,
  type PenaltyItem,
  width,
} from "./paragraph-items.js";

/** Characters of no script of their own: digits, punctuation, symbols, combining marks. */
const NEUTRAL = /^[\p{Script=Common}\p{Script=Inherited}]+$/u;

/**
 * Sets digits and punctuation inside a run of a script that a fallback face draws in that
 * face: "2025 წლის 20 თებერვლის" had its Georgian in DejaVu and its numbers in the serif
 * main face, two designs in one phrase. Characters are given a face one by one (the first of
 * the chain that draws them, paragraph-items.ts), and the main face draws digits; here a run
 * of boxes of neutral characters (NEUTRAL) between two boxes of letters in the same face takes
 * that face, if it draws them all, as script itemization gives neutral characters the script
 * around them (UAX #24). A run at the paragraph's start or end (or a forced line break's) has
 * a word on one side only; the paragraph's edge counts as a word in the face most of its
 * letters are in, so the run takes the face of the word beside it where that is the
 * paragraph's own ("0160 თბილისი", "… 2024 წლის 20 მარტს, 2024."), as a run between two words
 * does, and stays in the main face after a word of another script that a paragraph quotes
 * ("Tbilisi (თბილისი), 2025"). Before, it took a face only where all the paragraph's letters
 * were in one: "2024." after a Georgian paragraph's last word stayed in the main face where
 * the paragraph named the "ITU". So does a hyphen added where a word of them breaks. Not
 * beside Chinese or Japanese: there Latin letters and digits are Western characters, set in
 * the Western face with a quarter em between (cjk-latin-space.ts), as CLREQ and JIS X 4051
 * set them. Only between words of the box's own weight and slant (`styles`, each item's, as
 * buildItems records them): "call **0800 051 7720** now" had its bold number set in the
 * regular face of the words around it, which draws digits too. Changes `items` in place.
 */
export function neutralFaces(items: Item[], styles: readonly string[]): void {
  const letters = lettered(items);
  const own = mostLetters(items, letters);
  let before: BoxItem | undefined;
  let pending: number[] = [];
  let beforeAt = -1;
  const settle = (after: BoxItem | undefined, afterAt: number) => {
    // Most words have no neutral run before them: nothing to settle, nothing to allocate.
    if (pending.length === 0) return;
    const face = sharedFace(before, after, own);
    const sides = [beforeAt, afterAt].filter((at) => at >= 0);
    for (const k of face ? pending : [])
      if (sides.every((at) => styles[at] === styles[k]))
        reface(items, k, face as Face, (before ?? after) as BoxItem);
    pending = [];
  };
  items.forEach((it, i) => {
    if (it.t === "penalty" && it.p <= FORCED) {
      settle(undefined, -1);
      before = undefined;
      beforeAt = -1;
    } else if (it.t === "penalty" && it.text !== "" && it.look) pending.push(i);
    else if (it.t === "box" && it.text !== "") {
      if (!letters.has(i)) pending.push(i);
      else {
        settle(it, i);
        before = it;
        beforeAt = i;
      }
    }
  });
  settle(undefined, -1);
}

/** The indexes of the boxes that hold letters (a character of a script). */
function lettered(items: Item[]): Set<number> {
  const out = new Set<number>();
  items.forEach((it, i) => {
    if (it.t === "box" && it.text !== "" && !NEUTRAL.test(it.text)) out.add(i);
  });
  return out;
}

/** The face most of the lettered boxes' characters are in, if one has more than any other. */
function mostLetters(items: Item[], letters: Set<number>): Face | undefined {
  const counts = new Map<Face, number>();
  for (const i of letters) {
    const box = items[i] as BoxItem;
    counts.set(box.look.face, (counts.get(box.look.face) ?? 0) + [...box.text].length);
  }
  const ranked = [...counts].sort((x, y) => y[1] - x[1]);
  const [first, second] = ranked;
  return first && (!second || second[1] < first[1]) ? first[0] : undefined;
}

/**
 * The face neutral boxes between `before` and `after` take: theirs if both are in it, or if
 * one is and the other side is the paragraph's edge, its own face `own`; none beside Chinese
 * or Japanese.
 */
function sharedFace(
  before: BoxItem | undefined,
  after: BoxItem | undefined,
  own: Face | undefined,
): Face | undefined {
  if ((before && CJK.test(before.text)) || (after && CJK.test(after.text))) return undefined;
  const a = before?.look.face ?? own;
  const b = after?.look.face ?? own;
  return a && a === b && (before || after) ? a : undefined;
}

/**
 * The box (or a hyphen added where the line breaks) at `k` set in `face`, with the look of the
 * letters beside it if it is theirs but for the face.
 */
function reface(items: Item[], k: number, face: Face, beside: BoxItem): void {
  const box = items[k] as BoxItem | (PenaltyItem & { look: Look });
  if (box.look.face === face || ![...box.text].every((ch) => draws(face, ch))) return;
  const look: Look = sameButFace(box.look, beside.look) ? beside.look : { ...box.look, face };
  items[k] = { ...box, look, w: width(face, box.text, look) };
}

function sameButFace(a: Look, b: Look): boolean {
  return (
    a.size === b.size &&
    a.tracking === b.tracking &&
    a.color === b.color &&
    a.href === b.href &&
    a.rise === b.rise &&
    a.note === b.note &&
    a.lang === b.lang
  );
}

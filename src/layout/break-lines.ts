import { isLoneCharacter } from "../model/lone-character.js";
import type { TieReach } from "../model/ties.js";
import {
  breaksAt,
  FORCED,
  type Item,
  itemsText,
  type PenaltyItem,
  startsLine,
} from "./paragraph-items.js";

/** A chosen line: items [start, end) and the break item at `end` (or items.length). */
export interface LineBreak {
  start: number;
  end: number;
  /** Adjustment ratio: >0 stretches glue, <0 shrinks it. */
  ratio: number;
}

interface Node {
  pos: number;
  line: number;
  fitness: number;
  /** Hyphenated line ends in a row, up to and including this break. */
  hyphens: number;
  w: number;
  y: number;
  z: number;
  demerits: number;
  prev: Node | null;
}

/** How a pass may break: its tolerance (largest adjustment ratio) and what it allows. */
export interface PassOptions {
  tolerance: number;
  /** Whether discretionary hyphens (added at hyphenation points) may be taken. */
  hyphenate: boolean;
  /** Most hyphenated line ends in a row. */
  maxHyphensInRow: number;
  /** Whether soft ties (a day and its month) may be broken, at their penalty. */
  softTies?: boolean;
  /** Which ties may be broken, at their kind's cost (penaltyOf): none where unset. */
  ties?: TieReach;
}

/** What a break at `it` costs: its penalty, a tie's by its kind. */
function penaltyOf(it: PenaltyItem): number {
  if (it.tie === "area") return AREA_TIE_PENALTY;
  return it.tie === "label" ? LABEL_TIE_PENALTY : it.p;
}

/**
 * Most line ends in a row at a break inside a word (an added hyphen, a word's own hyphen), as
 * word processors' "limit consecutive hyphens" and TeX's passes here keep them: a column of
 * hyphens down the right edge reads as a stutter, justified or ragged.
 */
export const MAX_HYPHENS_IN_ROW = 2;

const LINE_PENALTY = 10;

/**
 * A break after an area code costs as much as a line of adjustment ratio about 2 (its spaces
 * twice their width): the loose passes break a telephone number there ("(19)" / "2116-0555")
 * rather than set a line looser than that, as TeX's `~` would with a finite penalty. Why not
 * never: a phone number tied whole left a line of spaces three and a half times their width.
 */
const AREA_TIE_PENALTY = 1000;

/**
 * A break between a number and its label or unit ("No" / "5", "10" / "kg") costs as much as
 * the loosest line any pass sets (adjustment ratio 8): only the last pass breaks it, where
 * nothing else fits, and there as seldom as it can. Why finite: else an overfull line.
 */
const LABEL_TIE_PENALTY = LINE_PENALTY + 100 * 8 ** 3;

/** Like TeX's doublehyphendemerits: two hyphenated lines in a row cost extra. */
const FLAGGED_DEMERITS = 10000;
/**
 * Like TeX's \finalhyphendemerits: a hyphen in the second-to-last line leaves the word's tail
 * on the last line, often alone ("ment.").
 */
const FINAL_HYPHEN_DEMERITS = 5000;
/** Like TeX's adjdemerits: a tight line next to a loose one looks worse than either alone. */
const FITNESS_DEMERITS = 10000;
/**
 * A paragraph's last line holding one word, or one piece of Chinese or Japanese ("た。"): a
 * runt, which Typst avoids by default too, when the lines before need not be much looser.
 */
const RUNT_DEMERITS = 5000;

/**
 * Knuth–Plass total-fit line breaking. Why not first-fit: it chooses all breaks of a paragraph
 * together, which keeps word spacing even from line to line — the complaint about most
 * non-TeX tools. Boxes with `ex` (font expansion) stretch and shrink with the glue. Returns
 * null if no set of breaks keeps every ratio within the tolerance.
 */
export function knuthPlass(
  items: Item[],
  lineWidth: number,
  pass: PassOptions | number,
): LineBreak[] | null {
  const opts =
    typeof pass === "number"
      ? { tolerance: pass, hyphenate: true, maxHyphensInRow: Number.POSITIVE_INFINITY }
      : pass;
  const n = items.length;
  const sw = new Float64Array(n + 1);
  const sy = new Float64Array(n + 1);
  const sz = new Float64Array(n + 1);
  for (let i = 0; i < n; i++) {
    const it = items[i] as Item;
    const give = it.t === "box" ? (it.ex ?? 0) : 0;
    sw[i + 1] = (sw[i] ?? 0) + (it.t === "penalty" ? 0 : it.w);
    sy[i + 1] = (sy[i] ?? 0) + (it.t === "glue" ? it.stretch : give);
    sz[i + 1] = (sz[i] ?? 0) + (it.t === "glue" ? it.shrink : give);
  }
  // The last place before the paragraph's end where a line may break: a last line that
  // starts there or after holds one word.
  let lastInner = -1;
  for (let k = n - 3; k > 0 && lastInner < 0; k--)
    if (breaksAt(items[k] as Item, items[k - 1], opts.hyphenate, opts.softTies, opts.ties))
      lastInner = k;
  let active: Node[] = [
    { pos: 0, line: 0, fitness: 1, hyphens: 0, w: 0, y: 0, z: 0, demerits: 0, prev: null },
  ];
  for (let i = 0; i < n; i++) {
    const it = items[i] as Item;
    if (!breaksAt(it, items[i - 1], opts.hyphenate, opts.softTies, opts.ties)) continue;
    const flagged = it.t === "penalty" && it.flagged;
    // The best new break per fitness class and hyphen run: a break that ends a second
    // hyphenated line in a row must not hide one that leaves the next line free to hyphenate.
    const best = new Map<number, Node>();
    const next: Node[] = [];
    for (const a of active) {
      const r = ratio(a, i, it, sw, sy, sz, lineWidth);
      const forced = it.t === "penalty" && it.p <= FORCED;
      const hyphens = flagged ? a.hyphens + 1 : 0;
      if (r >= -1 && r <= opts.tolerance && hyphens <= opts.maxHyphensInRow) {
        const fitness = r < -0.5 ? 0 : r <= 0.5 ? 1 : r <= 1 ? 2 : 3;
        const runt = i === n - 1 && a.prev !== null && a.pos >= lastInner;
        const d =
          demerits(r, it, items[a.pos], a.prev !== null, i === n - 1) +
          (Math.abs(fitness - a.fitness) > 1 ? FITNESS_DEMERITS : 0) +
          (runt ? RUNT_DEMERITS : 0) +
          a.demerits;
        const key = fitness * 4 + Math.min(hyphens, 3);
        const cur = best.get(key);
        if (!cur || d < cur.demerits)
          best.set(key, {
            pos: i,
            line: a.line + 1,
            fitness,
            hyphens,
            w: 0,
            y: 0,
            z: 0,
            demerits: d,
            prev: a,
          });
      }
      if (!(r < -1 || forced)) next.push(a);
    }
    active = next;
    const after = totalsAfter(items, i, sw, sy, sz);
    for (const b of best.values()) active.push({ ...b, ...after });
    if (active.length === 0) return null;
  }
  let end: Node | null = null;
  for (const a of active) if (a.pos === n - 1 && (!end || a.demerits < end.demerits)) end = a;
  if (!end) return null;
  return unwind(end, items, sw, sy, sz, lineWidth);
}

function ratio(
  a: Node,
  i: number,
  it: Item,
  sw: Float64Array,
  sy: Float64Array,
  sz: Float64Array,
  L: number,
): number {
  const w =
    (sw[i] ?? 0) - a.w + (it.t === "penalty" ? it.w : 0) - (it.t === "box" ? 0 : (it.hang ?? 0));
  if (w < L) {
    const y = (sy[i] ?? 0) - a.y;
    return y > 0 ? (L - w) / y : Number.POSITIVE_INFINITY;
  }
  if (w > L) {
    const z = (sz[i] ?? 0) - a.z;
    return z > 0 ? (L - w) / z : Number.NEGATIVE_INFINITY;
  }
  return 0;
}

function demerits(
  r: number,
  it: Item,
  prevBreak: Item | undefined,
  hasPrev: boolean,
  last: boolean,
): number {
  const badness = 100 * Math.abs(r) ** 3;
  const p = it.t === "penalty" ? penaltyOf(it) : 0;
  let d = (LINE_PENALTY + badness) ** 2;
  if (p >= 0) d += p * p;
  else if (p > FORCED) d -= p * p;
  const afterHyphen = hasPrev && prevBreak?.t === "penalty" && prevBreak.flagged;
  if (afterHyphen && it.t === "penalty" && it.flagged) d += FLAGGED_DEMERITS;
  if (afterHyphen && last) d += FINAL_HYPHEN_DEMERITS;
  return d;
}

/**
 * Totals from just after a break: glue, penalties and a field separator at the start of a line
 * are dropped.
 */
function totalsAfter(
  items: Item[],
  i: number,
  sw: Float64Array,
  sy: Float64Array,
  sz: Float64Array,
) {
  let j = i;
  while (j < items.length) {
    const it = items[j] as Item;
    if (startsLine(it) || (j > i && it.t === "penalty" && it.p <= FORCED)) break;
    j++;
  }
  return { w: sw[j] ?? 0, y: sy[j] ?? 0, z: sz[j] ?? 0 };
}

function unwind(
  end: Node,
  items: Item[],
  sw: Float64Array,
  sy: Float64Array,
  sz: Float64Array,
  L: number,
): LineBreak[] {
  const nodes: Node[] = [];
  for (let n: Node | null = end; n?.prev; n = n.prev) nodes.unshift(n);
  const lines: LineBreak[] = [];
  let start = 0;
  for (const node of nodes) {
    const from = firstBox(items, start, node.pos);
    const it = items[node.pos] as Item;
    const base = {
      pos: from,
      line: 0,
      fitness: 1,
      hyphens: 0,
      w: sw[from] ?? 0,
      y: sy[from] ?? 0,
      z: sz[from] ?? 0,
      demerits: 0,
      prev: null,
    };
    const r = ratio(base, node.pos, it, sw, sy, sz, L);
    lines.push({ start: from, end: node.pos, ratio: Number.isFinite(r) ? r : 0 });
    start = node.pos + 1;
  }
  return lines;
}

/**
 * The adjustment ratio of each line for breaks chosen by another method (first fit, used when
 * total fit finds nothing within tolerance): justified text is stretched even then.
 */
export function withRatios(items: Item[], lines: LineBreak[], L: number): LineBreak[] {
  return lines.map((b) => {
    let w = 0;
    let y = 0;
    let z = 0;
    for (let i = b.start; i < b.end; i++) {
      const it = items[i] as Item;
      if (it.t !== "penalty") w += it.w;
      if (it.t === "glue") {
        y += it.stretch;
        z += it.shrink;
      } else if (it.t === "box" && it.ex) {
        y += it.ex;
        z += it.ex;
      }
    }
    const end = items[b.end];
    if (end?.t === "penalty") w += end.w;
    const r = w < L ? (y > 0 ? (L - w) / y : 0) : z > 0 ? Math.max(-1, (L - w) / z) : 0;
    return { ...b, ratio: r };
  });
}

function firstBox(items: Item[], from: number, to: number): number {
  let i = from;
  while (i < to && !startsLine(items[i])) i++;
  return i;
}

/**
 * First-fit breaking for ragged text (left, right, centred): each line takes as many words as
 * fit. Lines are never stretched, so total fit would gain nothing. A word is not broken (at an
 * added hyphen, after a hyphen it has, inside an e-mail or web address) where the rest of the
 * paragraph, that word whole, fits on the next line: in ragged text it would only leave the
 * word's tail alone on the last line ("an-" / "giogram.", "contact me at visa" /
 * "-letters@…"), the break TeX's \finalhyphendemerits discourages in justified text. Nor is
 * a field of a line of fields ("… · FAX (916) 323-5341") broken where it fits on the next line
 * whole: the line breaks at the separator before it, as the text output does
 * (write/display-width.ts), unless that makes more lines than breaking where the line is full.
 * Nor do more than `maxHyphensInRow` lines in a row end inside a word (MAX_HYPHENS_IN_ROW in
 * ragged text; justified text's last resort passes no limit, set-lines.ts `justified`).
 */
export function firstFit(
  items: Item[],
  lineWidth: number,
  maxHyphensInRow = MAX_HYPHENS_IN_ROW,
): LineBreak[] {
  const rest = widthsToEnd(items);
  const lines: LineBreak[] = [];
  let start = firstBox(items, 0, items.length);
  let w = 0;
  let lastBreak = -1;
  let plain = -1;
  // Lines in a row, up to the one before, that end inside a word.
  let hyphens = 0;
  // The last break on the line before a field separator (paragraph-items.ts markSeparators).
  let field = -1;
  for (let i = start; i < items.length; i++) {
    const it = items[i] as Item;
    if (breaksAt(it, items[i - 1])) {
      const lineW = w + (it.t === "penalty" ? it.w : 0);
      if (lineW > lineWidth + 1e-6 && lastBreak > start) {
        const tailAlone =
          insideWord(items[lastBreak] as Item) &&
          plain > start &&
          (rest[firstBox(items, plain + 1, items.length)] ?? 0) <= lineWidth + 1e-6;
        const fitted =
          field > start &&
          field < lastBreak &&
          fieldWidth(items, field, rest) <= lineWidth + 1e-6 &&
          !costsLine(items, field, lastBreak, lineWidth)
            ? field
            : tailAlone
              ? plain
              : lastBreak;
        // A third line in a row that would end inside a word ends at the last space instead,
        // when the line has one: ragged text need not fill its lines.
        const end =
          hyphens >= maxHyphensInRow && insideWord(items[fitted] as Item) && plain > start
            ? plain
            : fitted;
        hyphens = insideWord(items[end] as Item) ? hyphens + 1 : 0;
        lines.push({ start, end, ratio: 0 });
        start = firstBox(items, end + 1, items.length);
        i = start - 1;
        w = 0;
        lastBreak = -1;
        plain = -1;
        field = -1;
        continue;
      }
      if (it.t === "penalty" && it.p <= FORCED) {
        lines.push({ start, end: i, ratio: 0 });
        break;
      }
      lastBreak = i;
      if (!insideWord(it)) plain = i;
      if (beforeSeparator(items, i)) field = i;
    }
    if (it.t !== "penalty") w += it.w;
  }
  withoutLoneCharacter(items, lines, rest, lineWidth);
  return lines;
}

/**
 * A last line of one Chinese or Japanese character ("為。", model/lone-character.ts) takes the
 * piece before it down with it, where the line before breaks between characters (no space, no
 * hyphen), keeps one, and the two fit: the character before it, or a word a space parts from
 * the line ("補助 ABC" / "為。" is "補助" / "ABC為。"), as justified text does by RUNT_DEMERITS
 * and the text output by the same rule (write/display-width.ts).
 */
function withoutLoneCharacter(
  items: Item[],
  lines: LineBreak[],
  rest: Float64Array,
  lineWidth: number,
): void {
  const last = lines[lines.length - 1];
  const before = lines[lines.length - 2];
  if (!last || !before || !betweenCharacters(items[before.end])) return;
  if (!isLoneCharacter(itemsText(items.slice(last.start, last.end)))) return;
  let k = before.end - 1;
  while (k > before.start && !breaksAt(items[k] as Item, items[k - 1])) k--;
  if (items[k]?.t !== "glue" || firstBox(items, before.start, k) >= k) return;
  const from = firstBox(items, k + 1, items.length);
  if ((rest[from] ?? 0) - (rest[last.end] ?? 0) > lineWidth + 1e-6) return;
  before.end = k;
  last.start = from;
}

/** A break between two characters of a script written without spaces (a CJK gap). */
function betweenCharacters(it: Item | undefined): boolean {
  return it?.t === "glue" && it.gap === true;
}

/**
 * Whether a line ended at the separator's break `field` leaves more lines after it than one
 * ended at `full`, the last break that fits: short fields would each start a line where
 * filled they share them. Both counted by plain filling (lineStarts), so the lines firstFit
 * makes are never more than plain filling makes: each break it takes leaves no more after it.
 * Why side by side: once both fillings start a line at the same item, the rest is the same, so
 * the count is settled there, a line or two on, not at the paragraph's end (counting to the
 * end at each line made a paragraph of thousands of fields take time by its square).
 */
function costsLine(items: Item[], field: number, full: number, lineWidth: number): boolean {
  const fill = (at: number) => lineStarts(items, firstBox(items, at + 1, items.length), lineWidth);
  const [a, b] = [fill(field), fill(full)];
  let [x, y] = [a.next(), b.next()];
  let [linesA, linesB] = [1, 1];
  while (!x.done || !y.done) {
    if (!x.done && !y.done && x.value === y.value) break;
    if (!x.done && (y.done || x.value < y.value)) {
      x = a.next();
      if (!x.done) linesA++;
    } else {
      y = b.next();
      if (!y.done) linesB++;
    }
  }
  return linesA > linesB;
}

/** Where first fit starts each line of the items from `start` on, each as full as it fits. */
function* lineStarts(items: Item[], start: number, lineWidth: number): Generator<number> {
  yield start;
  let from = start;
  let w = 0;
  let lastBreak = -1;
  for (let i = from; i < items.length; i++) {
    const it = items[i] as Item;
    if (breaksAt(it, items[i - 1])) {
      if (w + (it.t === "penalty" ? it.w : 0) > lineWidth + 1e-6 && lastBreak > from) {
        from = firstBox(items, lastBreak + 1, items.length);
        yield from;
        i = from - 1;
        w = 0;
        lastBreak = -1;
        continue;
      }
      if (it.t === "penalty" && it.p <= FORCED) return;
      lastBreak = i;
    }
    if (it.t !== "penalty") w += it.w;
  }
}

/**
 * Whether the break at `i` parts a field of a line of fields ("Tel. 030⏎123") that would fit
 * whole on a line `lineWidth` wide: a break firstFit avoids where it costs no line, and
 * balancedLines must not add. Not a break at a separator, nor in a paragraph with none.
 */
export function breaksField(items: Item[], i: number, lineWidth: number): boolean {
  const separator = (k: number) => {
    const it = items[k];
    return it?.t === "box" && it.drops === true;
  };
  let from = i;
  while (from > 0 && !separator(from - 1)) from--;
  let to = i;
  while (to < items.length && !separator(to)) to++;
  if (from === 0 && to === items.length) return false;
  if (separator(i - 1) || separator(i + 1)) return false;
  let w = 0;
  for (let k = from; k < to; k++) {
    const it = items[k] as Item;
    if (it.t !== "penalty") w += it.w;
  }
  // The spaces either side of the separators are not the field's.
  const glue = (k: number) => (items[k]?.t === "glue" ? (items[k] as Item).w : 0);
  w -= (from > 0 ? glue(from) : 0) + (to < items.length ? glue(to - 1) : 0);
  return w <= lineWidth + 1e-6;
}

/** Whether the break at `i` is the space before a field separator, dropped there. */
function beforeSeparator(items: Item[], i: number): boolean {
  const next = items[i + 1];
  return items[i]?.t === "glue" && next?.t === "box" && next.drops === true;
}

/**
 * The width of the field after the separator that follows the break at `at`: its words up to
 * the next separator, or to the paragraph's end.
 */
function fieldWidth(items: Item[], at: number, rest: Float64Array): number {
  const from = firstBox(items, at + 1, items.length);
  let to = from;
  while (to < items.length && !beforeSeparator(items, to)) to++;
  return (rest[from] ?? 0) - (rest[to] ?? 0);
}

/** A break inside a word: an added hyphen, or a free break after a hyphen or in an address. */
function insideWord(it: Item): boolean {
  return it.t === "penalty" && it.flagged;
}

/** The width of the text from each item to the end of the paragraph. */
function widthsToEnd(items: Item[]): Float64Array {
  const rest = new Float64Array(items.length + 1);
  for (let i = items.length - 1; i >= 0; i--) {
    const it = items[i] as Item;
    rest[i] = (rest[i + 1] ?? 0) + (it.t === "penalty" ? 0 : it.w);
  }
  return rest;
}

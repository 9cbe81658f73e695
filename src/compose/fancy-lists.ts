import { HANGUL_COUNTERS } from "../model/list-marker.js";

/**
 * Lists numbered with letters or roman numerals, as official and legal letters number them:
 * `a.`, `b)`, `(c)`, `i.`, `(iv)`, `A)`, `(1)`, as pandoc's fancy lists read them, and with
 * Korean syllables, `가.`, `나)`, `(다)`, as Korean public documents number them. Why:
 * CommonMark knows only `1.` and `1)`, so "(a) the batch records" ran into the paragraph
 * above. Each such marker is written as `1.` or `1)` for the Markdown lexer, in the same
 * number of characters (the item's text keeps its column, so what is nested under it stays
 * nested), and the list takes the first item's numbering and start from here. A marker that
 * is not the first of its kind (`(c)`) is written `2.`, which, as in CommonMark, continues a
 * list but does not interrupt a paragraph: "as paragraph\n(c) of the act says" stays text.
 */
export interface FancyLists {
  /** The body with every such marker written as `1.` or `1)`. */
  text: string;
  /** The numbering and start of the list item written so, or undefined. */
  take(itemRaw: string): (Marker & { key: string }) | undefined;
  /** Reads the line `key` as written next time: its item is not of its list's numbering. */
  reject(key: string): void;
  /** The lines (keys) whose marker was written over but did not become a list item. */
  untaken(): string[];
}

export interface Marker {
  numbering: string;
  start: number;
}

/** `skip`: lines (keys from `untaken`) to read as written. */
export function fancyLists(
  md: string,
  skip: ReadonlySet<string> = new Set(),
): FancyLists | undefined {
  if (!ANY.test(md)) return undefined;
  // Each line's markers in order, and how many of them lists have taken (an index, not shift():
  // a list of 100,000 alike items would make that quadratic).
  const waiting = new Map<string, { markers: Marker[]; taken: number }>();
  // The last item read at each indentation, of each numbering open there (a list of `(i)`
  // inside an item of `(a)`, written flush with it: markdown.ts's sublists), the innermost
  // last: a marker is an item only where it follows one of them (`(b)` after `(a)`, `(c)`
  // after `(ii)`) or opens a list (opensList). Why: "as required by section 12\n(a) of the
  // Act" inside a paragraph is its text.
  const last = new Map<number, Marker[]>();
  const text = md.replace(
    LINE,
    (line, indent: string, marker: string, gap: string, rest: string, at: number) => {
      const delim = marker.endsWith(".") ? "." : ")";
      const key = keyOf(delim, rest);
      const open = last.get(indent.length) ?? [];
      const read = readings(marker, gap);
      const next = nextOf(open, read);
      const m = next ?? (opensList(md, at, marker, gap, read[0]) ? read[0] : undefined);
      if (!m || skip.has(key)) return line;
      const digit = m.start === 1 ? "1" : "2";
      const written = respaced(indent, `${digit}${delim}`, marker.length, gap);
      if (!written) return line;
      // The lists inside the one it goes on are closed; one of its own numbering is left.
      const level = open.findIndex((o) => o.numbering === m.numbering);
      last.set(indent.length, [...(level < 0 ? open : open.slice(0, level)), m]);
      const queue = waiting.get(key);
      if (queue) queue.markers.push(m);
      else waiting.set(key, { markers: [m], taken: 0 });
      return `${written}${rest}`;
    },
  );
  if (waiting.size === 0) return undefined;
  const rejected = new Set<string>();
  return {
    text,
    take(itemRaw) {
      const first = /^\s*[12]([.)])[ \t]+([^\n]*)/.exec(itemRaw);
      if (!first) return undefined;
      const key = keyOf(first[1] as string, first[2] as string);
      const queue = waiting.get(key);
      if (!queue || queue.taken >= queue.markers.length) return undefined;
      const m = queue.markers[queue.taken++] as Marker;
      return { ...m, key };
    },
    reject: (key) => rejected.add(key),
    untaken: () => [
      ...rejected,
      ...[...waiting].filter(([, q]) => q.taken < q.markers.length).map(([key]) => key),
    ],
  };
}

/** The reading of a marker that follows an open list's last item, the innermost first. */
function nextOf(open: Marker[], read: Marker[]): Marker | undefined {
  for (let j = open.length - 1; j >= 0; j--) {
    const prev = open[j] as Marker;
    const m = read.find((r) => r.numbering === prev.numbering && r.start === prev.start + 1);
    if (m) return m;
  }
  return undefined;
}

const ROMAN = /^(?=[ivxlcdm])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
// A marker at the start of a line, then white space and text: `(a)`, `(iv)`, `(1)`, `a.`,
// `iv)`, `B.` (the Markdown lexer's own `1.` and `1)` are left to it).
const LINE =
  /^([ \t]*)(\((?:[a-zA-Z]|[ivxlcdm]{2,9}|[IVXLCDM]{2,9}|\d{1,9}|[가나다라마바사아자차카타파하])\)|(?:[a-zA-Z]|[ivxlcdm]{2,9}|[IVXLCDM]{2,9}|[가나다라마바사아자차카타파하])[.)])([ \t]+)(\S[^\n]*)$/gm;
const ANY = new RegExp(LINE.source, "m");

/**
 * What a marker may count with, the usual reading first; none for one that only looks like a
 * marker. Why two readings: `i.` starts a list of numerals, but after `h.` it is the ninth
 * letter. Why `A.` needs two spaces after it (as in pandoc): "B. Russell wrote" at the start of
 * a line is a name.
 */
function readings(marker: string, gap: string): Marker[] {
  const core = marker.replace(/[().]/g, "");
  const shape = (counter: string) => marker.replace(core, counter);
  if (/^[A-Z]+\.$/.test(marker) && gap.length < 2 && gap !== "\t") return [];
  if (/^\d+$/.test(core)) return [{ numbering: shape("1"), start: Number(core) }];
  const syllable = HANGUL_COUNTERS.indexOf(core);
  if (syllable >= 0) return [{ numbering: shape("가"), start: syllable + 1 }];
  const lower = core.toLowerCase();
  const upper = core !== lower;
  const roman = ROMAN.test(lower)
    ? [{ numbering: shape(upper ? "I" : "i"), start: romanValue(lower) }]
    : [];
  if (core.length > 1) return roman;
  const letter = { numbering: shape(upper ? "A" : "a"), start: lower.charCodeAt(0) - 96 };
  return lower === "i" ? [...roman, letter] : [letter, ...roman];
}

/**
 * Whether a marker that follows no item opens a list: as the first of its kind (`(a)`, `i.`,
 * `1`) under a line that introduces it ("we found:"), or at the start of a block (the body's
 * first line, or after an empty one). Why not anywhere: a line of a wrapped paragraph may start
 * with a reference ("section 12⏎(a) of the Act"). At a block's start, a lower-case letter and a
 * full stop with one space after it is an abbreviation ("z. B.", "i. e."), unless it is `a.`.
 */
function opensList(md: string, at: number, marker: string, gap: string, m?: Marker): boolean {
  if (!m) return false;
  const above = at === 0 ? "" : md.slice(md.lastIndexOf("\n", at - 2) + 1, at - 1).trim();
  if (m.start === 1 && /[:：]$/.test(above)) return true;
  if (above !== "") return false;
  if (!/^[a-z]\.$/.test(marker) || gap !== " " || marker === "a.") return true;
  // "g. seven⏎h. eight": an abbreviation is not followed by the next letter's item.
  const nl = md.indexOf("\n", at);
  if (nl < 0) return false;
  const end = md.indexOf("\n", nl + 1);
  const next = md.slice(nl + 1, end < 0 ? md.length : end).trimStart();
  const after = [String.fromCharCode(marker.charCodeAt(0) + 1), ...(marker === "i." ? ["ii"] : [])];
  return after.some((a) => next.startsWith(`${a}. `));
}

function romanValue(r: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100, d: 500, m: 1000 };
  let total = 0;
  for (let k = 0; k < r.length; k++) {
    const here = v[r[k] as string] as number;
    const next = v[r[k + 1] as string] ?? 0;
    total += here < next ? -here : here;
  }
  return total;
}

/**
 * `indent` + `digit` + white space, as long as `indent` + the marker + `gap` was: the extra
 * characters go after the marker (at most four spaces there, or the lexer reads code), the
 * rest before it. Undefined when that would need more than three spaces before it.
 */
function respaced(
  indent: string,
  digit: string,
  markerLength: number,
  gap: string,
): string | undefined {
  const extra = markerLength - digit.length;
  if (gap.includes("\t"))
    return extra <= 3 ? `${indent}${" ".repeat(extra)}${digit}${gap}` : undefined;
  const after = Math.max(gap.length, Math.min(4, gap.length + extra));
  const before = extra - (after - gap.length);
  if (before > 3) return undefined;
  return `${indent}${" ".repeat(before)}${digit}${" ".repeat(after)}`;
}

function keyOf(delim: string, rest: string): string {
  return `${delim}\u0000${rest.trimEnd()}`;
}

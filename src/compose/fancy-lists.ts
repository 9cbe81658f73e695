/**
 * Lists numbered with letters or roman numerals, as official and legal letters number them:
 * `a.`, `b)`, `(c)`, `i.`, `(iv)`, `A)`, `(1)`, as pandoc's fancy lists read them. Why:
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
  /** The numbering and start of the list whose first item is written so, or undefined. */
  take(itemRaw: string): { numbering: string; start: number } | undefined;
  /** The lines (keys) whose marker was written over but did not become a list item. */
  untaken(): string[];
}

interface Marker {
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
  // The last item read at each indentation: a marker that is not a list's first (`(c)`) is an
  // item only where it follows the one before it (`(b)`) or starts a block. Why: "as required
  // by paragraph\n(c) of section 4" inside item (a) is the text of item (a).
  const last = new Map<number, Marker>();
  const text = md.replace(
    LINE,
    (line, indent: string, marker: string, gap: string, rest: string, at: number) => {
      const delim = marker.endsWith(".") ? "." : ")";
      const key = keyOf(delim, rest);
      const prev = last.get(indent.length);
      const read = readings(marker, gap);
      const m =
        read.find((r) => r.numbering === prev?.numbering && r.start === prev.start + 1) ??
        (read[0]?.start === 1 || blockStart(md, at) ? read[0] : undefined);
      if (!m || skip.has(key)) return line;
      const digit = m.start === 1 ? "1" : "2";
      const written = respaced(indent, `${digit}${delim}`, marker.length, gap);
      if (!written) return line;
      last.set(indent.length, m);
      const queue = waiting.get(key);
      if (queue) queue.markers.push(m);
      else waiting.set(key, { markers: [m], taken: 0 });
      return `${written}${rest}`;
    },
  );
  if (waiting.size === 0) return undefined;
  return {
    text,
    take(itemRaw) {
      const first = /^\s*[12]([.)])[ \t]+([^\n]*)/.exec(itemRaw);
      if (!first) return undefined;
      const queue = waiting.get(keyOf(first[1] as string, first[2] as string));
      if (!queue || queue.taken >= queue.markers.length) return undefined;
      return queue.markers[queue.taken++];
    },
    untaken: () => [...waiting].filter(([, q]) => q.taken < q.markers.length).map(([key]) => key),
  };
}

const ROMAN = /^(?=[ivxlcdm])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
// A marker at the start of a line, then white space and text: `(a)`, `(iv)`, `(1)`, `a.`,
// `iv)`, `B.` (the Markdown lexer's own `1.` and `1)` are left to it).
const LINE =
  /^([ \t]*)(\((?:[a-zA-Z]|[ivxlcdm]{2,9}|[IVXLCDM]{2,9}|\d{1,9})\)|(?:[a-zA-Z]|[ivxlcdm]{2,9}|[IVXLCDM]{2,9})[.)])([ \t]+)(\S[^\n]*)$/gm;
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
  const lower = core.toLowerCase();
  const upper = core !== lower;
  const roman = ROMAN.test(lower)
    ? [{ numbering: shape(upper ? "I" : "i"), start: romanValue(lower) }]
    : [];
  if (core.length > 1) return roman;
  const letter = { numbering: shape(upper ? "A" : "a"), start: lower.charCodeAt(0) - 96 };
  return lower === "i" ? [...roman, letter] : [letter, ...roman];
}

/** Whether the line at `at` is the body's first or follows an empty line. */
function blockStart(md: string, at: number): boolean {
  if (at === 0) return true;
  const from = md.lastIndexOf("\n", at - 2) + 1;
  return md.slice(from, at - 1).trim() === "";
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

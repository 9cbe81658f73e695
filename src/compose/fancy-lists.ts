import { HANGUL_COUNTERS } from "../model/list-marker.js";
import { NATIVE_DIGIT, nativeValue, nativeZeroOf } from "../model/native-digits.js";
import { isUnit } from "../typography/tie-spaces.js";
import { TIES_BY_LANGUAGE } from "../typography/tie-words.js";
import { withoutTrailing } from "../without-trailing.js";
import { CLAUSE, isFirstPartOf, opensSection } from "./clause-numbers.js";
import { QUOTE_MARKS, quoteDepthAt, unquoted } from "./quote-marks.js";

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

/**
 * A body's text and where its lines of dates start (dateLines), found once: datesAsLines
 * keeps them lines, fancyLists leaves their numbers unread.
 */
export interface DatedText {
  text: string;
  dates: ReadonlySet<number>;
}

/** `skip`: lines (keys from `untaken`) to read as written. */
export function fancyLists(
  body: DatedText,
  skip: ReadonlySet<string> = new Set(),
): FancyLists | undefined {
  const { text: md, dates } = body;
  if (!ANY.test(md)) return undefined;
  // Each line's markers in order, and how many of them lists have taken (an index, not shift():
  // a list of 100,000 alike items would make that quadratic).
  const waiting = new Map<string, { markers: Marker[]; taken: number }>();
  // The last item read at each indentation (a quote's `> ` counted in it), of each numbering
  // open there (a list of `(i)` inside an item of `(a)`, written flush with it: markdown.ts's
  // sublists), the innermost last: a marker is an item only where it follows one of them
  // (`(b)` after `(a)`, `(c)` after `(ii)`) or opens a list (opensList). Why: "as required by
  // section 12\n(a) of the Act" inside a paragraph is its text.
  const last = new Map<number, OpenItem[]>();
  const lone = loneClauses(md, dates);
  const below = siblingsBelow(md);
  // Where the lines written as items start (subClause's parents).
  const items = new Set<number>();
  const text = md.replace(
    LINE,
    (line, indent: string, marker: string, gap: string, rest: string, at: number) => {
      if (dates.has(at)) return line;
      // A clause number is written `1)`, as `(a)` is, so the lettered points written flush
      // under a clause ("1.2 … has failed to:⏎(a) …") are one Markdown list with it, which
      // markdown.ts's sublists nest.
      const delim = marker.endsWith(".") && !CLAUSE.test(marker) ? "." : ")";
      const key = keyOf(delim, rest);
      const open = last.get(indent.length) ?? [];
      // A lone clause right under its item's title is one too ("2. Payment⏎2.1 We pay …").
      const read =
        lone.has(marker) && !titledPart(md, at, readings(marker, gap)[0], items)
          ? []
          : readings(marker, gap);
      const apart = lineAbove(md, at) === "";
      const isRestated = () => restated(md, at, `${indent}${marker}`);
      const first = read[0];
      const following = nextOf(open, read, apart, isRestated, NEXT);
      const opens =
        !following &&
        first !== undefined &&
        (opensList(md, at, marker, gap, rest, first) ||
          (!apart && subClause(md, at, indent, first, items, below) && !isRestated()) ||
          (nextSection(open, first) &&
            underClause(md, at, indent) &&
            !wrapped(md, at, rest, true) &&
            !startsWithUnit(rest)) ||
          (laterSection(open, first) && startsClause(md, at, indent, rest)));
      // A marker past the next one, when it neither follows nor opens a list.
      const next =
        following ??
        (opens
          ? undefined
          : skippedTo(
              open,
              read,
              apart,
              isRestated,
              (last) =>
                wrapped(md, at, rest, CLAUSE.test(marker)) || inTurnBelow(md, at, indent, last),
            ));
      const m = next?.marker ?? (opens ? first : undefined);
      if (!m || skip.has(key)) return line;
      const digit = m.start === 1 ? "1" : "2";
      const written = respaced(indent, `${digit}${delim}`, marker.length, gap);
      if (!written) return line;
      items.add(at);
      // The lists inside the one it goes on are closed; one of its own numbering is left.
      const level = open.findIndex((o) => o.marker.numbering === m.numbering);
      const item = { marker: m, gaps: next ? (next.gaps ?? apart) : undefined };
      last.set(indent.length, [...(level < 0 ? open : open.slice(0, level)), item]);
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

/**
 * The last item read of an open list; `gaps`: whether its items stand an empty line apart
 * (known from its second item on).
 */
interface OpenItem {
  marker: Marker;
  gaps?: boolean;
}

/**
 * The reading of a marker that follows an open list's last item as `follows` says (NEXT:
 * `(b)` after `(a)`), the innermost first, with that list's `gaps`. Not in a list whose items
 * stand an empty line apart when this one does not: there "clause⏎1.3 of the Agreement" is a
 * wrapped line of item 1.2, not item 1.3. After a list's first item, whose gaps are not known
 * yet, likewise when the marker is `restated`.
 */
function nextOf(
  open: OpenItem[],
  read: Marker[],
  apart: boolean,
  restated: () => boolean,
  follows: (m: Marker, last: Marker) => boolean,
): { marker: Marker; gaps?: boolean } | undefined {
  for (let j = open.length - 1; j >= 0; j--) {
    const prev = open[j] as OpenItem;
    if (prev.gaps && !apart) continue;
    const m = read.find((r) => r.numbering === prev.marker.numbering && follows(r, prev.marker));
    if (m && prev.gaps === undefined && !apart && restated()) continue;
    if (m) return { marker: m, gaps: prev.gaps };
  }
  return undefined;
}

const NEXT = (m: Marker, last: Marker) => m.start === last.start + 1;

/** Whether the line above the one at `at` is a clause's, at the same indent ("1.2 Term"). */
function underClause(md: string, at: number, indent: string): boolean {
  const above = rawLineAbove(md, at);
  if (!above.startsWith(indent)) return false;
  return CLAUSE.test(/^\S+/.exec(above.slice(indent.length))?.[0] ?? "");
}

/**
 * Whether `m` is the first clause of the section after the open list's last item's, right
 * under it ("1.2 Term⏎2.1 Prices", `1.2.3` then `1.3.1`): markdown.ts starts its own list
 * there (opensSection). Why: with no empty line between, it was read as text of clause 1.2
 * ("Term 2.1 Prices 2.2 Payment").
 */
function nextSection(open: OpenItem[], m: Marker): boolean {
  return sectionsOn(open, m) === 1;
}

/**
 * Whether `m` is the first clause of a section after the open list's last item's, the next or
 * one further on ("1.2 Term⏎3.1 Prices", a section left out): markdown.ts starts its own list
 * there where the line reads as a new clause (startsClause).
 */
function laterSection(open: OpenItem[], m: Marker): boolean {
  return sectionsOn(open, m) > 0;
}

/**
 * How many sections on from the open list's last item's `m` opens (opensSection): 1 for the
 * next (`2.1` after `1.2`, `1.3.1` after `1.2.3`); 0 where it opens none after it.
 */
function sectionsOn(open: OpenItem[], m: Marker): number {
  const last = open.at(-1)?.marker;
  if (!last || !opensSection(m, last)) return 0;
  const section = (n: string) => (CLAUSE.exec(n)?.[1] ?? "").slice(0, -1).split(".").map(Number);
  const was = section(last.numbering);
  const is = section(m.numbering);
  const k = is.length - 1;
  const on = (is[k] as number) - (was[k] as number);
  return is.slice(0, k).every((p, i) => p === was[i]) && on > 0 ? on : 0;
}

/**
 * Whether the clause line at `at` (its text after the marker: `rest`) reads clearly as a new
 * clause, not a number wrapped onto the line: its text starts as a clause's does
 * (clauseText), and the line above ends a sentence ("… runs⏎for two years.⏎2.1 Prices", a
 * clause wrapped onto a second line) or is a clause's title ("1.2 Term⏎3.1 Prices"). Why:
 * those ran into the clause above ("years. 2.1 Prices"), where "grew by⏎2.1 million people"
 * is a wrapped number.
 */
function startsClause(md: string, at: number, indent: string, rest: string): boolean {
  const above = lineAbove(md, at);
  if (above === "" || !clauseText(rest)) return false;
  if (!continuesSentence(above)) return true;
  const lead = underClause(md, at, indent) ? NUMBER_LEAD.exec(above) : null;
  return lead !== null && isTitle(above, lead[0]);
}

/**
 * Whether a clause's text (after its number) starts as a clause does, as a sentence or a
 * title: with no small letter, nor a unit or a magnitude, which German capitalises ("2.1
 * Millionen"): "1.1 million people" is a number.
 */
function clauseText(text: string): boolean {
  return !/^\p{Ll}/u.test(text) && !startsWithUnit(text);
}

/** Whether a text starts with a unit or a magnitude ("Millionen Menschen", "GB."). */
function startsWithUnit(text: string): boolean {
  return isUnit(/^(\S+)/u.exec(text)?.[1] ?? "");
}

/**
 * The reading of a marker that skips ahead of an open list's last item (`(c)` after `(a)`,
 * `1.10` after `1.2`), as nextOf reads the next: a point left out on purpose, printed as
 * typed. Not when its line reads as a wrapped line of a sentence (`wrapped`), nor for a marker
 * that may count from one (`(i)`, `I.`): after `(a)` that opens a list of numerals, or is
 * text, not the ninth letter.
 */
function skippedTo(
  open: OpenItem[],
  read: Marker[],
  apart: boolean,
  restated: () => boolean,
  wrapped: (last: Marker) => boolean,
): { marker: Marker; gaps?: boolean } | undefined {
  if (read.some((r) => r.start === 1)) return undefined;
  const next = nextOf(open, read, apart, restated, (m, last) => m.start > last.start + 1);
  // The open item it skips ahead of: the innermost of its numbering, as nextOf found it.
  const last =
    next && [...open].reverse().find((o) => o.marker.numbering === next.marker.numbering);
  return next && last && !wrapped(last.marker) ? next : undefined;
}

/**
 * Whether the next line below `at` in its paragraph that starts with a marker starts, at
 * `indent`, with the one next in turn after `last`: then the marker at `at` is not a point
 * skipped but a wrapped line ("(a) Standard delivery within⏎(c) 5 days.⏎(b) Express." printed
 * "(c) 5 days. (b) Express."). Looks no further than that line, so each line is read once.
 */
function inTurnBelow(md: string, at: number, indent: string, last: Marker): boolean {
  for (let i = md.indexOf("\n", at); i >= 0; ) {
    const end = md.indexOf("\n", i + 1);
    const line = md.slice(i + 1, end < 0 ? undefined : end);
    if (/^[ \t>]*$/.test(line)) return false;
    const found = ANY.exec(line);
    if (found)
      return (
        found[1] === indent &&
        readings(found[2] as string, found[3] as string).some(
          (r) => r.numbering === last.numbering && NEXT(r, last),
        )
      );
    i = end;
  }
  return false;
}

/**
 * Whether the line at `at` (its text after the marker: `rest`) reads as a wrapped line of the
 * sentence above: that line goes on (continuesSentence) and this one in small letters ("… as
 * set out in⏎(c) of the Act"), or with a number after a word that cannot end a point ("…
 * delivery within⏎(c) 5 days."), or that line ends in a noun that names a numbered part ("…
 * under clause⏎1.10 Schedule 2"); a clause number (`clause`) is such a number itself ("…
 * rises to⏎1.4 EUR"). Why a number only after such a word: points typed without punctuation
 * may start with one ("(a) Passport⏎(c) 2 photos", a point left out).
 */
function wrapped(md: string, at: number, rest: string, clause: boolean): boolean {
  const above = lineAbove(md, at);
  const number = clause || /^\d/.test(rest);
  return (
    (continuesSentence(above) && (/^\p{Ll}/u.test(rest) || (number && endsInOpenWord(above)))) ||
    endsInPartNoun(above)
  );
}

/** Whether `line` ends in a word its sentence cannot end with (OPEN_WORDS: "within", "of"). */
function endsInOpenWord(line: string): boolean {
  const word = line.slice(withoutTrailing(line, /\p{L}/u).length);
  return word !== "" && OPEN_WORDS.has(word.toLowerCase());
}

/** Whether `line` goes on into the next one: it ends in none of . ; : ! ? , (nor is empty). */
function continuesSentence(line: string): boolean {
  return line !== "" && !/[.;:!?,。；：]$/.test(line);
}

/**
 * Whether the line at `at` continues a sentence (the line above ends in none of . ; : ! ? ,)
 * and the first line after the next empty line starts with `lead` (its indent and marker) too.
 * Why: then that line is the item, and the one at `at` a line of the item above wrapped at a
 * reference ("1.1 … clause⏎1.2 of the Agreement.⏎⏎1.2 …").
 */
function restated(md: string, at: number, lead: string): boolean {
  if (!continuesSentence(lineAbove(md, at))) return false;
  // In a quote, a line of just `>` is empty.
  const gap = quoteDepthAt(md, at) > 0 ? /\n(?:[ \t>]*\n)+/g : /\n(?:[ \t]*\n)+/g;
  gap.lastIndex = at;
  const found = gap.exec(md);
  if (!found) return false;
  const from = found.index + found[0].length;
  return md.startsWith(lead, from) && /[ \t]/.test(md.charAt(from + lead.length));
}

/**
 * Whether a clause from x.1 (`m`) with no empty line above it is the first part of the item
 * on the nearest line above it that starts one, by number (clause-numbers.ts), whatever ends
 * that item's line: a clause list's item (`2.2`) or a Markdown item (`2.`: "1. Definitions⏎
 * 1.1 "Agreement" means …" ran into the item's text), flush with it or less indented. Only
 * with a sibling below it in its paragraph (`2.2.2`), or right under its item's title
 * (isTitle), and not under a line ending in a noun that names a numbered part: "… comply
 * with clause⏎2.2.1 of the Schedule" is a wrapped line, "… invoice for each item⏎2.2.1 in
 * full" is not.
 */
function subClause(
  md: string,
  at: number,
  indent: string,
  m: Marker,
  items: ReadonlySet<number>,
  below: SiblingsBelow,
): boolean {
  if (m.start !== 1 || endsInPartNoun(lineAbove(md, at), true)) return false;
  if (!below(at, indent, m.numbering) && !titledPart(md, at, m, items)) return false;
  const depth = quoteDepthAt(md, at);
  const parent = itemLineAbove(md, at, depth);
  const lead = parent ? NUMBER_LEAD.exec(parent.line) : null;
  if (!parent || !lead) return false;
  // A clause, only when it was read as an item (a lone "2.2 million" is not a parent).
  const item = lead[2] !== undefined || items.has(parent.at);
  const number = lead[2] ?? lead[3];
  return (
    item &&
    number !== undefined &&
    (lead[1] as string).length <= unquoted(indent, depth).length &&
    isFirstPartOf(m, number)
  );
}

/**
 * Whether the clause `m` at `at` is the first part of the item on the line right above, whose
 * text is a title (isTitle), read as an item: a part with a single clause, whose text starts
 * with no small letter.
 */
function titledPart(
  md: string,
  at: number,
  m: Marker | undefined,
  items: ReadonlySet<number>,
): boolean {
  const above = quotedLineAbove(md, at);
  if (m === undefined || above === undefined) return false;
  const depth = quoteDepthAt(md, at);
  // A clause starts as a sentence does: "1. Results⏎1.1 million people signed" is a number.
  const own = unquoted(md.slice(at, (md.indexOf("\n", at) + 1 || md.length + 1) - 1), depth);
  if (!clauseText(own.replace(/^\s*\S+\s+/u, ""))) return false;
  const { start, line } = above;
  const lead = NUMBER_LEAD.exec(line);
  const number = lead?.[2] ?? lead?.[3];
  return (
    lead !== null &&
    number !== undefined &&
    (lead[2] !== undefined || items.has(start)) &&
    isTitle(line, lead[0]) &&
    isFirstPartOf(m, number)
  );
}

/**
 * Whether an item's line (its marker `lead`) is a title a clause is numbered under, as a grant's
 * or a contract's conditions name each ("3. Safeguarding⏎3.1 The Grantee shall …", a part with
 * a single clause): a few words, the last no short word in small letters that a sentence
 * wrapped after ("3. Prices rise by⏎3.1 per cent" is one item).
 */
function isTitle(line: string, lead: string): boolean {
  const words = line.slice(lead.length).trim().split(/\s+/);
  return words.length <= TITLE_WORDS && !/^\p{Ll}{1,3}$/u.test(words.at(-1) ?? "");
}

/** The most words an item's title has ("Use of the grant", "Limitation of liability"). */
const TITLE_WORDS = 6;

/**
 * Whether `line` ends in a noun that names a numbered part, in any language tie-words.ts
 * knows ("… comply with clause", "gemäß Absatz"): a number at the next line's start is its.
 * `bare`: only when no word before the noun makes it a common noun ("… invoice for each
 * item", "per page", "the unit"), as a reference names its part bare ("under clause 2.2.1",
 * "see table 4"). Why only for a first part (subClause): it has a sibling below it (`2.2.2`),
 * which a wrapped reference seldom has, where a number skipped to has none ("… we charge per
 * unit⏎1.4 EUR" is a price).
 */
function endsInPartNoun(line: string, bare = false): boolean {
  const words = /(?:(\p{L}+)[ \t]+)?(\p{L}+)$/u.exec(line);
  const word = words?.[2]?.toLowerCase();
  const before = words?.[1]?.toLowerCase();
  return (
    word !== undefined &&
    PART_NOUNS.has(word) &&
    !(bare && before !== undefined && COMMON_NOUN_WORDS.has(before))
  );
}

/**
 * The nearest line above the one at `at` in its paragraph (no empty line between) that starts
 * a list item, without its `depth` quote marks, and where it starts. Each line is looked at by
 * one such search at most: the search from a line stops at the item line above it.
 */
function itemLineAbove(
  md: string,
  at: number,
  depth: number,
): { line: string; at: number } | undefined {
  let end = at - 1;
  while (end > 0) {
    const start = md.lastIndexOf("\n", end - 1) + 1;
    const line = unquoted(md.slice(start, end), depth);
    if (line.trim() === "") return undefined;
    if (ITEM_LINE.test(line)) return { line, at: start };
    end = start - 1;
  }
  return undefined;
}

/** Whether a clause of `numbering` below the line at `at` is written in its paragraph with `indent`. */
type SiblingsBelow = (at: number, indent: string, numbering: string) => boolean;

/**
 * SiblingsBelow for the clause lines of `md`, read once: each paragraph's clauses that are
 * not the first of their run (`2.2.2`), by indent and numbering, with where the last starts.
 */
function siblingsBelow(md: string): SiblingsBelow {
  const paragraphOf = new Map<number, number>();
  const lastAt = new Map<string, number>();
  // The empty lines (in a quote, a line of just `>` is one), each where it ends.
  const empty = /\n[ \t>]*\n/g;
  let paragraph = 0;
  let next = empty.exec(md);
  for (const found of md.matchAll(LINE)) {
    const at = found.index;
    const clause = CLAUSE.exec(found[2] as string);
    if (!clause) continue;
    for (; next && empty.lastIndex <= at; next = empty.exec(md)) paragraph++;
    paragraphOf.set(at, paragraph);
    if (clause[2] !== "1") lastAt.set(`${paragraph}\u0000${found[1]}${clause[1]}1${clause[3]}`, at);
  }
  return (at, indent, numbering) =>
    (lastAt.get(`${paragraphOf.get(at)}\u0000${indent}${numbering}`) ?? -1) > at;
}

/**
 * The line before the one starting at `at`, trimmed ("" at the text's start), without the
 * quote marks the line at `at` has: in a quote, "> We found:" introduces "> (a) …", and a
 * line of just `>` is empty, as is one quoted less deep (a quote starts at `at`).
 */
function lineAbove(md: string, at: number): string {
  return quotedLineAbove(md, at)?.line.trim() ?? "";
}

/**
 * The line above the one starting at `at` (where it starts, and its text without the quote
 * marks the line at `at` has), as lineAbove reads it: none at the text's start, nor where a
 * quote starts at `at` ("2. Payment⏎> 2.1 …": the quote's clause is under no title).
 */
function quotedLineAbove(md: string, at: number): { start: number; line: string } | undefined {
  if (at === 0) return undefined;
  const raw = rawLineAbove(md, at);
  const start = at - 1 - raw.length;
  const depth = quoteDepthAt(md, at);
  if (depth > 0 && quoteDepthAt(md, start) < depth) return undefined;
  return { start, line: unquoted(raw, depth) };
}

/** The line above the one starting at `at`, as written (its indent and quote marks too). */
function rawLineAbove(md: string, at: number): string {
  return at === 0 ? "" : md.slice(md.lastIndexOf("\n", at - 2) + 1, at - 1);
}

const ROMAN = /^(?=[ivxlcdm])m{0,3}(cm|cd|d?c{0,3})(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/;
// A marker: `(a)`, `(iv)`, `(1)`, `a.`, `iv)`, `B.`, a clause number `1.1` (the Markdown
// lexer's own `1.` and `1)` are left to it), a number in another script's digits (`१.`,
// `(۱)`, `๑)`: native-digits.ts).
const MARKER = `\\((?:[a-zA-Z]|[ivxlcdm]{2,9}|[IVXLCDM]{2,9}|\\d{1,9}|${NATIVE_DIGIT}{1,9}|[가나다라마바사아자차카타파하])\\)|(?:[a-zA-Z]|[ivxlcdm]{2,9}|[IVXLCDM]{2,9}|${NATIVE_DIGIT}{1,9}|[가나다라마바사아자차카타파하])[.)]|[1-9]\\d{0,2}(?:\\.[1-9]\\d{0,2}){1,4}\\.?`;
// A marker at the start of a line (in a block quote or not), then white space and text.
const LINE = new RegExp(`^(${QUOTE_MARKS}[ \\t]*)(${MARKER})([ \\t]+)(\\S[^\\n]*)$`, "gm");
const ANY = new RegExp(LINE.source, "m");
// A line that starts a list item, of Markdown's or of those above.
const ITEM_LINE = new RegExp(`^[ \\t]*(?:[-*+]|\\d{1,9}[.)]|${MARKER})(?:[ \\t]|$)`);
// The number a line's marker carries, when it is a number: Markdown's `2.` or `2)` (the
// second group), or a clause's (the third: `2.2` of `2.2.`).
const NUMBER_LEAD = /^([ \t]*)(?:(\d{1,9})[.)]|([1-9]\d{0,2}(?:\.[1-9]\d{0,2}){1,4})\.?)[ \t]/;
// The English words that make a part noun after them a common noun ("each item", "per page",
// "the unit"), not a numbered part's name: articles, quantifiers, demonstratives, possessives.
const COMMON_NOUN_WORDS: ReadonlySet<string> = new Set([
  "a",
  "an",
  "the",
  "each",
  "every",
  "per",
  "any",
  "all",
  "no",
  "one",
  "another",
  "this",
  "that",
  "which",
  "what",
  "whichever",
  "our",
  "your",
  "their",
  "its",
  "his",
  "her",
  "my",
]);
// English words a point cannot end with, as they ask for what follows them (a number, most
// often: "within 5 days", "of 3 items", "up to 10"): prepositions, articles, conjunctions.
const OPEN_WORDS: ReadonlySet<string> = new Set([
  "a",
  "about",
  "after",
  "an",
  "and",
  "approximately",
  "at",
  "before",
  "between",
  "by",
  "during",
  "for",
  "from",
  "in",
  "into",
  "least",
  "of",
  "on",
  "or",
  "over",
  "than",
  "the",
  "to",
  "under",
  "until",
  "with",
  "within",
]);
// Nouns that name a numbered part ("clause", "Absatz"), in small letters.
const PART_NOUNS: ReadonlySet<string> = new Set(
  [...TIES_BY_LANGUAGE.values()].flatMap((words) => words.beforeNumber ?? []),
);

/**
 * What a marker may count with, the usual reading first; none for one that only looks like a
 * marker. Why two readings: `i.` starts a list of numerals, but after `h.` it is the ninth
 * letter. Why `A.` needs two spaces after it (as in pandoc): "B. Russell wrote" at the start of
 * a line is a name.
 */
function readings(marker: string, gap: string): Marker[] {
  const clause = CLAUSE.exec(marker);
  if (clause) return [{ numbering: `${clause[1]}1${clause[3]}`, start: Number(clause[2]) }];
  const core = marker.replace(/[().]/g, "");
  const shape = (counter: string) => marker.replace(core, counter);
  if (/^[A-Z]+\.$/.test(marker) && gap.length < 2 && gap !== "\t") return [];
  if (/^\d+$/.test(core)) return [{ numbering: shape("1"), start: Number(core) }];
  const zero = nativeZeroOf(core);
  if (zero !== undefined) {
    return [{ numbering: shape(String.fromCharCode(zero + 1)), start: nativeValue(core, zero) }];
  }
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
function opensList(
  md: string,
  at: number,
  marker: string,
  gap: string,
  rest: string,
  m?: Marker,
): boolean {
  if (!m) return false;
  // "1.5 million people" at a paragraph's start is a number; clauses are numbered from x.1, and
  // start with no unit or magnitude: "The total is:⏎3.1 Million people." is a number too.
  if (CLAUSE.test(marker) && (m.start !== 1 || startsWithUnit(rest))) return false;
  const above = lineAbove(md, at);
  if (m.start === 1 && /[:：]$/.test(above)) return true;
  if (above !== "") return false;
  if (!/^[a-z]\.$/.test(marker) || gap !== " " || marker === "a.") return true;
  // "g. seven⏎h. eight": an abbreviation is not followed by the next letter's item.
  const nl = md.indexOf("\n", at);
  if (nl < 0) return false;
  const end = md.indexOf("\n", nl + 1);
  const next = unquoted(
    md.slice(nl + 1, end < 0 ? md.length : end),
    quoteDepthAt(md, at),
  ).trimStart();
  const after = [String.fromCharCode(marker.charCodeAt(0) + 1), ...(marker === "i." ? ["ii"] : [])];
  return after.some((a) => next.startsWith(`${a}. `));
}

/**
 * The clause numbers at a line's start, unless some clause written alike (with or without a
 * full stop after it) has a sibling (`1.1` and `1.2`): then none of that kind. Why: a
 * paragraph may start with a decimal number ("2.1 million people signed") or a German date
 * ("1.1. bis 6.1. geschlossen"); a letter that numbers its clauses numbers them in runs, and
 * then a lone `3.1` is one too.
 */
function loneClauses(md: string, dates: ReadonlySet<number>): ReadonlySet<string> {
  const byNumbering = new Map<string, Set<string>>();
  for (const { index, 2: marker } of md.matchAll(LINE)) {
    if (dates.has(index)) continue;
    const clause = CLAUSE.exec(marker as string);
    if (!clause) continue;
    const numbering = `${clause[1]}${clause[3]}`;
    byNumbering.set(numbering, (byNumbering.get(numbering) ?? new Set()).add(marker as string));
  }
  const lone = new Set<string>();
  for (const dotted of [true, false]) {
    const runs = [...byNumbering].filter(([n]) => n.endsWith("..") === dotted).map(([, ms]) => ms);
    if (!runs.some((ms) => ms.size > 1)) for (const ms of runs) for (const m of ms) lone.add(m);
  }
  return lone;
}

/**
 * Where the lines start that begin with a day and month, not a clause number: a run of two or
 * more lines (empty lines between them aside), each starting, as indented as the first, with
 * a number of two parts that is a date (a day 1–31, a month 1–12: "1.1.", "6.1", "3.10.", or
 * with a space as Czech and Slovak write it, "6. 1."), the dates each later than the one
 * before (or in January after December, once: a list running into the next year), in an
 * order no clauses are numbered in (clauseStep): a list of holidays or
 * appointments, "1.1. Neujahr⏎6.1. Heilige Drei Könige⏎1.5. Tag der Arbeit", which stays
 * lines of text. Why in time: a clause list out of order is one with a reference wrapped onto
 * a line's start ("1.2 The fee rises to⏎1.4 EUR⏎1.3 …", "… clause⏎1.3 of the Agreement.⏎⏎1.3
 * Repairs."), whose dates would not run forward. A date with a space is no clause number
 * (Markdown reads it as a list in a list): those lines hold where it ends its day (`spaced`).
 */
function dateLines(md: string): ReadonlyMap<number, DateLine> {
  const dates = new Map<number, DateLine>();
  let run: (DateLine & { at: number; day: number; month: number; dotted: boolean })[] = [];
  let indent = "";
  let end = -1;
  const close = () => {
    const steps = run.slice(1).map((d, k) => [run[k] as typeof d, d] as const);
    const inTime =
      steps.every(([a, b]) => laterDay(a, b) || newYear(a, b)) &&
      steps.filter(([a, b]) => newYear(a, b)).length <= 1;
    // A date with a space is no clause number.
    const clauses = steps.every(([a, b]) => !a.spaced && !b.spaced && clauseStep(a, b));
    // A date with a space is one alone too: Markdown would read "6. 1. Tři králové" as a
    // list in a list, which no writer means.
    const alone = run.length === 1 && run[0]?.spaced !== undefined;
    if ((steps.length > 0 && inTime && !clauses) || alone)
      for (const d of run) dates.set(d.at, d.spaced === undefined ? {} : { spaced: d.spaced });
    run = [];
  };
  for (const found of md.matchAll(DATE_LINE)) {
    const at = found.index;
    const [, lead = "", day = "", space = "", month = "", dot = ""] = found;
    // Another line (not an empty one) between, or another indent, ends a run.
    if (lead !== indent || /\S/.test(md.slice(end, at))) close();
    indent = lead;
    const eol = md.indexOf("\n", at);
    end = eol < 0 ? md.length : eol;
    // "6. 1" with no full stop after the month is no date written with a space.
    if (space && !dot) {
      close();
      continue;
    }
    const spaced = space ? at + lead.length + day.length : undefined;
    run.push({ at, day: Number(day), month: Number(month), dotted: dot === ".", spaced });
  }
  close();
  return dates;
}

/** Whether day-and-month `b` is later in the year than `a`. */
function laterDay(a: DayMonth, b: DayMonth): boolean {
  return b.month * 100 + b.day > a.month * 100 + a.day;
}

/**
 * Whether `b` is in January after `a` in December: a list of dates runs into the next year
 * ("24.12. Heiligabend⏎31.12. Silvester⏎1.1. Neujahr"), once; no clauses step so.
 */
function newYear(a: DayMonth, b: DayMonth): boolean {
  return a.month === 12 && b.month === 1;
}

interface DayMonth {
  day: number;
  month: number;
}

/** A line of dates (dateLines): `spaced`, where "6. 1." ends its day, to be escaped there. */
interface DateLine {
  spaced?: number;
}

/**
 * The text with a hard line break (Markdown's `\\` at a line's end) before each line of a run
 * of dates (dateLines) that follows a line of text: the lines stay lines, as the writer broke
 * them, where Markdown would run them into one ("geschlossen: 24.12. Heiligabend 31.12.
 * Silvester"). Not after a heading, a table's row, a fence or a rule, which a backslash would
 * change. A date written with a space has its day's full stop escaped ("6\\. 1."), which
 * Markdown would read as a list's marker. With the dates' lines where they start in that text
 * (each moved on by the backslashes written before it), for fancyLists.
 */
export function datesAsLines(md: string): DatedText {
  const dates = new Set<number>();
  let out = "";
  let from = 0;
  const insert = (where: number) => {
    out += `${md.slice(from, where)}\\`;
    from = where;
  };
  for (const [at, line] of [...dateLines(md)].sort(([a], [b]) => a - b)) {
    const before = rawLineAbove(md, at);
    if (at > 0 && PLAIN_LINE.test(before) && !/(?:\\| {2})$/.test(before)) insert(at - 1);
    // The text so far is longer than the body's by the backslashes written in it.
    dates.add(at + out.length - from);
    if (line.spaced !== undefined) insert(line.spaced);
  }
  return { text: out + md.slice(from), dates };
}

/** A line of a paragraph's text: not empty, a heading, a table's row, a fence or a rule. */
const PLAIN_LINE = /^(?! {4})[ >]*(?![#|`~]|[-=*_ ]+$)\S/;

/**
 * A line that starts with a day and a month ("24.12.", "1.1", "3.10.", Czech "6. 1."), in a
 * block quote or not, then white space and text: its indent, day, space, month, full stop.
 */
const DATE_LINE = new RegExp(
  `^(${QUOTE_MARKS}[ \\t]*)([1-9]|[12]\\d|3[01])\\.( ?)([1-9]|1[0-2])(\\.?)[ \\t]+\\S[^\\n]*$`,
  "gm",
);

/**
 * Whether two clause numbers of two parts follow each other as clauses do: the next in its
 * section, or the first of a later one (`1.2` then `1.3`, `2.1`); undotted, also a later one in
 * its section (`1.2` then `1.10`, a clause left out). Why stricter for "1.1.": that is how a
 * date is written, so a clause list written so is read as one only in strict order.
 */
function clauseStep(
  a: { day: number; month: number },
  b: { day: number; month: number; dotted: boolean },
): boolean {
  if (b.day === a.day) return b.month === a.month + 1 || (!b.dotted && b.month > a.month);
  return b.month === 1 && (b.day === a.day + 1 || (!b.dotted && b.day > a.day));
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

import { MissiveError } from "../errors.js";
import { pushAll } from "../push-all.js";
import { aboutPainted, type LaidOutPage } from "./laid-out-doc.js";
import { skipFor } from "./line-skip.js";
import { MAX_PAGES } from "./max-pages.js";
import { noteUnit, type Unit } from "./page-units.js";

/** The vertical band of a page that body content may fill. */
export interface Region {
  top: number;
  bottom: number;
  /** The short rule over this page's footnotes, where it differs (page 1's own column). */
  noteRule?: Unit;
}

/** The body's band on a page; `bare`: the page has no header above the body. */
export type Regions = (page: number, bare?: boolean) => Region;

/**
 * Fills pages with units in order. A unit moves to a new page when it, together with every
 * unit it is stuck to, does not fit; space between units collapses to the larger of the two
 * and is dropped at the top of a page. Why settle stickiness here: widow, orphan and
 * keep-with-next rules then cost one look-ahead instead of backtracking.
 */
export function paginate(units: Unit[], region: Regions, noteRule?: Unit): LaidOutPage[] {
  const first = fill(units, region, noteRule);
  const breaks = balancedBreaks(units, first.pageOf);
  if (breaks.length === 0) return first.pages;
  return fill(
    units.map((u, i) => (breaks.includes(i) ? { ...u, breakBefore: true } : u)),
    region,
    noteRule,
  ).pages;
}

/** How many of the units, in order, fill page 1 (before any signature grid is balanced). */
export function firstPageCount(units: Unit[], region: Regions, noteRule?: Unit): number {
  const { pageOf } = fill(units, region, noteRule);
  const n = pageOf.indexOf(1);
  return n < 0 ? units.length : n;
}

/**
 * Where balanced signature grids must start a new page: when a grid's last page holds fewer
 * rows than the page before it (by two or more), rows move over until the two differ by at
 * most one. Why only the last two: the earlier pages are full, and moving rows off them would
 * only move the gap.
 */
function balancedBreaks(units: Unit[], pageOf: number[]): number[] {
  const groups = new Map<string, number[]>();
  units.forEach((u, i) => {
    // Appended in place: a copy per row made a grid of 100,000 signers quadratic.
    if (!u.balance) return;
    const rows = groups.get(u.balance);
    if (rows) rows.push(i);
    else groups.set(u.balance, [i]);
  });
  const out: number[] = [];
  for (const rows of groups.values()) {
    const lastPage = pageOf[rows[rows.length - 1] as number] as number;
    const onLast = rows.filter((i) => pageOf[i] === lastPage);
    const before = rows.filter((i) => pageOf[i] === lastPage - 1);
    const move = Math.floor((before.length - onLast.length) / 2);
    // The first row keeps what it is stuck to (a closing): never move it alone.
    if (move > 0 && before.length - move >= 1) out.push(before[before.length - move] as number);
  }
  return out;
}

function fill(
  units: Unit[],
  region: Regions,
  noteRule: Unit | undefined,
): { pages: LaidOutPage[]; pageOf: number[] } {
  const pageOf: number[] = [];
  const pages: LaidOutPage[] = [{ items: [], cells: [] }];
  let r = region(0);
  let y = r.top;
  let empty = true;
  let prevAfter = 0;
  // The unit placed last on the page, whose ink the next keeps clear of.
  let prev: Unit | undefined;
  // Footnotes of the units on the current page, set at its foot when the page is done.
  let notes: Unit[] = [];
  // The rest of a note split at the foot of this page: it opens the next page's notes.
  let carried: Unit[] = [];
  // Notes already set (or begun) at a page's foot, with the chain that refers to them.
  const placed = new Set<Unit>();
  const pending = (list: Unit[]) => list.filter((n) => !placed.has(n));
  const noteRoom = (more: Unit[]) => notesHeight([...notes, ...more], noteRule);
  const finishPage = () => {
    const page = pages[pages.length - 1] as LaidOutPage;
    placeNotes(page, notes, r.noteRule ?? noteRule, r.bottom);
    notes = carried;
    carried = [];
  };
  // The last unit of a chain too tall for any page, which is being placed as it comes.
  let tooTall = -1;
  // The last unit of a chain placed apart from what its loose link joined it to.
  let looseEnd = -1;
  const chainsNotes = chainNotesOf(units);
  // Where the run of units at the foot being placed starts on this page, and whether a run
  // has been lowered to the foot, so that what follows starts a new page.
  let footFrom: { items: number; cells: number } | undefined;
  let full = false;
  for (let i = 0; i < units.length; i++) {
    const u = units[i] as Unit;
    const fresh = region(pages.length);
    if (u.height > fresh.bottom - fresh.top + 0.01 && u.height > r.bottom - r.top + 0.01) {
      throw new MissiveError("layout", {
        message: `${u.label} is ${u.height.toFixed(0)}pt tall and cannot fit on any page`,
        hints: ["shorten it, or use a smaller style"],
        ...aboutPainted(u.items),
      });
    }
    const gap = empty ? 0 : gapBetween(prev, prevAfter, u);
    // A chain of stuck units taller than a page cannot be kept together: once it has started,
    // its units fill each page in turn, or the rest of it, when it would fit on a page of its
    // own, would leave the page before half empty (a copy list of seventy offices).
    let need = i <= tooTall ? u.height : chainHeight(units, i);
    // A loose link gives way first: what it joined is then placed as two chains.
    if (need > fresh.bottom - fresh.top) need = chainHeight(units, i, true);
    if (need > fresh.bottom - fresh.top) {
      need = u.height;
      tooTall = Math.max(tooTall, chainEnd(units, i, true));
    }
    const chained = pending(chainsNotes[i] as Unit[]);
    const room = r.bottom - noteRoom(chained);
    const top0 = y + (empty ? 0 : gap);
    if (i > looseEnd && i > tooTall && !empty && top0 + need > room + 0.01) {
      // A loose link gives way, too, where keeping it would move its chain off a page left
      // more than half empty: a letter's last lines, closing and signatures stay on page 1
      // and its twelve copies start page 2, not all of it (the signers' page half blank).
      const strict = chainHeight(units, i, true);
      if (top0 + strict <= room + 0.01 && room - top0 > (r.bottom - r.top) / 2) {
        need = strict;
        looseEnd = chainEnd(units, i, true);
      }
    } else if (i <= looseEnd) need = Math.min(need, chainHeight(units, i, true));
    // A chain placed whole may split the last note it refers to; one taller than a page, only
    // the note of the unit being placed, if none after it on the page refers to one.
    const splittable = i > tooTall ? chained : pending(u.notes ?? []);
    const breaks = u.breakBefore === true || (u.laterPage === true && pages.length === 1);
    const split =
      breaks || top0 + need <= room + 0.01 || splittable.length !== chained.length
        ? undefined
        : splitNote(splittable, (kept) => top0 + need <= r.bottom - noteRoom(kept) + 0.01);
    if (!empty && !split && (breaks || full || y + gap + need > room + 0.01)) {
      finishPage();
      full = false;
      footFrom = undefined;
      // Only a page the break itself starts is bare; one that overflows is not.
      const bare = u.breakBefore === true && u.bare === true;
      if (pages.length >= MAX_PAGES) throw tooManyPages(u);
      pages.push(bare ? { items: [], cells: [], bare } : { items: [], cells: [] });
      r = region(pages.length - 1, bare);
      y = r.top;
      empty = true;
      // A table continued on a new page repeats its header rows first.
      for (const h of u.repeat ?? []) {
        placeAt(pages[pages.length - 1] as LaidOutPage, h, y);
        y += h.height;
        empty = false;
        prevAfter = 0;
        prev = h;
      }
    }
    if (split) {
      pushAll(notes, split.kept);
      carried.push(split.rest);
      for (const n of splittable) placed.add(n);
    } else pushAll(notes, pending(u.notes ?? []));
    const top = y + (empty ? 0 : gap);
    const page = pages[pages.length - 1] as LaidOutPage;
    if (u.foot && !footFrom) footFrom = { items: page.items.length, cells: page.cells.length };
    for (const it of u.items) page.items.push({ ...it, y: it.y + top });
    for (const c of u.cells) page.cells.push({ ...c, y: c.y + top });
    y = top + u.height;
    if (footFrom && !units[i + 1]?.foot) {
      y = lowerToFoot(page, footFrom, y, r.bottom - noteRoom([]));
      footFrom = undefined;
      full = true;
    }
    prevAfter = u.spaceAfter;
    prev = u;
    empty = false;
    pageOf.push(pages.length - 1);
  }
  finishPage();
  return { pages, pageOf };
}

/**
 * Moves what was placed on the page from `from` on down, so that its bottom (`y`) stands at
 * `foot`; returns the new bottom. Why after placing: only then is it known which page the
 * run ends on, and the room left above it there.
 */
function lowerToFoot(
  page: LaidOutPage,
  from: { items: number; cells: number },
  y: number,
  foot: number,
): number {
  const by = foot - y;
  if (by <= 0) return y;
  for (let k = from.items; k < page.items.length; k++) {
    const it = page.items[k] as LaidOutPage["items"][number];
    page.items[k] = { ...it, y: it.y + by };
  }
  for (let k = from.cells; k < page.cells.length; k++) {
    const c = page.cells[k] as LaidOutPage["cells"][number];
    page.cells[k] = { ...c, y: c.y + by };
  }
  return foot;
}

/**
 * When a unit and what is stuck to it fit only if the last footnote they refer to is cut
 * short: the most lines of that note that let them fit (at least one), and the rest, to
 * continue at the foot of the next page, as TeX splits a long footnote. Why the chain's notes
 * and not the unit's own: a reference in a paragraph's last line is stuck to the lines before
 * it, and the paragraph would otherwise leave the page, however much room the note had there.
 */
function splitNote(
  notes: Unit[],
  fits: (kept: Unit[]) => boolean,
): { kept: Unit[]; rest: Unit } | undefined {
  const last = notes[notes.length - 1];
  if (!last?.lines || last.lines.length < 2) return undefined;
  for (let k = last.lines.length - 1; k >= 1; k--) {
    const kept = [...notes.slice(0, -1), noteUnit(last.lines.slice(0, k), last.label)];
    if (fits(kept))
      return { kept, rest: noteUnit(last.lines.slice(k), `${last.label} (continued)`) };
  }
  return undefined;
}

function placeAt(page: LaidOutPage, u: Unit, top: number): void {
  for (const it of u.items) page.items.push({ ...it, y: it.y + top });
  for (const c of u.cells) page.cells.push({ ...c, y: c.y + top });
}

/**
 * Footnotes of each unit and of every unit stuck to it: they must fit on its page too. Built
 * from the last unit back, one without notes sharing its follower's list (no one changes
 * them). Why not walked from each unit: a chain of 100,000 stuck units (a copy list of
 * 100,000 names, kept together) made that quadratic in the chain's length.
 */
function chainNotesOf(units: Unit[]): Unit[][] {
  const out: Unit[][] = new Array(units.length);
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i] as Unit;
    const own = u.notes ?? [];
    const next = u.sticky && i + 1 < units.length ? (out[i + 1] as Unit[]) : [];
    out[i] = own.length === 0 ? next : next.length === 0 ? own : [...own, ...next];
  }
  return out;
}

/** Height of the footnote area: the short rule with its spaces, then the notes. */
function notesHeight(notes: Unit[], rule: Unit | undefined): number {
  if (notes.length === 0 || !rule) return 0;
  return rule.spaceBefore + rule.height + rule.spaceAfter + stack(notes, 0).height;
}

/** Sets the page's footnotes so that the last ends at the bottom of the body region. */
function placeNotes(page: LaidOutPage, notes: Unit[], rule: Unit | undefined, bottom: number) {
  if (notes.length === 0 || !rule) return;
  const { page: set, height } = stack(notes, 0);
  const top = bottom - height;
  placeAt(page, rule, top - rule.spaceAfter - rule.height);
  for (const it of set.items) page.items.push({ ...it, y: it.y + top });
}

/**
 * Height of a unit plus everything stuck to it, with the gaps in between; `strict`: up to its
 * first loose link.
 */
function chainHeight(units: Unit[], i: number, strict = false): number {
  let h = (units[i] as Unit).height;
  for (let j = i; stuck(units[j] as Unit, strict) && j + 1 < units.length; j++) {
    const a = units[j] as Unit;
    const b = units[j + 1] as Unit;
    h += gapBetween(a, a.spaceAfter, b) + b.height;
  }
  return h;
}

/** The last unit of the chain of stuck units that starts at `i` (`strict`: as chainHeight). */
function chainEnd(units: Unit[], i: number, strict = false): number {
  let j = i;
  while (stuck(units[j] as Unit, strict) && j + 1 < units.length) j++;
  return j;
}

function stuck(u: Unit, strict: boolean): boolean {
  return u.sticky && !(strict && u.loose);
}

/** Places units top-down from y, ignoring page bounds (letterheads, headers, footers). */
export function stack(units: Unit[], y: number): { page: LaidOutPage; height: number } {
  const page: LaidOutPage = { items: [], cells: [] };
  let cursor = y;
  units.forEach((u, i) => {
    const above = units[i - 1];
    const top = cursor + (above ? gapBetween(above, above.spaceAfter, u) : 0);
    for (const it of u.items) page.items.push({ ...it, y: it.y + top });
    cursor = top + u.height;
  });
  return { page, height: cursor - y };
}

/**
 * The space between unit `a` (asking for `after` below it) and unit `b` under it: the larger
 * of the two spaces, and more where the glyphs of `a`'s last line and `b`'s first would come
 * closer than a twentieth of their size, as between two lines of a paragraph (line-skip.ts):
 * a line of Vietnamese capitals with stacked accents under another line of a block, a table
 * row, a signer's line.
 */
function gapBetween(a: Unit | undefined, after: number, b: Unit): number {
  const space = Math.max(after, b.spaceBefore);
  const below = a?.inkBottom;
  const above = b.inkTop;
  if (!a || !below || !above) return space;
  const clear = a.height - below.y + space + above.y;
  const skip = skipFor(clear, Math.max(below.least, above.least));
  // The lines of a paragraph stand apart as they are set: what the sums here add to that
  // by rounding is no skip.
  return skip > ROUNDING ? space + skip : space;
}

const ROUNDING = 1e-6;

/** Space a stack of units asks to keep below itself. */
export function trailingSpace(units: Unit[]): number {
  return units[units.length - 1]?.spaceAfter ?? 0;
}

/** The refusal of a letter's page MAX_PAGES + 1, naming what would have started it. */
function tooManyPages(u: Unit): MissiveError {
  return new MissiveError("layout", {
    message: `the letter would have more than ${MAX_PAGES.toLocaleString("en-US")} pages (${u.label} starts page ${(MAX_PAGES + 1).toLocaleString("en-US")}); missive lays out no longer letter`,
    hints: [
      "look for what repeats: page breaks (\\newpage) in the data, or a template loop that writes <page-break/>",
    ],
    ...aboutPainted(u.items),
  });
}

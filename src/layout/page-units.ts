import { basename } from "node:path";
import { MissiveError } from "../errors.js";
import { largest } from "../largest.js";
import { blockDirection, type Direction } from "../model/direction.js";
import { labelSpaced } from "../model/label-gap.js";
import type {
  Block,
  ColumnsBlock,
  ImageBlock,
  Kept,
  PageBreakBlock,
  Run,
  SignatureBlock,
  SpaceBlock,
  TextBlock,
} from "../model/letter-doc.js";
import { DEFAULT_PHRASES, fillPhrase } from "../model/phrases.js";
import { signerLines, signerNameLines, signerTitleLines } from "../model/signer-lines.js";
import type { TextStyle } from "../model/style.js";
import { ownOf } from "../own-of.js";
import { pushAll } from "../push-all.js";
import { fieldsUnit } from "./fields-unit.js";
import { covers, drawnSize, draws, type Face, type FontBook, measure } from "./font-book.js";
import type { Hyphenator } from "./hyphenator.js";
import type { PaintItem, Rect, TextItem } from "./laid-out-doc.js";
import {
  type InkEdge,
  inkEdges,
  type LineInk,
  leastGap,
  lineSkips,
  type PlacedInk,
  skipFor,
} from "./line-skip.js";
import { mirrorItem } from "./mirror-page.js";
import { stack } from "./paginate.js";
import type { ItemContext } from "./paragraph-items.js";
import type { ParagraphMemo } from "./paragraph-memo.js";
import { ruleUnit } from "./rule-unit.js";
import type { RunItems } from "./run-items.js";
import { type LaterWidth, type SetLine, setParagraph } from "./set-lines.js";
import { syntheticPaint } from "./synthetic-style.js";
import { tableUnits } from "./table-units.js";

/**
 * The unit of pagination: something that is placed whole on one page. Items and cells are
 * positioned with x absolute and y relative to the unit's top.
 */
export interface Unit {
  height: number;
  spaceBefore: number;
  spaceAfter: number;
  /** Must share a page with the next unit (keep-with-next, widow and orphan control). */
  sticky: boolean;
  /**
   * With `sticky`: the link gives way where the chain of stuck units it makes is taller than
   * a page (a block's `keep-previous`: the copies after a signature, when they run to pages).
   */
  loose?: true;
  /** Starts a new page (set by balancing, see paginate.ts). */
  breakBefore?: boolean;
  /** Stands on page 2 or later: the first unit set in the pages' column (first-column.ts). */
  laterPage?: true;
  /** With `breakBefore`: that page has no continuation header (`<page-break head="none"/>`). */
  bare?: boolean;
  /** Rows of one balanced signature grid share a key: their last two pages get even shares. */
  balance?: string;
  /** Of a `<body at="foot">`: the run of such units is lowered to the foot of its last page. */
  foot?: true;
  items: PaintItem[];
  cells: Rect[];
  label: string;
  /** Footnotes referenced in this unit: set at the foot of the page it lands on. */
  notes?: Unit[];
  /** A footnote's lines, so a long note can continue at the foot of the next page. */
  lines?: Unit[];
  /** Placed first when this unit starts a page: a table's header rows. */
  repeat?: Unit[];
  /** How high the glyphs of its first line of text reach (line-skip.ts), if it starts with one. */
  inkTop?: InkEdge;
  /** How low the glyphs of its last line of text reach, if it ends with one. */
  inkBottom?: InkEdge;
}

export interface UnitContext {
  book: FontBook;
  styles: Record<string, TextStyle>;
  hyphenate: Hyphenator | null;
  hyphenatorFor(lang: string): Hyphenator | null;
  left: number;
  width: number;
  fields: { page: number; pages: number };
  /** How the letter writes a page number (page-numeral.ts); in Latin digits without it. */
  numeral?: (n: number) => string;
  /** The direction of the letter's paragraphs; left to right when absent. */
  dir?: Direction;
  /** The letter's language, for its fallback fonts. */
  lang?: string;
  /** A warning; `about`: the text it is about, in full; `cause` (laid-out-doc.ts's LayoutWarning). */
  warn(message: string, about?: string, cause?: string): void;
  /** Footnote units by mark, attached to the unit of the line that refers to them. */
  notes?: Map<string, Unit>;
  /** Paragraphs set before, in this thread (resources.ts); without it each is set anew. */
  paragraphs?: ParagraphMemo;
  /** The items of runs built before, in this letter (run-items.ts). */
  runItems?: RunItems;
  /**
   * The body's block (by index) that page 1's own column ends in, and where the pages' column
   * stands: its lines after the first `lines` are set there (first-column.ts). Read only by
   * the top-level blocks of the body: blocksToUnits hands the block its `turn`.
   */
  turnAt?: { block: number; lines: number; left: number; width: number; notes?: Map<string, Unit> };
  /**
   * That turn, for the block being set (textUnits); `notes`: the footnotes as set in the
   * pages' column, for the lines after the turn (on page 2 or later).
   */
  turn?: { lines: number; left: number; width: number; notes?: Map<string, Unit> };
}

/**
 * The blocks' units; `scope` (model/block-ids.ts) starts their block ids, so blocks of
 * different sources, each numbered from 0, never share an id. `starts`, when given, gets the
 * index of each block's first unit (first-column.ts splices two settings of a body by block).
 */
export function blocksToUnits(
  blocks: Block[],
  ctx: UnitContext,
  scope: string,
  starts?: number[],
): Unit[] {
  const units: Unit[] = [];
  let pendingSpace = 0;
  // The space after the block that introduced a list, kept for the block after the list.
  let aroundList = 0;
  let inList = false;
  let breakNext = false;
  let bareNext = false;
  // How many units the block before made (its set lines, for a paragraph).
  let madeBefore = 0;
  for (const [i, b] of blocks.entries()) {
    starts?.push(units.length);
    if (b.kind === "space") {
      pendingSpace += b.height;
      continue;
    }
    if (b.kind === "page-break") {
      breakNext = true;
      bareNext = b.head === "none";
      continue;
    }
    const isItem = b.kind === "text" && b.level !== undefined;
    const made = turnedUnits(b, turnFor(ctx, i), scope, i);
    const first = made[0];
    if (first) first.spaceBefore += pendingSpace;
    if (first && breakNext) first.breakBefore = true;
    if (first && bareNext) first.bare = true;
    breakNext = false;
    bareNext = false;
    // A list sits apart from what follows it as from what comes before it, not only by the
    // small space between its items.
    // So does a list from a list right before it: a numbered list and then a bulleted one.
    const apart = !isItem || (b.kind === "text" && b.listStart === true);
    if (first && inList && apart) first.spaceBefore = Math.max(first.spaceBefore, aroundList);
    // A heading's small space after binds it to its section, a list included: the list sits
    // apart from what follows it as the paragraphs before the heading do.
    const heading = b.kind === "text" && b.role === "heading";
    if (!isItem && !heading) aroundList = made[made.length - 1]?.spaceAfter ?? 0;
    inList = isItem;
    keepTogether(units, made, b, { blocks, i, madeBefore });
    pendingSpace = 0;
    madeBefore = made.length;
    pushAll(units, made);
  }
  // A <space> after the last block (a letterhead's room under its last line) is space under
  // it, as the band's height counts it; it was dropped, there being no next block to take it.
  const last = units[units.length - 1];
  if (last && pendingSpace > 0) last.spaceAfter += pendingSpace;
  return units;
}

/** The context block `i` is set in: with its `turn` when page 1's column ends in it. */
function turnFor(ctx: UnitContext, i: number): UnitContext {
  const at = ctx.turnAt;
  if (!at) return ctx;
  const plain = { ...ctx };
  delete plain.turnAt;
  if (at.block !== i) return plain;
  const { block: _, ...turn } = at;
  return { ...plain, turn };
}

/**
 * The units of block `i`. One that page 1's column ends in and that is not broken anew by its
 * lines (a table's rows, a signature grid's, a list of copies kept by its entries) takes its
 * units after the turn from a setting in the pages' column: what lands on page 2 is re-measured
 * at its width, as a paragraph is re-broken (textUnits). Its units are the same in number in
 * either column (a row or an entry each), so the turn falls between the same two.
 */
function turnedUnits(b: SetBlock, ctx: UnitContext, scope: string, i: number): Unit[] {
  const made = unitsOf(b, ctx, scope, i);
  const at = ctx.turn;
  if (!at || (b.kind === "text" && !b.keepTogether)) return made;
  const plain = { ...ctx };
  delete plain.turn;
  const column = { ...plain, left: at.left, width: at.width };
  // A table whose first rows stand in page 1's column keeps their widths (model/turned-shares.ts).
  const first = at.lines > 0 ? ctx.width : undefined;
  const later = unitsOf(b, at.notes ? { ...column, notes: at.notes } : column, scope, i, first);
  if (later.length !== made.length) return made;
  return [...made.slice(0, at.lines), ...later.slice(at.lines)];
}

/** Blocks that are set: spaces and page breaks only change the next set block. */
type SetBlock = Exclude<Block, SpaceBlock | PageBreakBlock>;

/** The units of block `i`; `firstWidth`: the width of the column its first units stand in. */
function unitsOf(
  b: SetBlock,
  ctx: UnitContext,
  scope: string,
  i: number,
  firstWidth?: number,
): Unit[] {
  const id = (role: string) => `${scope}${role}#${i}`;
  switch (b.kind) {
    case "text":
      return textUnits(b, ctx, id(headingRole(b)));
    case "signatures":
      return signatureUnits(b, ctx, id("signatures"), `${scope}signer:`);
    case "rule":
      return [ruleUnit(b, ctx)];
    case "fields":
      return [fieldsUnit(b, ctx, id("fields"))];
    case "table":
      return tableUnits(b, ctx, id("table"), firstWidth);
    case "columns":
      return [columnsUnit(b, ctx, id("columns"))];
    case "image":
      return [imageUnit(b, ctx, id("image"))];
  }
}

/**
 * What keeps the units `made` of block `b`, `blocks[i]`, with the units before them (`units`,
 * the block before having made `madeBefore`) or with one another.
 */
function keepTogether(
  units: Unit[],
  made: Unit[],
  b: SetBlock,
  at: { blocks: Block[]; i: number; madeBefore: number },
): void {
  const { blocks, i, madeBefore } = at;
  const isItem = b.kind === "text" && b.level !== undefined;
  if (b.kind === "text" && b.keepPrevious) stickLast(units, b.keepPrevious, true);
  if (b.together !== undefined) keepInGroup(made, blocks, i);
  if (b.atFoot) for (const u of made) u.foot = true;
  // A paragraph that introduces a list ("We urge you to:"), a quotation ("As the Act
  // provides:"), a table or a picture never ends a page without it.
  if (isIntroduced(b, isItem) && introduces(blocks[i - 1], b)) stickLast(units, 1);
  if (endsFirstOrLastTwo(blocks, i, madeBefore, made.length)) stickLast(units, 1);
  // A signature block never starts a page alone: with no closing (or other block) already
  // keeping with it, the last two lines before it come along, as a closing would take them.
  if (b.kind === "signatures" && units.at(-1)?.sticky === false) stickLast(units, 2);
}

/**
 * A block of a group kept together (`<body keep="together">`): each of its units sticks to the
 * next, and its last to the group's next block; a group taller than a page then fills each
 * page in turn (paginate.ts).
 */
function keepInGroup(made: Unit[], blocks: Block[], i: number): void {
  const group = (blocks[i] as Kept).together;
  let j = i + 1;
  while (blocks[j]?.kind === "space") j++;
  const next = blocks[j] as Kept | undefined;
  const last = made.length - 1;
  made.forEach((u, k) => {
    if (k < last || next?.together === group) u.sticky = true;
  });
}

/** What a paragraph ending in a colon may introduce: a list, a quotation, a table, a picture. */
function isIntroduced(b: Block, isItem: boolean): boolean {
  return (
    isItem || (b.kind === "text" && b.role === "quote") || b.kind === "table" || b.kind === "image"
  );
}

/**
 * A paragraph whose text ends in a colon (a footnote's mark may follow it) before `next`: one
 * outside a list, or an item before what its item holds, a nested list or a table ("2. Subject
 * to these conditions:" and its a., b., c.). Why not an item before the next of its own list:
 * a form's items end in colons ("Name:", "Address:") and introduce nothing.
 */
function introduces(b: Block | undefined, next: Block): boolean {
  if (b?.kind !== "text") return false;
  if (b.level !== undefined && !heldBy(next, b.level)) return false;
  const runs = (b.lines.at(-1) ?? []).filter((r) => !r.note);
  return /[:：]\s*$/u.test(runs.map((r) => r.text).join(""));
}

/** Whether `b` is held by an item at `level`: a list nested in it, or its table. */
function heldBy(b: Block, level: number): boolean {
  if (b.kind === "table") return b.level === level;
  return b.kind === "text" && (b.level ?? 0) > level;
}

/**
 * Whether the item at `i` is the second or the last of a list (top level), so no page breaks
 * between it and the item before: a page never ends on a list's short first item nor starts
 * with its short last one alone, as a table leaves two of its rows on each page. Why: a
 * referral letter's page ended "Past medical history:" and one of its four items, the other
 * three over the page. An item of `SHORT_ITEM` lines or more stands as a paragraph does, as in
 * LaTeX: an ayuntamiento's resolution ended page 1 six lines early, its "RESUELVE" and three-line
 * first point sent over with the second. `linesBefore`, `lines`: the units the item before and
 * this one made. A page may still break inside an item of several lines.
 */
function endsFirstOrLastTwo(
  blocks: Block[],
  i: number,
  linesBefore: number,
  lines: number,
): boolean {
  const [prev, b, next] = [blocks[i - 1], blocks[i], blocks[i + 1]];
  if (!isTopItem(b) || b.listStart || !isTopItem(prev)) return false;
  const goesOn = next?.kind === "text" && next.level !== undefined && !next.listStart;
  if (prev.listStart === true && linesBefore < SHORT_ITEM) return true;
  return !goesOn && lines < SHORT_ITEM;
}

/** The lines from which a list's first or last item may stand alone on a page. */
const SHORT_ITEM = 3;

/** A top-level list item's first paragraph (the one with its marker). */
function isTopItem(b: Block | undefined): b is TextBlock {
  return b?.kind === "text" && b.level === 1 && b.marker !== undefined;
}

/**
 * Makes the last `n` units stick to what follows, so they move to its page with it; `loose`:
 * only where they fit on one page together (a unit already stuck stays as it was).
 */
function stickLast(units: Unit[], n: number, loose = false): void {
  for (let k = Math.max(0, units.length - n); k < units.length; k++) {
    const u = units[k] as Unit;
    if (loose && !u.sticky) u.loose = true;
    u.sticky = true;
  }
}

export function style(ctx: UnitContext, name: string): TextStyle {
  return ownOf(ctx.styles, name) ?? (ctx.styles.default as TextStyle);
}

/**
 * Sets a text block's lines at the given width; shared by paragraphs and signature cells.
 * `indent`: the first line's (firstLineIndent), for a block's first hard line.
 */
export function setText(
  lines: TextBlock["lines"],
  st: TextStyle,
  ctx: UnitContext,
  width: number,
  indent = 0,
  then?: LaterWidth,
): SetLine[] {
  const itemCtx = indent > 0 ? { ...itemContext(st, ctx), indent } : itemContext(st, ctx);
  // A paragraph set at two widths is the one page 1's column ends in: set once, not kept.
  const memo = then ? undefined : ctx.paragraphs;
  return lines.flatMap((runs) =>
    memo ? memo.set(runs, itemCtx, width, ctx.book.key) : setParagraph(runs, itemCtx, width, then),
  );
}

/** How wide a line of runs is set on one line, unbroken (a table's column, a label's). */
export function naturalWidth(line: Run[], st: TextStyle, ctx: UnitContext): number {
  return largest(
    setText([line], { ...st, align: "left" }, ctx, 1e6).map((l) => l.width),
    0,
  );
}

/** What making a paragraph's items needs, for text in style `st`. */
export function itemContext(st: TextStyle, ctx: UnitContext): ItemContext {
  return {
    book: ctx.book,
    style: st,
    hyphenate: ctx.hyphenate,
    hyphenatorFor: ctx.hyphenatorFor,
    fields: ctx.fields,
    ...(ctx.numeral ? { numeral: ctx.numeral } : {}),
    warn: ctx.warn,
    ...(ctx.dir ? { dir: ctx.dir } : {}),
    ...(ctx.lang ? { lang: ctx.lang } : {}),
    ...(ctx.runItems ? { runItems: ctx.runItems } : {}),
  };
}

/** Baseline offset from the top of a line box, centring the font's ascent+descent in the leading. */
export function baseline(st: TextStyle, ctx: UnitContext): number {
  const f = ctx.book.face(st.font, st.bold, st.italic).font;
  const asc = (f.ascent / f.unitsPerEm) * st.size;
  const desc = (-f.descent / f.unitsPerEm) * st.size;
  return (st.leading - (asc + desc)) / 2 + asc;
}

/**
 * A set line's painted text. Why built field by field, not of spreads: every letter paints
 * each segment of each line again, and a spread of a conditional literal makes and copies an
 * object per field; the fields are added in the order the spreads gave them (the writer's
 * memos and the layout output read them in order).
 */
export function paint(
  line: SetLine,
  x: number,
  y: number,
  st: TextStyle,
  block: string,
): PaintItem[] {
  return line.segments.map((s) => paintSegment(s, x, y, st.color, block));
}

function paintSegment(
  s: SetLine["segments"][number],
  x: number,
  y: number,
  color: TextStyle["color"],
  block: string,
): PaintItem {
  const look = s.look;
  const face = look.face;
  // Typed whole at once; color and width follow where the spreads put them.
  const it = {
    kind: "text",
    x: x + s.x,
    y: y - (look.rise ?? 0),
    text: s.text,
    font: face.path,
    size: drawnSize(face, look.size),
    wordSpacing: s.wordSpacing,
    tracking: look.tracking,
  } as TextItem;
  if (s.scale !== 1) it.scale = s.scale;
  if (s.hang) it.hang = s.hang;
  if (s.rtl) it.rtl = s.rtl;
  if (face.synthetic) Object.assign(it, syntheticPaint(face.synthetic, it.size));
  it.color = color;
  it.width = s.width;
  it.block = block;
  if (look.href) it.href = look.href;
  if (look.lang) it.lang = look.lang;
  if (face.lang) it.shapedIn = face.lang;
  if (look.note !== undefined) it.note = look.note;
  if (s.joint) it.joint = s.joint;
  return it;
}

/**
 * A style's runover in a column `width` wide: none for text centred or set flush right, and
 * at most half the column (a pack's style may ask for anything).
 */
function runoverOf(st: TextStyle, width: number): number {
  if (st.align === "center" || st.align === "right") return 0;
  return Math.min(Math.max(st.runover, 0), width / 2);
}

/**
 * A style's first-line indent on lines `width` wide (the column less the block's own indent
 * and runover): at most half of them, as the pack's bound is half the page for each alone.
 */
function firstIndentOf(st: TextStyle, width: number): number {
  return Math.min(Math.max(st.firstLineIndent, 0), width / 2);
}

/** A heading's level shows in its block id (`heading-2#7`), so the PDF tags it H2. */
function headingRole(b: TextBlock): string {
  return b.role === "heading" && b.style.startsWith("heading-") ? b.style : b.role;
}

/** A set line whose last word the line breaker hyphenated (it ends in the soft hyphen). */
function endsHyphenated(line: SetLine): boolean {
  return line.segments.at(-1)?.text.endsWith("\u00AD") ?? false;
}

/**
 * The context a block is set in, and how its items are placed: a passage in a language
 * written the other way than the letter (a Hebrew paragraph, table or fields in an English
 * letter) is set as in a letter written that way, then turned in the column.
 */
export function passageWay(
  lines: readonly (readonly Run[])[],
  letter: UnitContext,
): { ctx: UnitContext; turn: <T extends { x: number; width: number }>(items: T[]) => T[] } {
  const way = blockDirection(lines, letter.lang ?? "", letter.dir ?? "ltr");
  if (way === (letter.dir ?? "ltr")) return { ctx: letter, turn: (items) => items };
  const ctx = { ...letter, dir: way };
  return { ctx, turn: (items) => items.map((it) => mirrorItem(it, 2 * ctx.left + ctx.width)) };
}

function textUnits(b: TextBlock, letter: UnitContext, tag: string): Unit[] {
  const { ctx, turn } = passageWay(b.lines, letter);
  const st = style(ctx, b.style);
  const hang = b.label
    ? measure(markerFace(b.label, st, ctx), b.label, st.size) +
      (labelSpaced(b.label) ? st.size * 0.5 : 0)
    : 0;
  // Lists and quotes nested in one another indent within half the measure, as each does.
  const [list, quote] = [listIndent(b, st, ctx), quoteIndent(b, st, ctx)];
  const nesting = Math.min(list + quote, Math.max(list, quote, ctx.width / 2));
  const indent = nesting + hang + signingIndent(b.indent, ctx);
  const x = ctx.left + indent;
  const runover = b.level === undefined ? runoverOf(st, ctx.width - indent) : 0;
  const width = ctx.width - indent - runover;
  const opening = b.level === undefined && !b.label && !b.marker ? firstIndentOf(st, width) : 0;
  // Each line of the data set on its own, so its turned-over lines are known.
  // Page 1's column ends inside this block (first-column.ts): the lines after its first
  // `turn.lines` are set in the pages' column.
  // Only where each set line is a unit of its own: a block kept whole cannot straddle pages.
  const onward = ctx.turn && !b.keepTogether ? ctx.turn : undefined;
  const later = onward ? onward.width - indent - runover : width;
  let before = onward?.lines ?? Number.POSITIVE_INFINITY;
  const set = b.lines.map((runs, n) => {
    const first = n === 0 ? opening : 0;
    if (before <= 0) return setText([runs], st, ctx, later, first);
    const then = onward ? { lines: before, width: later } : undefined;
    const lines = setText([runs], st, ctx, width, first, then);
    before -= lines.length;
    return lines;
  });
  const shift = (i: number) => (onward && i >= onward.lines ? onward.left - ctx.left : 0);
  const lines = set.flat();
  const turned = set.flatMap((ls) => ls.map((_, i) => i > 0));
  const base = baseline(st, ctx);
  const inks = lines.map((l) => l.ink);
  const skips = lineSkips(inks, st.leading, st.size);
  const units: Unit[] = lines.map((line, i) => ({
    height: st.leading + (skips[i] as number),
    ...inkEdges([{ ink: inks[i] as LineInk, y: base + (skips[i] as number), size: st.size }]),
    spaceBefore: 0,
    spaceAfter: 0,
    // Widow and orphan lines stick to their neighbour; so does a line that ends in an added
    // hyphen, so no page ends in half a word (TeX's \brokenpenalty, made a rule).
    sticky: lines.length > 1 && (i === 0 || i === lines.length - 2 || endsHyphenated(line)),
    items:
      b.level === undefined
        ? paint(
            line,
            x + shift(i) + (turned[i] ? runover : 0),
            base + (skips[i] as number),
            st,
            tag,
          )
        : withLevel(
            paint(line, x + shift(i), base + (skips[i] as number), st, tag),
            b.level,
            b.listStart,
          ),
    cells: [],
    label: `${b.role} line ${i + 1}`,
    // A footnote referred to after the turn stands on page 2 or later, in the pages' column.
    ...notesOf(line, onward?.notes && i >= onward.lines ? { ...ctx, notes: onward.notes } : ctx),
  }));
  const marker = b.marker || b.label;
  if (marker && units[0]) {
    const item = labelItem(marker, st, ctx, { x: 0, y: base, tag });
    units[0].items.unshift({
      ...item,
      x: b.label ? x - hang : x - item.width - st.size * 0.5,
      ...(b.marker ? { marker: true as const } : {}),
      ...(b.level !== undefined ? { level: b.level } : {}),
      ...(b.listStart ? { listStart: true as const } : {}),
      ...labelWay(ctx),
    });
  }
  // A passage written the other way is turned in the column each line stands in: its lines
  // after the turn in the pages' column, about that column's middle.
  const column = onward && { ...letter, left: onward.left, width: onward.width };
  const laterTurn = column && ctx !== letter ? passageWay(b.lines, column).turn : turn;
  units.forEach((u, i) => {
    u.items = (onward && i >= onward.lines ? laterTurn : turn)(u.items);
  });
  const out = !b.keepTogether
    ? units
    : b.fit
      ? brokenAsParagraph(units, set, b.role)
      : [merge(units, b.role)];
  if (b.fit && b.continued && out.length > 1) {
    const head = continuedUnit(b.continued, st, ctx, { x: x - hang, y: base, tag, turn });
    for (const u of out.slice(1)) u.repeat = [head];
  }
  const first = out[0] as Unit;
  const last = out[out.length - 1] as Unit;
  first.spaceBefore = st.spaceBefore;
  // A loose list's paragraphs stand apart as the body's do (letter-doc.ts, `loose`).
  last.spaceAfter = b.loose
    ? Math.max(st.spaceAfter, style(ctx, "body").spaceAfter)
    : st.spaceAfter;
  if (b.keepWithNext) last.sticky = true;
  return out;
}

/**
 * A list item's painted text, with its nesting level (a tagged PDF nests its lists by it) and
 * whether it starts a list (a tagged PDF starts a new one there).
 */
export function withLevel(items: PaintItem[], level: number, listStart?: true): PaintItem[] {
  const mark = listStart ? { level, listStart } : { level };
  return items.map((it) => (it.kind === "text" ? { ...it, ...mark } : it));
}

/**
 * A list paragraph's indent: the style's indent per level, widened where a level's widest
 * marker and its gap would not fit in it, so no marker reaches past its parent's text edge;
 * the levels past the first within half the measure, as a quote's within quotes. Why: without
 * a bound, a list nested a few dozen deep runs its items' text off the paper (LaTeX stops at
 * four levels; lists may nest 100, model/list-levels.ts).
 */
export function listIndent(
  b: Pick<TextBlock, "level" | "listMarkers">,
  st: TextStyle,
  ctx: UnitContext,
): number {
  const levels = b.level ?? 1;
  let indent = 0;
  let first = 0;
  for (let l = 0; l < levels; l++) {
    const widest = (b.listMarkers?.[l] ?? []).map(
      (m) => measure(markerFace(m, st, ctx), m, st.size) + st.size * 0.5,
    );
    indent += Math.max(st.indent, ...widest);
    if (l === 0) first = indent;
  }
  // The first level's indent is the style's (a pack may indent a block past half the measure).
  return Math.min(indent, Math.max(first, ctx.width / 2));
}

/** The footnotes a set line refers to, as `{ notes }` to spread into its unit. */
export function notesOf(line: SetLine, ctx: UnitContext): { notes?: Unit[] } {
  const notes = line.segments.flatMap((s) => {
    const note = s.look.note === undefined ? undefined : ctx.notes?.get(s.look.note);
    return note ? [note] : [];
  });
  return notes.length ? { notes } : {};
}

/** The style's face, or the first fallback that has every character of a list marker (`▪`). */
function markerFace(marker: string, st: TextStyle, ctx: UnitContext): Face {
  const chain = ctx.book.chain(st.font, st.bold, st.italic, ctx.lang);
  // A fallback's copy at the style font's x-height draws Latin letters only (font-book.ts).
  const drawn = chain.find((f) =>
    [...marker].every((ch) => (f.scale ? draws(f, ch) : covers(f, ch))),
  );
  return drawn ?? (chain[0] as Face);
}

/**
 * A footnote's line units as one unit that remembers its lines (paginate.ts splits it when it
 * does not fit under its reference), with the spaces of its first and last line.
 */
export function noteUnit(lines: Unit[], label: string): Unit {
  return {
    ...merge(lines, label),
    spaceBefore: lines[0]?.spaceBefore ?? 0,
    spaceAfter: lines[lines.length - 1]?.spaceAfter ?? 0,
    lines,
  };
}

/**
 * A list of copies or enclosures (`keep="fit"`), as one unit per line of its data (a copy's
 * recipient with its turned-over lines, never split) that breaks between entries as a
 * paragraph between lines: at least two at the foot of a page, under its label, and
 * `TAIL_ENTRIES` at the head of the next, where no label says what they are. Kept whole, a
 * long list moved to the next page and took the last signers with it (`keep-previous`),
 * leaving half a page empty under the signatures. Why more at the head: an office order's
 * nine copies left two alone on page 2, a page that read as a stray scrap.
 */
function brokenAsParagraph(units: Unit[], set: SetLine[][], label: string): Unit[] {
  const out: Unit[] = [];
  let from = 0;
  for (const lines of set) {
    if (lines.length === 0) continue;
    out.push(merge(units.slice(from, from + lines.length), label));
    from += lines.length;
  }
  if (out.length > 1) (out[0] as Unit).sticky = true;
  for (let k = Math.max(0, out.length - TAIL_ENTRIES); k < out.length - 1; k++)
    (out[k] as Unit).sticky = true;
  return out.length ? out : [merge(units, label)];
}

/**
 * The line a list of copies or enclosures starts a page it runs on to with ("cc (continued):",
 * TextBlock.continued), set where its label stands on the page before (`x`, baseline `y`), in
 * the list's style: paginate.ts places it over the first entry of such a page, as a table's
 * header rows, so the entries there say what they are.
 */
function continuedUnit(
  text: string,
  st: TextStyle,
  ctx: UnitContext,
  at: { x: number; y: number; tag: string; turn: (items: TextItem[]) => TextItem[] },
): Unit {
  const item = { ...labelItem(text, st, ctx, at), ...labelWay(ctx) };
  return { ...emptyUnit(`${at.tag} continued`), height: st.leading, items: at.turn([item]) };
}

/** A block's label or list marker, drawn as one piece in the first face that has it. */
function labelItem(
  text: string,
  st: TextStyle,
  ctx: UnitContext,
  at: { x: number; y: number; tag: string },
): TextItem {
  const face = markerFace(text, st, ctx);
  return {
    kind: "text",
    x: at.x,
    y: at.y,
    text,
    font: face.path,
    size: drawnSize(face, st.size),
    wordSpacing: 0,
    tracking: 0,
    ...syntheticPaint(face.synthetic, drawnSize(face, st.size)),
    ...(face.lang ? { shapedIn: face.lang } : {}),
    color: st.color,
    width: measure(face, text, st.size),
    block: at.tag,
  };
}

/**
 * In a letter laid out right to left, a marker or label reads right to left too: "1." is drawn
 * ".1" and "העתק מוסתר:" from its first word on the right, as the lines beside it.
 */
function labelWay(ctx: UnitContext): { rtl?: true } {
  return ctx.dir === "rtl" ? { rtl: true } : {};
}

/** The fewest entries of a list of copies or enclosures that start a page. */
const TAIL_ENTRIES = 4;

/**
 * Blocks side by side (`<columns>`): each column's blocks stacked at its own left, in its
 * width; one unit as tall as the tallest column, never split, spaced as its columns' first
 * and last blocks ask (the larger).
 */
function columnsUnit(b: ColumnsBlock, ctx: UnitContext, tag: string): Unit {
  const n = b.columns.length;
  const gutter = Math.min(b.gutter, ctx.width / (2 * n));
  const width = (ctx.width - gutter * (n - 1)) / n;
  const out = emptyUnit(tag);
  for (const [i, blocks] of b.columns.entries()) {
    // Set left to right: a letter right to left is mirrored whole (layout.ts), which puts
    // the first column on the right, where its lines start.
    const left = ctx.left + i * (width + gutter);
    const units = blocksToUnits(blocks, { ...ctx, left, width }, `${tag}/${i}:`);
    const { page, height } = stack(units, 0);
    pushAll(out.items, page.items);
    out.height = Math.max(out.height, height);
    out.spaceBefore = Math.max(out.spaceBefore, units[0]?.spaceBefore ?? 0);
    out.spaceAfter = Math.max(out.spaceAfter, units.at(-1)?.spaceAfter ?? 0);
  }
  return out;
}

/** A unit with nothing in it yet, to gather others into. */
function emptyUnit(label: string): Unit {
  return { height: 0, spaceBefore: 0, spaceAfter: 0, sticky: false, items: [], cells: [], label };
}

/** Stacks units into one unbreakable unit. */
function merge(units: Unit[], label: string): Unit {
  const out = emptyUnit(label);
  for (const u of units) {
    const dy = out.height;
    pushAll(
      out.items,
      u.items.map((it) => ({ ...it, y: it.y + dy })),
    );
    pushAll(
      out.cells,
      u.cells.map((c) => ({ ...c, y: c.y + dy })),
    );
    if (u.notes) out.notes = [...(out.notes ?? []), ...u.notes];
    out.height += u.height;
  }
  const first = units[0]?.inkTop;
  const last = units.at(-1)?.inkBottom;
  if (first) out.inkTop = first;
  if (last) out.inkBottom = { ...last, y: last.y + out.height - (units.at(-1) as Unit).height };
  return out;
}

function imageUnit(image: ImageBlock, ctx: UnitContext, tag: string): Unit {
  const b = image.natural ? fitted(image, ctx.width) : image;
  if (b.width > ctx.width + 0.01) {
    throw new MissiveError("layout", {
      message: `image ${basename(b.src)} is ${b.width.toFixed(0)}pt wide; the text area is ${ctx.width.toFixed(0)}pt`,
      hints: ["give the <image> a smaller width"],
      aboutImage: b.src,
    });
  }
  if (b.altMissing)
    ctx.warn(
      `image ${basename(b.src)} has no alt text: a screen reader skips it (alt="…" describes it; alt="" says it is decorative)`,
      basename(b.src),
    );
  const x =
    b.align === "left"
      ? ctx.left
      : b.align === "right"
        ? ctx.left + ctx.width - b.width
        : ctx.left + (ctx.width - b.width) / 2;
  return {
    height: b.height,
    spaceBefore: 0,
    spaceAfter: 6,
    sticky: b.keepWithNext,
    items: [
      {
        kind: "image",
        x,
        y: 0,
        width: b.width,
        height: b.height,
        src: b.src,
        alt: b.alt,
        block: tag,
      },
    ],
    cells: [],
    label: `image ${b.src}`,
  };
}

/** An image at its own size, made smaller (never larger) to the width of the text. */
function fitted(b: ImageBlock, width: number): ImageBlock {
  if (b.width <= width) return b;
  return { ...b, width, height: (b.height * width) / b.width };
}

/**
 * How far an indented closing and signature grid stand from the left margin: the length asked,
 * at most half the text width, for both alike, so "Sincerely," lines up with the names above
 * which it stands (3.25in on a page whose margins leave less than 6.5in of text).
 */
/** A quote within a quote: the quote's indent once more per level, within half the measure. */
function quoteIndent(b: TextBlock, st: TextStyle, ctx: UnitContext): number {
  return Math.min(((b.quoteDepth ?? 1) - 1) * st.indent, ctx.width / 2);
}

function signingIndent(indent: number | undefined, ctx: UnitContext): number {
  return Math.min(indent ?? 0, ctx.width / 2);
}

/**
 * The set lines of a signature cell, each name or title line of the data on its own, so a line
 * that wraps turns over indented by the style's runover and does not read as the next title.
 */
function cellLines(
  lines: TextBlock["lines"],
  st: TextStyle,
  ctx: UnitContext,
  cellW: number,
): { l: SetLine; st: TextStyle; shift: number }[] {
  const runover = runoverOf(st, cellW);
  return lines.flatMap((runs) =>
    setText([runs], st, ctx, cellW - runover).map((l, i) => ({
      l,
      st,
      shift: i > 0 ? runover : 0,
    })),
  );
}

/**
 * How much lower than `y` a line whose glyphs reach as `ink` must stand under the line placed
 * `above` it, for a twentieth of the larger size between their glyphs.
 */
function clearance(above: PlacedInk, ink: LineInk, y: number, size: number): number {
  const clear = y - ink.above - (above.y + above.ink.below);
  return skipFor(clear, leastGap(Math.max(above.size, size)));
}

/**
 * The widest a signature image is drawn: 3 inches, as wide as a pen signs. Why: an image is
 * fitted into its cell's width and the signature space's height, so one made 20 times as wide
 * as high (a stranger's data) was drawn across the whole text width.
 */
const MAX_SIGNATURE_WIDTH = 216;

/**
 * A signature grid's rows; each signer's block id is `signer` (`scope…signer:`) and the name.
 * A grid whose signers are in a language written the other way than the letter (`<signatures
 * lang="he">` in an English letter) is set as in a letter written that way, then turned in the
 * column, as a table or fields are (passageWay): the first signer at the right margin.
 */
function signatureUnits(
  b: SignatureBlock,
  letter: UnitContext,
  tag: string,
  signer: string,
): Unit[] {
  const { ctx, turn } = passageWay(b.signers.flatMap(signerLines), letter);
  const indent = signingIndent(b.indent, ctx);
  const cellW = (ctx.width - indent - (b.columns - 1) * b.gutter) / b.columns;
  const nameSt = style(ctx, b.nameStyle);
  const titleSt = style(ctx, b.titleStyle);
  const rows: Unit[] = [];
  for (let r = 0; r * b.columns < b.signers.length; r++) {
    const row = b.signers.slice(r * b.columns, (r + 1) * b.columns);
    const cells = row.map((s, c) => {
      const x = ctx.left + indent + c * (cellW + b.gutter);
      const parts = [
        ...cellLines(signerNameLines(s), nameSt, ctx, cellW),
        ...cellLines(signerTitleLines(s), titleSt, ctx, cellW),
      ];
      const items: PaintItem[] = [];
      // The glyphs of each line, where placed: the row's reach, and each line's clearance.
      const placed: PlacedInk[] = [];
      if (s.image) {
        const widest = Math.min(cellW, MAX_SIGNATURE_WIDTH);
        const scale = Math.min(widest / s.image.width, b.space / s.image.height);
        const w = s.image.width * scale;
        const h = s.image.height * scale;
        items.push({
          kind: "image",
          x,
          y: b.space - h,
          width: w,
          height: h,
          src: s.image.src,
          // The markup gives every signature image its alternative text (markup/signatures.ts).
          alt:
            s.alt ?? fillPhrase(DEFAULT_PHRASES.signatureAlt, { name: s.name.replace(/\n/g, " ") }),
          block: `${signer}${s.name}`,
        });
      }
      if (s.conformed) {
        // On the last line of the signature space, where the pen would end.
        const [line] = setText([[{ text: s.conformed }]], nameSt, ctx, cellW);
        if (line) {
          const at = b.space - nameSt.leading + baseline(nameSt, ctx);
          items.push(...paint(line, x, at, nameSt, `${signer}${s.name}`));
          placed.push({ ink: line.ink, y: at, size: nameSt.size });
        }
      }
      let y = b.space;
      for (const { l, st, shift } of parts) {
        // A name's and its titles' lines stand apart as a paragraph's do (line-skip.ts).
        const { ink } = l;
        const above = placed.at(-1);
        if (above) y += clearance(above, ink, y + baseline(st, ctx), st.size);
        const at = y + baseline(st, ctx);
        pushAll(items, paint(l, x + shift, at, st, `${signer}${s.name}`));
        placed.push({ ink, y: at, size: st.size });
        y += st.leading;
      }
      return {
        items,
        placed,
        height: y,
        rect: { x, y: 0, width: cellW, height: y, label: s.name },
      };
    });
    const height = largest(cells.map((c) => c.height));
    rows.push({
      height,
      // With no room to sign (a coalition's organisations), the names stand apart from the
      // closing by a paragraph's space, as the text output's blank line: else they ran on
      // under "Respectfully," as if it were their heading.
      spaceBefore: r > 0 ? b.rowGap : b.space > 0 ? 0 : style(ctx, "body").spaceAfter,
      spaceAfter: 0,
      sticky: false,
      items: turn(cells.flatMap((c) => c.items)),
      cells: turn(cells.map((c) => ({ ...c.rect, height }))),
      label: `signature row ${r + 1} (${row.map((s) => s.name).join(", ")})`,
      ...inkEdges(cells.flatMap((c) => c.placed)),
      ...(b.balance ? { balance: tag } : {}),
    });
  }
  return rows;
}

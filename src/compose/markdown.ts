import { decodeHTMLStrict } from "entities";
import type { Token, Tokens } from "marked";
import { fail, isStackOverflow, type Location, MissiveError } from "../errors.js";
import { isLanguageTag } from "../load/check-lang.js";
import { characterName, controlCharacter } from "../load/check-text.js";
import {
  hiddenScheme,
  INVISIBLE_LINK_HINT,
  invisibleInLink,
  LONG_LINK_HINT,
  linkTooLong,
} from "../model/link-target.js";
import { listTooDeep, MAX_LIST_LEVELS } from "../model/list-levels.js";
import { MAX_TABLE_CELLS, tooManyCells } from "../model/table-cell-limit.js";
import { withoutTrailing } from "../without-trailing.js";
import { AddressTokenizer } from "./address-tokenizer.js";
import { BoundedLexer } from "./bounded-lexer.js";
import { clauseNumber, isFirstPartOf, opensSection } from "./clause-numbers.js";
import { datesAsLines, type FancyLists, fancyLists, type Marker } from "./fancy-lists.js";
import { type JapaneseItems, japaneseItems } from "./japanese-bullets.js";
import { isLangDiv, LANG_DIV_EXTENSIONS, type LangDiv } from "./lang-div.js";
import { isLangSpan, LANG_SPAN_EXTENSIONS, type LangSpan } from "./lang-span.js";
import { checkListItemRuns } from "./list-item-runs.js";
import { alignAttr, blockAlign } from "./markdown-align.js";
import { checkMarkdownDepth } from "./markdown-depth.js";
import { imageParagraph, inlineImage } from "./markdown-image.js";
import { NOTE_EXTENSIONS, type NoteRef, Notes } from "./markdown-notes.js";
import { tableMarkup } from "./markdown-table.js";
import { pastedBullets } from "./pasted-bullets.js";
import { pastedTables } from "./pasted-tables.js";
import { plainProse } from "./plain-prose.js";
import { tableHeader } from "./table-header.js";
import { xmlEscape } from "./xml-escape.js";

/**
 * Turns the Markdown of a letter body into body markup (`<p>`, `<heading>`, `<list>`,
 * `<quote>`, `<table>`, `<rule>`, `<image>`, `<b>`, `<i>`, `<a>`, `<note>`, `<code>`, and `<span lang>` for
 * `[text]{lang=de}`). Why a real Markdown lexer:
 * users paste text with emphasis, lists and links, and expect CommonMark behaviour;
 * everything that is not markup is escaped, so data cannot inject elements.
 */
/** Where a piece of the Markdown source is, for errors. */
export type Locator = (source: string) => Location;

/** What the converters share while turning one body into markup. */
export interface MdContext {
  where: Locator;
  notes: Notes;
  markers: ListMarkers;
  /** The id of the footnote whose text is being read, if any. */
  inNote?: string;
  /** Lists numbered `(a)`, `i.` (fancy-lists.ts), when the body has them. */
  fancy?: FancyLists;
  /** The language of the `::: {lang=…}` fence the blocks are in (lang-div.ts), if any. */
  lang?: string;
  /** The pack's styles, for a table's `{header=…}` (table-header.ts). */
  styles?: ReadonlySet<string>;
}

/** The cells of the tables a letter's Markdown fields have held so far (one per letter). */
export interface TableTally {
  cells: number;
  /** The pack's styles, which a table's `{header=…}` names (table-header.ts). */
  styles?: ReadonlySet<string>;
}

/**
 * Markers a template asks for by depth (`{{markdown body numbering="1. a) (i)" bullets="• –"}}`):
 * the n-th entry is for lists nested n deep among lists of their kind, the last repeats.
 */
export interface ListMarkers {
  numbering?: string[];
  bullets?: string[];
}

/** Language spans and footnotes, in the form marked's Lexer takes. */
const EXTENSIONS = {
  renderers: {},
  childTokens: {},
  inline: [...LANG_SPAN_EXTENSIONS.inline, ...NOTE_EXTENSIONS.inline],
  startInline: [...LANG_SPAN_EXTENSIONS.startInline, ...NOTE_EXTENSIONS.startInline],
  block: [...LANG_DIV_EXTENSIONS.block, ...NOTE_EXTENSIONS.block],
  startBlock: [...LANG_DIV_EXTENSIONS.startBlock, ...NOTE_EXTENSIONS.startBlock],
};

/** How often a body with `(a)` lines is read again without the ones that were not items. */
const MAX_FANCY_ROUNDS = 3;

/** Markdown headings from this depth on run into the paragraph that follows them. */
const RUN_IN_DEPTH = 4;

export function markdownToMarkup(
  md: string,
  whereIn: Locator,
  markers: ListMarkers = {},
  tables: TableTally = { cells: 0 },
): string {
  const origins = new Map<string, string>();
  const dated = datesAsLines(pastedTables(pastedBullets(md), origins));
  const text = dated.text;
  // A row of a pasted table is found in the data as the line it was pasted as.
  const where: Locator = origins.size ? (s) => whereIn(origins.get(s) ?? s) : whereIn;
  const before = tables.cells;
  // A marker that did not start a list item (inside a paragraph the lexer kept whole) would
  // print as `2.`: its line is read again as written, which may change what follows it.
  const skip = new Set<string>();
  for (let round = 0; round < MAX_FANCY_ROUNDS; round++) {
    const fancy = fancyLists(dated, skip);
    if (!fancy) break;
    // A round read again counts its tables again, from where this body began.
    tables.cells = before;
    const out = lexedMarkdownToMarkup(fancy.text, where, markers, fancy, tables);
    const left = fancy.untaken();
    if (left.length === 0) return out;
    for (const key of left) skip.add(key);
  }
  tables.cells = before;
  return plainProse(text) ?? lexedMarkdownToMarkup(text, where, markers, undefined, tables);
}

/** Language spans only: a one-line field has no footnote texts nor blocks. */
const INLINE_EXTENSIONS = {
  renderers: {},
  childTokens: {},
  inline: LANG_SPAN_EXTENSIONS.inline,
  startInline: LANG_SPAN_EXTENSIONS.startInline,
  block: [],
  startBlock: [],
};

/**
 * The inline Markdown of a field printed as one paragraph (a subject, a postscript) as inline
 * markup: `*emphasis*`, `**strong**`, links, code and language spans, as in the body; a `\*`
 * prints a star. Why never blocks: a subject "1. Quarter" or "# 12" is not a list or a
 * heading. Line breaks written in the field are kept, as `{{field}}` keeps them (U+2028).
 */
export function inlineMarkdownToMarkup(md: string, where: Locator): string {
  const text = withoutTrailing(md, /[\r\n]/);
  try {
    const tokens = lexer(where, INLINE_EXTENSIONS).inlineTokens(text);
    const ctx: MdContext = { where, notes: new Notes([], where), markers: {} };
    return inlines(tokens, ctx).replace(/\r?\n/g, "&#x2028;");
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    throw fail("data", "Markdown nested too deeply to read", where(firstLine(md)), [
      "emphasis within emphasis needs a few levels at most",
    ]);
  }
}

/**
 * What inlineMarkdownToMarkup prints, as text (escaped for XML): the field without its
 * Markdown, for what cannot hold markup (the PDF's title and subject, an attribute).
 */
export function inlineMarkdownToText(md: string, where: Locator): string {
  return inlineMarkdownToMarkup(md, where)
    .replace(/<br\/>/g, "&#x2028;")
    .replace(/<[^>]*>/g, "");
}

/** marked's lexer as missive reads Markdown: GFM, bounded, web addresses ended in CJK text. */
function lexer(
  where: Locator,
  extensions: typeof EXTENSIONS = EXTENSIONS,
  tables?: TableTally,
): BoundedLexer {
  return new BoundedLexer(
    { gfm: true, breaks: false, extensions, tokenizer: new AddressTokenizer() },
    where,
    tables && ((table) => countCells(table, tables, where)),
  );
}

/** markdownToMarkup through the lexer always (plain-prose.ts is held to it). */
export function lexedMarkdownToMarkup(
  md: string,
  where: Locator,
  markers: ListMarkers = {},
  fancy?: FancyLists,
  tables: TableTally = { cells: 0 },
): string {
  checkListItemRuns(md, where);
  try {
    const tokens = lexer(where, EXTENSIONS, tables).lex(md);
    checkMarkdownDepth(tokens, () => where(firstLine(md)));
    const ctx: MdContext = {
      where,
      notes: new Notes(tokens, where),
      markers,
      fancy,
      ...(tables.styles ? { styles: tables.styles } : {}),
    };
    const out = blocks(tokens, ctx);
    ctx.notes.checkAllUsed();
    return out;
  } catch (e) {
    if (!isStackOverflow(e)) throw e;
    // marked reads nesting by recursion: thousands of `> ` or `- ` run it out of stack.
    throw fail("data", "Markdown nested too deeply to read", where(firstLine(md)), [
      "block quotes, lists and emphasis within one another need a few levels at most",
    ]);
  }
}

function blocks(tokens: Token[], ctx: MdContext): string {
  let out = "";
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (t.type === "heading" && t.depth >= RUN_IN_DEPTH && next?.type === "paragraph") {
      const head = inlines((t as Tokens.Heading).tokens, ctx);
      out += `<p><run-in>${head}</run-in> ${inlines((next as Tokens.Paragraph).tokens, ctx)}</p>`;
      i++;
    } else if (t.type === "table") {
      const { table, headerStyle, skip } = tableHeader(tokens, i, ctx.styles, ctx.where);
      out += tableMarkup(table, (cell) => inlines(cell, ctx), headerStyle);
      i += skip;
    } else out += block(t, ctx);
  }
  return out;
}

function block(t: Token, ctx: MdContext): string {
  if (isLangDiv(t)) return langDivMarkup(t, ctx);
  switch (t.type) {
    case "space":
    case "noteDef":
      return "";
    case "paragraph":
      // A paragraph of just \newpage (as pandoc and LaTeX write it) starts a new page;
      // \newpage[head=none] one without the continuation header (an annex).
      if (/^\\(?:newpage|pagebreak)$/.test(t.raw.trim())) return "<page-break/>";
      if (/^\\(?:newpage|pagebreak)\[head=none\]$/.test(t.raw.trim()))
        return '<page-break head="none"/>';
      return (
        japaneseList(t.raw, ctx) ??
        imageParagraph(t as Tokens.Paragraph, ctx) ??
        aligned("p", "", t, ctx)
      );
    case "heading":
      return aligned("heading", ` level="${(t as Tokens.Heading).depth}"`, t, ctx);
    case "list":
      return listMarkup(t as Tokens.List, ctx, { numbered: 0, bulleted: 0 });
    case "blockquote":
      return quoteMarkup(t as Tokens.Blockquote, ctx);
    case "hr":
      return '<rule space-before="4" space-after="14"/>';
    case "table":
      return tableMarkup(t as Tokens.Table, (cell) => inlines(cell, ctx));
    case "text":
      return `<p>${inLanguage(xmlEscape(t.raw.trim()), ctx)}</p>`;
    default:
      throw unsupported(t, ctx);
  }
}

/**
 * Adds a table's cells to the letter's count as the lexer finds the table, and refuses it at
 * its first line once the count passes what a letter lays out. Why here, not only in the
 * layout: a table of 1.3 MB was read whole, its cells' Markdown and all, turned into markup
 * and read again before the layout refused it, of no line when its cells were a
 * letter or two (text that could stand anywhere in the data); it is refused here before its
 * cells are read, at the table. Counted as the layout lays it out: every row across the
 * widest, the header row unless it is empty (markdown-table.ts leaves it out).
 */
function countCells(table: Tokens.Table, tables: TableTally, where: Locator): void {
  const header = table.header.every((c) => c.text.trim() === "") ? 0 : 1;
  const rows = table.rows.length + header;
  const columns = table.rows.reduce((most, r) => Math.max(most, r.length), table.header.length);
  tables.cells += rows * columns;
  if (tables.cells <= MAX_TABLE_CELLS) return;
  throw new MissiveError("layout", {
    ...tooManyCells(tables.cells, rows, columns, true),
    location: where(firstLine(table.raw)),
  });
}

/**
 * A paragraph with a Japanese list in it (`・項目`, `①項目`: japanese-bullets.ts), as the
 * paragraph above the items, a list of them, each marker printed as typed, and the paragraph
 * after them (which may hold another such list); or undefined. Each line is read for its
 * inline Markdown on its own.
 */
function japaneseList(raw: string, ctx: MdContext): string | undefined {
  const found = japaneseItems(raw);
  if (!found) return undefined;
  const lines = lexer(ctx.where);
  const line = (text: string) => inlines(lines.inlineTokens(text), ctx);
  const para = (text: string[]) => (text.length ? `<p>${line(text.join("\n"))}</p>` : "");
  let out = "";
  // A loop, not recursion: a long paragraph may hold many lists.
  for (let next: JapaneseItems | undefined = found; next; ) {
    const items = next.items.map(
      (it) => `<item bullet="${xmlEscape(it.marker)}">${line(it.text)}</item>`,
    );
    out += `${para(next.intro)}<list${next.ordered ? ' ordered="true"' : ""}>${items.join("")}</list>`;
    const rest: string[] = next.rest;
    next = rest.length ? japaneseItems(rest.join("\n")) : undefined;
    if (!next) out += para(rest);
  }
  return out;
}

/** Blocks fenced `::: {lang=fr}` … `:::`: each text in them marked as in that language. */
function langDivMarkup(div: LangDiv, ctx: MdContext): string {
  const fence = div.raw.split("\n", 1)[0] ?? "";
  if (!isLanguageTag(div.lang))
    throw fail("data", `"${div.lang}" is not a language tag`, ctx.where(fence), [
      "write a BCP 47 tag such as en-US, de-DE or fr",
    ]);
  if (div.unclosed)
    throw fail("data", `${fence.trim()} is not closed`, ctx.where(fence), [
      "end the passage in another language with a line of ::: after its last paragraph",
    ]);
  return blocks(div.tokens, { ...ctx, lang: div.lang });
}

/** Markup of a run of text, in a span of the fenced passage's language when it has one. */
function inLanguage(markup: string, ctx: MdContext): string {
  return ctx.lang && markup !== ""
    ? `<span lang="${xmlEscape(ctx.lang)}">${markup}</span>`
    : markup;
}

/** A paragraph or heading, set as a trailing `{align=center}` asks (markdown-align.ts). */
function aligned(name: string, attrs: string, t: Token, ctx: MdContext): string {
  const { tokens, align } = blockAlign((t as Tokens.Paragraph).tokens, ctx.where);
  return `<${name}${attrs}${alignAttr(align)}>${inlines(tokens, ctx)}</${name}>`;
}

/** How many numbered and bulleted lists enclose a list (itself included). */
interface Depth {
  numbered: number;
  bulleted: number;
}

function listMarkup(
  list: Tokens.List,
  ctx: MdContext,
  outer: Depth,
  taken: Taken[] = list.ordered ? takenMarkers(list, ctx) : [],
): string {
  const sections = sectionStarts(taken);
  if (sections.length > 1)
    return sections
      .map((from, s) => {
        const to = sections[s + 1];
        return listMarkup(listOf(list, from, to), ctx, outer, taken.slice(from, to));
      })
      .join("");
  const depth = list.ordered
    ? { ...outer, numbered: outer.numbered + 1 }
    : { ...outer, bulleted: outer.bulleted + 1 };
  const levels = depth.numbered + depth.bulleted;
  if (levels > MAX_LIST_LEVELS) {
    const { message, hints } = listTooDeep(levels);
    throw fail("data", message, ctx.where(firstLine(list.raw)), hints);
  }
  const own = taken[0];
  const under = own ? sublists(list, taken, ctx) : new Map<number, number[]>();
  const inner = new Set([...under.values()].flat());
  const first = own?.start ?? list.start;
  const values = !list.ordered
    ? []
    : own
      ? ownValues(taken, inner, own.start)
      : typedValues(list, typeof first === "number" ? first : 1);
  const items = list.items
    .map((it, i) => {
      if (inner.has(i)) return "";
      const value = valueAttr(values[i]);
      const sub = under.get(i);
      const nested = sub ? sublistMarkup(list, sub, under, taken, ctx, depth) : "";
      return `<item${taskBox(it)}${value}>${itemMarkup(it, ctx, depth)}${nested}</item>`;
    })
    .join("");
  const start = list.ordered && first !== "" && first !== 1 ? ` start="${first}"` : "";
  const marker = own
    ? ` numbering="${xmlEscape(own.numbering)}"`
    : list.ordered
      ? byDepth(ctx.markers.numbering, depth.numbered, "numbering")
      : byDepth(ctx.markers.bullets, depth.bulleted, "bullet");
  return `<list${list.ordered ? ' ordered="true"' : ""}${marker}${start}${looseAttr(list)}>${items}</list>`;
}

/**
 * The numbers a numbered list's items were typed with, where counting on from the first would
 * print another ("1998." then "2004.", which Markdown makes "1999."): each such item keeps its
 * own (`<item value>`), and the items after it count on from there. A list typed all with the
 * first number ("1." "1." "1.", Markdown's way of letting it count) is counted.
 */
function typedValues(list: Tokens.List, start: number): (number | undefined)[] {
  const typed = list.items.map((it) => {
    const digits = /^ {0,3}\(?(\d{1,9})[.)]/.exec(it.raw)?.[1];
    return digits === undefined ? undefined : Number(digits);
  });
  if (typed.every((n) => n === typed[0])) return [];
  return keptValues(typed, start);
}

/**
 * Counting on from `start`, the number each item keeps because counting would print another
 * (an item typed with none is counted). Why for lists of letters and numerals too: a letter
 * refers to its points by what it printed ("see (c) above"), so "(c)" typed after "(a)" is
 * never printed "(b)".
 */
function keptValues(typed: (number | undefined)[], start: number): (number | undefined)[] {
  let count = start;
  return typed.map((n) => {
    const own = n !== undefined && n !== count ? n : undefined;
    count = (own ?? count) + 1;
    return own;
  });
}

/** keptValues of a list of letters or numerals, by item index; `inner`'s items are not its. */
function ownValues(
  taken: Taken[],
  inner: ReadonlySet<number>,
  start: number,
): (number | undefined)[] {
  const counted = taken.flatMap((_, i) => (inner.has(i) ? [] : [i]));
  const kept = keptValues(
    counted.map((i) => taken[i]?.start),
    start,
  );
  const values: (number | undefined)[] = [];
  counted.forEach((i, k) => {
    values[i] = kept[k];
  });
  return values;
}

/**
 * Where each section's clause list starts among a list's items (opensSection: `2.1` after
 * `1.1`, `1.2`): each is a list of its own.
 */
function sectionStarts(taken: Taken[]): number[] {
  const first = taken[0];
  if (!first) return [0];
  const starts = [0];
  taken.forEach((t, k) => {
    const from = taken[starts[starts.length - 1] as number] as Marker;
    if (k > 0 && t && opensSection(t, from)) starts.push(k);
  });
  return starts;
}

/**
 * The items `from` to `to` of `list` as a list of their own, loose as CommonMark reads one:
 * when an item but the last ends in an empty line, or holds one between its blocks.
 */
function listOf(list: Tokens.List, from: number, to: number | undefined): Tokens.List {
  const items = list.items.slice(from, to);
  const loose = items.some(
    (it, k) =>
      (k < items.length - 1 && /\n[ \t]*\n[ \t]*$/.test(it.raw)) ||
      it.tokens.some((t) => t.type === "space" && /\n.*\n/.test(t.raw)),
  );
  return { ...list, items, loose };
}

/** A list written with blank lines between its items (CommonMark's loose list). */
function looseAttr(list: Tokens.List): string {
  return list.loose ? ' loose="true"' : "";
}

function valueAttr(value: number | undefined): string {
  return value === undefined ? "" : ` value="${value}"`;
}

/** A task list item (`- [ ]`, `- [x]`) is marked with a box to tick, or a ticked one. */
function taskBox(item: Tokens.ListItem): string {
  if (!item.task) return "";
  return ` bullet="${item.checked ? "☒" : "☐"}"`;
}

type Taken = ReturnType<NonNullable<MdContext["fancy"]>["take"]>;

/**
 * The numbering each item was written with (`(a)`, fancy-lists.ts), if any; the first item's
 * is the list's. Each item's marker is taken, so that every one written over is accounted for.
 */
function takenMarkers(list: Tokens.List, ctx: MdContext): Taken[] {
  return list.items.map((it) => ctx.fancy?.take(it.raw));
}

/**
 * The items of another numbering that belong under an item, by that item's index: a run
 * counting from one (`(i)`, `(ii)`) right after an item that introduces it ("(b) the reports,
 * including:") or whose clause number its own extends (`2.2.1` after `2.2`), as legal letters
 * number a clause's parts, written flush with the list they are in; such a run may hold runs
 * of its own (`(A)` under `(i)`). Why: Markdown reads them as
 * items of the `(a)` list, which the list's numbering cannot print. Any other item of another
 * numbering ("(1) The tenant pays.⏎(a) rent" in a list of `(1)`) is refused, to be read as
 * written.
 */
function sublists(list: Tokens.List, taken: Taken[], ctx: MdContext): Map<number, number[]> {
  const out = new Map<number, number[]>();
  // The numbering of each open level and the items at it, the list's own first.
  const open: { numbering: string; items: number[] }[] = [
    { numbering: taken[0]?.numbering ?? "", items: [0] },
  ];
  for (let k = 1; k < taken.length; k++) {
    const t = taken[k];
    const level = t ? levelOf(open, t.numbering) : open.length - 1;
    if (level >= 0) {
      open.length = level + 1;
      open[level]?.items.push(k);
      continue;
    }
    const parent = list.items[k - 1] as Tokens.ListItem;
    if (t?.start !== 1 || !(/[:：]\s*$/u.test(parent.text) || isPartOf(t, taken[k - 1]))) {
      if (t) ctx.fancy?.reject(t.key);
      continue;
    }
    const items = [k];
    out.set(k - 1, items);
    open.push({ numbering: t.numbering, items });
  }
  return out;
}

/** Whether `child` is the first part of the clause `parent` (`2.2.1` of `2.2`). */
function isPartOf(child: Marker, parent: Marker | undefined): boolean {
  const number = parent && clauseNumber(parent);
  return number !== undefined && isFirstPartOf(child, number);
}

/** The innermost open level of `numbering`, or -1. */
function levelOf(open: { numbering: string }[], numbering: string): number {
  let j = open.length - 1;
  while (j >= 0 && open[j]?.numbering !== numbering) j--;
  return j;
}

/** The items `sub` of `list` as a list nested one level below it, with theirs (sublists). */
function sublistMarkup(
  list: Tokens.List,
  sub: number[],
  under: Map<number, number[]>,
  taken: Taken[],
  ctx: MdContext,
  depth: Depth,
): string {
  const inner = { ...depth, numbered: depth.numbered + 1 };
  const values = keptValues(
    sub.map((i) => taken[i]?.start),
    1,
  );
  const items = sub.map((i, k) => {
    const own = under.get(i);
    const nested = own ? sublistMarkup(list, own, under, taken, ctx, inner) : "";
    const item = itemMarkup(list.items[i] as Tokens.ListItem, ctx, inner);
    return `<item${valueAttr(values[k])}>${item}${nested}</item>`;
  });
  const numbering = xmlEscape(taken[sub[0] as number]?.numbering ?? "");
  return `<list ordered="true" numbering="${numbering}"${looseAttr(list)}>${items.join("")}</list>`;
}

function byDepth(list: string[] | undefined, depth: number, attr: string): string {
  if (!list?.length) return "";
  const marker = list[Math.min(depth, list.length) - 1] as string;
  // `none` is how a list of words says "no bullet".
  return ` ${attr}="${marker === "none" ? "" : xmlEscape(marker)}"`;
}

/**
 * An item's first paragraph is its inline text; further paragraphs are `<p>` and nested lists
 * `<list>` inside the `<item>` (docs/markup.md, Lists).
 */
function itemMarkup(item: Tokens.ListItem, ctx: MdContext, depth: Depth): string {
  let out = "";
  const tokens = item.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    // A task list item's box is its marker (taskBox).
    if (t.type === "space" || t.type === "checkbox") continue;
    if (t.type === "list") out += listMarkup(t as Tokens.List, ctx, depth);
    else if (t.type === "table") {
      // Its `{header=…}` read as at the top level: a table in an item is set as one there.
      const { table, headerStyle, skip } = tableHeader(tokens, i, ctx.styles, ctx.where);
      out += tableMarkup(table, (cell) => inlines(cell, ctx), headerStyle);
      i += skip;
    } else if (t.type === "paragraph" || (t.type === "text" && "tokens" in t && t.tokens)) {
      const text = inlines((t as Tokens.Paragraph).tokens, ctx);
      out += out === "" ? text : `<p>${text}</p>`;
    } else out += block(t, ctx);
  }
  return out;
}

/** A block quote holds paragraphs and lists (a quoted passage in a letter is prose). */
function quoteMarkup(quote: Tokens.Blockquote, ctx: MdContext): string {
  const paras = quote.tokens.map((t) => {
    if (t.type === "space") return "";
    if (t.type === "paragraph") return `<p>${inlines((t as Tokens.Paragraph).tokens, ctx)}</p>`;
    // A statute's numbered conditions, quoted as they stand ("> 1. die Versorgung …").
    if (t.type === "list") return listMarkup(t as Tokens.List, ctx, { numbered: 0, bulleted: 0 });
    // A quoted e-mail's quote of the message before it ("> > …").
    if (t.type === "blockquote") return quoteMarkup(t as Tokens.Blockquote, ctx);
    throw fail(
      "data",
      `a block quote holds paragraphs, lists and quotes, not ${NAMES[t.type] ?? `a ${t.type}`}`,
      ctx.where(firstLine(t.raw)),
      ["quote the passage as paragraphs, each line starting with >"],
    );
  });
  return `<quote>${paras.join("")}</quote>`;
}

function inlines(tokens: Token[] | undefined, ctx: MdContext): string {
  // The fence's language is said once, around the run, not again inside its emphasis.
  const inner = ctx.lang ? { ...ctx, lang: undefined } : ctx;
  return inLanguage((tokens ?? []).map((t) => inline(t, inner)).join(""), ctx);
}

function inline(t: Token, ctx: MdContext): string {
  if (isLangSpan(t)) return langSpanMarkup(t, ctx);
  switch (t.type) {
    case "text":
      return "tokens" in t && t.tokens ? inlines(t.tokens, ctx) : xmlEscape(decoded(t.raw, ctx));
    case "codespan":
      return `<code>${xmlEscape((t as Tokens.Codespan).text)}</code>`;
    case "escape":
    case "html":
      return xmlEscape("text" in t ? String(t.text) : t.raw);
    case "strong":
      return `<b>${inlines((t as Tokens.Strong).tokens, ctx)}</b>`;
    case "em":
      return `<i>${inlines((t as Tokens.Em).tokens, ctx)}</i>`;
    case "link": {
      const l = t as Tokens.Link;
      if (l.href.trim() === "")
        throw fail("data", `the link ${l.raw} has no target`, ctx.where(l.raw), [
          `write where it goes: [${l.text}](https://…)`,
        ]);
      const href = decoded(l.href, ctx);
      const hidden = hiddenScheme(l.href, href);
      if (hidden !== undefined)
        throw fail(
          "data",
          `link target ${l.href} writes its scheme ${hidden}: with character references`,
          ctx.where(l.raw),
          ["write the scheme in plain letters, as it is read: [text](https://…)"],
        );
      const long = linkTooLong(href);
      if (long !== undefined) throw fail("data", long, ctx.where(l.raw), [LONG_LINK_HINT]);
      const invisible = invisibleInLink(href);
      if (invisible !== undefined)
        throw fail("data", invisible, ctx.where(l.raw), [INVISIBLE_LINK_HINT]);
      const link = `<a href="${xmlEscape(href)}">${inlines(l.tokens, ctx)}</a>`;
      return isBracketedAddress(l) ? `&lt;${link}&gt;` : link;
    }
    case "br":
      return "<br/>";
    case "del":
      return inlines((t as Tokens.Del).tokens, ctx);
    case "noteRef":
      return noteMarkup(t as NoteRef, ctx);
    case "checkbox":
      // A task list item's box: its item's marker (taskBox).
      return "";
    case "image":
      throw inlineImage(t as Tokens.Image, ctx);
    default:
      throw unsupported(t, ctx);
  }
}

/**
 * An e-mail address in angle brackets, `<jane@example.org>` (CommonMark's e-mail autolink), as
 * mail clients write a sender ("Jane Doe <jane@example.org>"): printed with its brackets, as
 * written, the address a link. Why only e-mail: `<https://…>` is how Markdown asks for a link,
 * and a quoted mail's `<mailto:…>` names its scheme as a link does.
 */
function isBracketedAddress(l: Tokens.Link): boolean {
  return l.href.startsWith("mailto:") && /^<[^<>:]+@[^<>]+>$/.test(l.raw);
}

/** A passage in another language, whose tag is checked here, where the data wrote it. */
function langSpanMarkup(span: LangSpan, ctx: MdContext): string {
  if (!isLanguageTag(span.lang))
    throw fail("data", `"${span.lang}" is not a language tag`, ctx.where(span.raw), [
      "write a BCP 47 tag such as en-US, de-DE or fr",
    ]);
  return `<span lang="${xmlEscape(span.lang)}">${inlines(span.tokens, ctx)}</span>`;
}

/** A footnote where it is referenced; a note referenced inside another is a mistake. */
function noteMarkup(ref: NoteRef, ctx: MdContext): string {
  if (ctx.inNote !== undefined)
    throw fail(
      "data",
      `footnote [^${ref.id}] is referenced inside footnote [^${ctx.inNote}]`,
      ctx.where(ref.raw),
      [
        `a footnote cannot hold another; refer to [^${ref.id}] from the text, or write it into [^${ctx.inNote}]`,
      ],
    );
  return `<note>${inlines(ctx.notes.take(ref).tokens, { ...ctx, inNote: ref.id })}</note>`;
}

/**
 * Text with its entity and character references (`&amp;`, `&nbsp;`, `&#233;`) decoded, as
 * CommonMark reads them. Why not marked's `text`: it decodes only numeric references, and
 * then escapes every bare `&` for HTML, which a letter would print as written. A reference
 * to a control character is a mistake in the data, as the character itself would be.
 */
function decoded(raw: string, ctx: MdContext): string {
  if (!raw.includes("&")) return raw;
  const text = decodeHTMLStrict(raw);
  const control = controlCharacter(text);
  if (control === undefined) return text;
  const written = raw.match(/&#[xX]?[0-9a-fA-F]+;/g)?.find((r) => decodeHTMLStrict(r) === control);
  throw fail(
    "data",
    `contains ${characterName(control)}${written ? `, written ${written}` : ""}`,
    ctx.where(written ?? raw),
    ["remove it; control characters cannot be printed"],
  );
}

/** What users call the Markdown a letter cannot hold, by marked's token type. */
const NAMES: Record<string, string> = {
  code: "a code block",
  def: "a link reference definition ([name]: https://…)",
  html: "an HTML block",
  list: "a list",
  heading: "a heading",
  table: "a table",
  blockquote: "a block quote",
  hr: "a horizontal rule",
};

function unsupported(t: Token, ctx: MdContext): Error {
  return fail(
    "data",
    `${NAMES[t.type] ?? `a Markdown ${t.type}`} is not supported in a letter body`,
    ctx.where(firstLine(t.raw)),
    [
      ...codeHint(t),
      ...htmlHint(t),
      "use paragraphs, headings, **bold**, *italic*, [links](https://…), lists, > quotes, tables, images and footnotes[^1]",
    ],
  );
}

/**
 * What made a code block, in words: an indent is the likely one, as a letter's paragraph may
 * be indented by hand (Markdown reads four spaces or a tab as code), or a fence.
 */
function codeHint(t: Token): string[] {
  if (t.type !== "code") return [];
  return (t as Tokens.Code).codeBlockStyle === "indented"
    ? ["Markdown reads a paragraph indented by four spaces or a tab as code: remove the indent"]
    : ["``` or ~~~ opens a code block: remove the fence, or write the text as a paragraph"];
}

/**
 * Why a line became HTML, and what a letter writes instead. Why refuse it: printed as written,
 * `<p align="right">敬具</p>` came out with its tags, its quotes made curly, and not aligned.
 */
function htmlHint(t: Token): string[] {
  if (t.type !== "html") return [];
  return [
    "Markdown reads a line that starts with an HTML tag or comment (<p>, <div>, <!-- -->) as HTML: write the text as a paragraph, and end it with {align=right} (or center) to align it; to print the tag as written, write \\< for its <",
  ];
}

function firstLine(raw: string): string {
  return raw.trimStart().split("\n")[0] ?? "";
}

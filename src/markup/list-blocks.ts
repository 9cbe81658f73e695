import { fail } from "../errors.js";
import { largest } from "../largest.js";
import type { TableBlock, TextBlock } from "../model/letter-doc.js";
import { listTooDeep, MAX_LIST_LEVELS } from "../model/list-levels.js";
import {
  DEFAULT_BULLETS,
  DEFAULT_NUMBERING,
  isNumbering,
  numberMarker,
} from "../model/list-marker.js";
import { pushAll } from "../push-all.js";
import { at, type Ctx, elements, inlineLinesAt, keep, oneOf, styleFor } from "./markup-context.js";
import { table } from "./table-block.js";
import type { XmlElement, XmlNode } from "./xml-tree.js";

/** Block elements an `<item>` may hold after (or instead of) its inline text. */
const ITEM_BLOCKS: ReadonlySet<string> = new Set(["p", "list", "table"]);

/** What a list is set as: its items' paragraphs, and the tables they hold. */
export type ListBlock = TextBlock | TableBlock;

/**
 * `<list [ordered] [start] [numbering] [bullet] [loose]>` of `<item [bullet] [value]>`s, as one text block per
 * paragraph: the first paragraph of an item carries its marker, every paragraph its nesting
 * `level`, so the layout hangs them at the level's indent and the text output aligns them.
 */
export function listBlocks(el: XmlElement, ctx: Ctx, outer: Depth = TOP): ListBlock[] {
  const numbered = el.attrs.numbering !== undefined || el.attrs.ordered === "true";
  const depth: Depth = {
    level: outer.level + 1,
    numbered: outer.numbered + (numbered ? 1 : 0),
    bulleted: outer.bulleted + (numbered ? 0 : 1),
  };
  if (depth.level > MAX_LIST_LEVELS) {
    const { message, hints } = listTooDeep(depth.level);
    throw fail("markup", message, at(el, ctx), hints);
  }
  const next = numbered ? numberer(el, ctx, depth.numbered) : bulleter(el, depth.bulleted);
  const blocks = itemsOf(el, ctx, depth, next);
  if (oneOf(el, "loose", ctx, ["true", "false"], "false") === "true")
    markLoose(blocks, depth.level);
  const widest = widestMarkers(blocks, depth.level);
  // A nested list is built before its parent finishes, so each outer list's markers go in front.
  for (const b of blocks) b.listMarkers = [widest, ...(b.listMarkers ?? [])];
  const first = blocks[0];
  if (first?.kind === "text" && depth.level === 1) first.listStart = true;
  return blocks;
}

/**
 * In a loose list, each paragraph followed by one of the list's own (the next item, or its
 * item's next paragraph) stands apart from it; one followed by a list nested in its item
 * stays with it, as a line introducing points does.
 */
function markLoose(blocks: ListBlock[], level: number): void {
  blocks.forEach((b, k) => {
    if (b.kind === "text" && blocks[k + 1]?.level === level) b.loose = true;
  });
}

/** How many of a list's longest markers the layout measures to find the widest. */
const MARKERS_MEASURED = 4;

/** The longest distinct markers of a list's own items (not of lists nested in them). */
function widestMarkers(blocks: ListBlock[], level: number): string[] {
  const own = new Set<string>();
  for (const b of blocks)
    if (b.kind === "text" && b.level === level && b.marker !== undefined) own.add(b.marker);
  const longest = largest([...own].map((m) => [...m].length));
  return [...own].filter((m) => [...m].length === longest).slice(0, MARKERS_MEASURED);
}

function itemsOf(
  el: XmlElement,
  ctx: Ctx,
  depth: Depth,
  next: (value?: number) => string,
): ListBlock[] {
  return elements(el, ctx).flatMap((item) => {
    if (item.name !== "item")
      throw fail("markup", `<list> holds <item> elements, not <${item.name}>`, at(item, ctx));
    // A list's style is its items' unless they name their own.
    const styled = styledAs(item, el.attrs.style);
    // An item's own bullet (a task list's ☐ or ☒) wins; a numbered list still counts it.
    const marker = next(itemValue(item, ctx));
    return itemBlocks(styled, ctx, depth, item.attrs.bullet ?? marker);
  });
}

/**
 * How deep a list sits: its level, and how many numbered and bulleted lists enclose it (itself
 * included). Why both: default markers go by the depth among lists of the same kind, as
 * word processors do, so a bulleted list inside a numbered one still gets the first bullet.
 */
interface Depth {
  level: number;
  numbered: number;
  bulleted: number;
}

const TOP: Depth = { level: 0, numbered: 0, bulleted: 0 };

function bulleter(el: XmlElement, depth: number): () => string {
  const marker = el.attrs.bullet ?? byDepth(DEFAULT_BULLETS, depth);
  return () => marker;
}

/**
 * `<item value="2004">`: the item's own number, from which the items after it count on (as
 * HTML's `<li value>`). Why: a letter's numbers are its text ("1998." then "2004." in a
 * chronology), which counting from the first would change.
 */
function itemValue(item: XmlElement, ctx: Ctx): number | undefined {
  const { value } = item.attrs;
  if (value === undefined) return undefined;
  if (!/^\d{1,9}$/.test(value))
    throw fail("markup", `value must be a whole number, not ${value}`, at(item, ctx), [
      'write <item value="4">, the number the item shows',
    ]);
  return Number(value);
}

/** Returns a function giving each item's number in turn, or the item's own value. */
function numberer(el: XmlElement, ctx: Ctx, depth: number): (value?: number) => string {
  const { numbering, start } = el.attrs;
  if (numbering !== undefined && !isNumbering(numbering))
    throw fail("markup", `numbering="${numbering}" is not a numbering pattern`, at(el, ctx), [
      'write 1. or a. or A. or i. or I. or 가., with any punctuation around it: "(1)", "a)", "1.)", or after clause numbers: "2.1"',
    ]);
  const first = Number(start ?? 1);
  if (!Number.isInteger(first))
    throw fail("markup", `start must be a whole number, not ${start}`, at(el, ctx));
  const pattern = numbering ?? byDepth(DEFAULT_NUMBERING, depth);
  let n = first;
  return (value) => {
    if (value !== undefined) n = value;
    return numberMarker(pattern, n++);
  };
}

function byDepth(list: string[], depth: number): string {
  return list[(depth - 1) % list.length] as string;
}

/**
 * An item's paragraphs and nested lists. Its inline text (if any) is its first paragraph;
 * `<p>` children are further paragraphs, `<list>` children nested lists.
 */
function itemBlocks(item: XmlElement, ctx: Ctx, depth: Depth, marker: string): ListBlock[] {
  const out: ListBlock[] = [];
  // A paragraph's own style and keep win; else the item's apply.
  const own = (el: XmlElement, attr: string) => (el.attrs[attr] === undefined ? item : el);
  const para = (el: XmlElement) =>
    out.push({
      kind: "text",
      role: "item",
      style: styleFor(own(el, "style"), ctx, ["item", "body"]),
      lines: inlineLinesAt(el, ctx),
      ...keep(own(el, "keep"), ctx, false, false),
      ...(out.length === 0 ? { marker } : {}),
      level: depth.level,
    });
  for (const part of parts(item)) {
    if (Array.isArray(part)) para({ ...item, children: part });
    else if (part.name === "p") para(part);
    else {
      if (out.length === 0)
        throw fail(
          "markup",
          `an <item> starts with its own text before a nested <${part.name}>`,
          at(part, ctx),
          [`write the item's text first: <item>Text<${part.name}>…</${part.name}></item>`],
        );
      // A table stands at the item's text, set in its own style; a nested list in the item's
      // style (a quote's smaller one), unless it names its own.
      if (part.name === "table")
        out.push({
          ...table(part, ctx),
          level: depth.level,
          listStyle: styleFor(item, ctx, ["item", "body"]),
        });
      else pushAll(out, listBlocks(styledAs(part, item.attrs.style), ctx, depth));
    }
  }
  if (out.length === 0) para(item);
  return out;
}

/**
 * `el` in the `style` of what holds it, unless it names its own: a list's items, a list in a
 * quote or nested in an item. Why: a list in a quote is set in the quote's smaller style, and
 * the points under one of its items were set at the body's size.
 */
export function styledAs(el: XmlElement, style: string | undefined): XmlElement {
  return el.attrs.style === undefined && style !== undefined
    ? { ...el, attrs: { ...el.attrs, style } }
    : el;
}

/** Splits an item's children into runs of inline content and its block children. */
function parts(item: XmlElement): (XmlNode[] | XmlElement)[] {
  const out: (XmlNode[] | XmlElement)[] = [];
  let inline: XmlNode[] = [];
  const flush = () => {
    if (inline.some((c) => typeof c !== "string" || c.trim() !== "")) out.push(inline);
    inline = [];
  };
  for (const c of item.children) {
    if (typeof c !== "string" && ITEM_BLOCKS.has(c.name)) {
      flush();
      out.push(c);
    } else inline.push(c);
  }
  flush();
  return out;
}

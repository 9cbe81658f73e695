import type { Run } from "../model/letter-doc.js";
import type { Item, ItemContext } from "./paragraph-items.js";

/**
 * The items of the runs one letter's layout built, by run (UnitContext; never kept from one
 * letter to the next). Why: a continuation header is set once to be measured and again on
 * every page after the first, and only its page number (a field run) differs; the paragraph
 * memo passes a paragraph with a field by, so the header's words were shaped, measured and
 * hyphenated three times a letter of a merge.
 */
export type RunItems = WeakMap<Run, Built>;

/** What a run's items were built in (all buildItems reads of its context), and the items. */
interface Built {
  ctx: Pick<ItemContext, "book" | "style" | "hyphenate" | "hyphenatorFor" | "lang">;
  items: Item[];
}

/** Copies of the run's items built before in the same context, or undefined. */
export function keptItems(memo: RunItems, run: Run, ctx: ItemContext): Item[] | undefined {
  const built = memo.get(run);
  if (!built) return undefined;
  const b = built.ctx;
  const same =
    b.book === ctx.book &&
    b.style === ctx.style &&
    b.hyphenate === ctx.hyphenate &&
    b.hyphenatorFor === ctx.hyphenatorFor &&
    b.lang === ctx.lang;
  return same ? built.items.map(copy) : undefined;
}

/** Keeps copies of a run's items as built: the line breaker changes the items it is given. */
export function keepItems(memo: RunItems, run: Run, ctx: ItemContext, items: Item[]): void {
  const { book, style, hyphenate, hyphenatorFor, lang } = ctx;
  memo.set(run, { ctx: { book, style, hyphenate, hyphenatorFor, lang }, items: items.map(copy) });
}

const copy = (it: Item): Item => ({ ...it });

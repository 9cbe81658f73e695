import type { Token } from "marked";
import { fail, type Location } from "../errors.js";

/**
 * How deep the body's Markdown may nest: block quotes, emphasis, tables' cells and lists (a
 * list and its item are two levels) within one another. Why: what marked reads (some 1,500
 * `> ` deep) became markup deeper than letter markup may nest (xml-tree.ts), refused as the
 * pack's markup; the data is at fault. Lists alone stop first, at MAX_LIST_LEVELS (100).
 */
export const MAX_MARKDOWN_DEPTH = 500; // half of MAX_MARKUP_DEPTH, for the elements around the body

/** A table's cell as marked gives it. */
type Cell = { tokens: Token[] };

/** Refuses tokens nested deeper than MAX_MARKDOWN_DEPTH, at the Markdown's first line. */
export function checkMarkdownDepth(tokens: Token[], where: () => Location): void {
  // Walked with a list, not by recursion: the tree may be as deep as marked could read.
  const pending: [Token[], number][] = [[tokens, 1]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [list, depth] = next;
    if (depth > MAX_MARKDOWN_DEPTH)
      throw fail("data", `Markdown nested more than ${MAX_MARKDOWN_DEPTH} levels deep`, where(), [
        "block quotes, lists and emphasis within one another need a few levels at most",
      ]);
    for (const t of list) {
      const own = t as { tokens?: Token[]; items?: Token[]; header?: Cell[]; rows?: Cell[][] };
      if (own.tokens) pending.push([own.tokens, depth + 1]);
      if (own.items) pending.push([own.items, depth + 1]);
      // A table's cells hold their own tokens: a table inside 499 quotes is as deep.
      for (const cell of [...(own.header ?? []), ...(own.rows ?? []).flat()])
        pending.push([cell.tokens, depth + 1]);
    }
  }
}

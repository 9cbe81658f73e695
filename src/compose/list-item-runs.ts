import { fail } from "../errors.js";
import type { Locator } from "./markdown.js";
import { QUOTED } from "./quote-marks.js";

/**
 * The most lines a list item's paragraph may run on for without an empty line. Why a limit:
 * the Markdown lexer (marked) reads such a paragraph in time growing with the square of its
 * lines, so a body of a few megabytes would run for hours. A list item in a letter has a few
 * lines; a paragraph outside a list is not affected.
 */
export const MAX_ITEM_LINES = 2_000;

const MARKER = /^[ \t]*(?:[-*+]|\d{1,9}[.)])(?:[ \t]|$)/;

/** Refuses a list item whose lines run on past MAX_ITEM_LINES, at its first line. */
export function checkListItemRuns(md: string, where: Locator): void {
  if (md.length < MAX_ITEM_LINES) return;
  let item: string | undefined;
  let itemDepth = 0;
  let run = 0;
  for (const written of md.split("\n")) {
    // A list in a quote is checked as one outside it (before, "> - a" and 30,000 lines of
    // "> b" went unchecked).
    const quote = QUOTED.exec(written)?.[0] ?? "";
    const line = written.slice(quote.length);
    const depth = quote.split(">").length - 1;
    // A line quoted deeper than its item opens a quote below the list; one less deep (a lazy
    // line) goes on with the item's paragraph.
    if (line.trim() === "" || depth > itemDepth) {
      item = undefined;
    }
    if (MARKER.test(line)) {
      item = written;
      itemDepth = depth;
      run = 1;
    } else if (line.trim() !== "" && item !== undefined && ++run > MAX_ITEM_LINES) {
      throw fail(
        "data",
        `a list item runs on for more than ${MAX_ITEM_LINES} lines without an empty line`,
        where(item.trim()),
        [
          "end its paragraph with an empty line, or start each line that is an item of its own with `- `",
        ],
      );
    }
  }
}

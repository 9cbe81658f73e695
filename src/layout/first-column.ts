import type { Unit } from "./page-units.js";
import { firstPageCount, type Regions } from "./paginate.js";

/** A body's units as set in one column, and the index of each block's first unit. */
export interface SetBody {
  units: Unit[];
  /** One per block, then one for what follows the blocks (endnotes). */
  starts: number[];
}

/**
 * The body's units when page 1 has a text column of its own (`<letter first-margin-left>`): the
 * blocks that start on page 1, set in page 1's column, then the rest set in the pages'
 * column, on page 2 and after. Where page 1 ends is found by filling it with the body set in
 * its column. A paragraph that page 1 ends in is set again (`turned`): its lines on page 1 in
 * page 1's column, the rest of it broken anew in the pages' column, as a word processor
 * flows a paragraph from one text frame into the next.
 */
export function firstColumnBody(
  first: SetBody,
  rest: SetBody,
  region: Regions,
  noteRule: Unit | undefined,
  turned: (block: number, lines: number) => SetBody,
): Unit[] {
  const n = firstPageCount(first.units, region, noteRule);
  const k = first.starts.findIndex((s) => s >= n);
  if (n >= first.units.length || k < 0) return first.units;
  const from = first.starts[k] as number;
  if (from === n || k === 0) return spliced(first.units.slice(0, from), rest, k);
  // Block k - 1 runs on from page 1: its first lines stay there, the rest take the new column.
  const b = k - 1;
  const lines = n - (first.starts[b] as number);
  const again = turned(b, lines);
  const head = again.units.slice(0, again.starts[k]);
  const at = (again.starts[b] as number) + lines;
  const next = head[at];
  if (next) head[at] = { ...next, laterPage: true };
  return spliced(head, rest, k);
}

/** `head`, then the blocks from `k` on as set in the pages' column, on page 2 or later. */
function spliced(head: Unit[], rest: SetBody, k: number): Unit[] {
  const [next, ...tail] = rest.units.slice(rest.starts[k]);
  return next ? [...head, { ...next, laterPage: true }, ...tail] : head;
}

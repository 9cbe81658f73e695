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
 * its column. Why by block: lines are broken before pages are made, so a paragraph that
 * runs on from page 1 keeps page 1's measure to its end (its lines on page 2 stand where they
 * stood on page 1), as TeX keeps a paragraph's shape; every block after it takes the new one.
 */
export function firstColumnBody(
  first: SetBody,
  rest: SetBody,
  region: Regions,
  noteRule?: Unit,
): Unit[] {
  const n = firstPageCount(first.units, region, noteRule);
  const k = first.starts.findIndex((s) => s >= n);
  if (n >= first.units.length || k < 0) return first.units;
  const after = rest.units.slice(rest.starts[k]);
  const [head, ...tail] = after;
  if (!head) return first.units.slice(0, first.starts[k]);
  return [...first.units.slice(0, first.starts[k]), { ...head, laterPage: true }, ...tail];
}

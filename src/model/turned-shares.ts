import { columnShares } from "./column-shares.js";

/**
 * The widths of a table's columns in `room`, for its rows on a later page when its first rows
 * were set in a column whose room was `first` (page 1's column beside a sidebar, narrower or
 * wider than the pages'), so that it reads as one table, as LaTeX's longtable keeps one set of
 * widths on every page. A table at its natural width keeps it, unless it no longer fits. One
 * narrowed to fill the first column fills this one too, its columns in the same proportions:
 * set at its natural width there it stood narrower than the text around it, its columns moved.
 * When those proportions would cut a column under its widest piece that cannot break (a
 * narrower column, or one cut in the first), the columns share this room anew and fill it.
 */
export function turnedShares(
  natural: number[],
  least: number[],
  room: number,
  first: number,
): number[] {
  if (sum(natural) <= first || first <= 0 || room <= 0) return columnShares(natural, least, room);
  const kept = columnShares(natural, least, first).map((w) => (w * room) / first);
  if (kept.every((w, c) => w >= Math.min(least[c] ?? 0, natural[c] ?? 0))) return kept;
  const shares = columnShares(natural, least, room);
  const total = sum(shares);
  return total > 0 && total < room ? shares.map((w) => (w * room) / total) : shares;
}

const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

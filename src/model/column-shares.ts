/**
 * The widths of a table's columns in `room`, from each column's natural width (its longest
 * line unbroken) and least width (its widest piece no line may break inside). The natural
 * widths when they fit; else each column its least plus a share of what is left, in
 * proportion to how much more it would like. When even the least widths do not fit, the
 * columns under a common cap keep theirs and only the wider ones are cut, to that cap: a
 * long web address in one column must not break the numbers in every other.
 */
export function columnShares(natural: number[], least: number[], room: number): number[] {
  const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);
  if (sum(natural) <= room) return natural;
  const floor = least.map((w, c) => Math.min(w, natural[c] ?? w));
  const spare = room - sum(floor);
  if (spare < 0) {
    const cap = commonCap(floor, room);
    return floor.map((w) => Math.min(w, cap));
  }
  const wants = natural.map((w, c) => w - (floor[c] ?? 0));
  return floor.map((w, c) => w + (spare * (wants[c] ?? 0)) / (sum(wants) || 1));
}

/** The width c at which the widths, each cut to at most c, fill `room` (water filling). */
function commonCap(widths: number[], room: number): number {
  const sorted = [...widths].sort((a, b) => a - b);
  let left = room;
  for (const [k, w] of sorted.entries()) {
    const share = left / (sorted.length - k);
    if (w > share) return share;
    left -= w;
  }
  return Number.POSITIVE_INFINITY;
}

/**
 * The widths of a table's columns in `room`, from each column's natural width (its longest
 * line unbroken) and least width (its widest piece no line may break inside). The natural
 * widths when they fit. Else the columns under a common cap keep their natural width and only
 * the wider ones are narrowed, to that cap but not under their least: an invoice's item codes,
 * quantities and amounts stay on one line, and its descriptions wrap. When even the least
 * widths do not fit, the columns under a common cap keep their least and only the wider ones
 * are cut, to that cap: a long web address in one column must not break the numbers in every
 * other.
 */
export function columnShares(natural: number[], least: number[], room: number): number[] {
  if (sum(natural) <= room) return natural;
  const floor = least.map((w, c) => Math.min(w, natural[c] ?? w));
  if (sum(floor) > room)
    return fill(
      floor.map(() => 0),
      floor,
      room,
    );
  return fill(floor, natural, room);
}

const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

/**
 * Water filling: the widths min(max(c, lo), hi) that add up to `room`, for the one level c
 * that makes them (sum(lo) <= room <= sum(hi)). Each column between its bounds gets the same
 * width, narrower ones keep all they want.
 */
function fill(lo: number[], hi: number[], room: number): number[] {
  const at = (c: number) => lo.map((l, i) => Math.min(Math.max(c, l), hi[i] ?? l));
  const points = [...lo, ...hi].sort((a, b) => a - b);
  let prev = points[0] ?? 0;
  for (const p of points) {
    const total = sum(at(p));
    if (total >= room) {
      // The sum grows linearly between two bounds: the level is where it meets the room.
      const before = sum(at(prev));
      const c = total === before ? p : prev + ((room - before) * (p - prev)) / (total - before);
      return at(c);
    }
    prev = p;
  }
  return hi;
}

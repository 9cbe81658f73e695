/**
 * The largest of `values`, or `floor` if there are none or all are below it. Why not
 * `Math.max(...values)`: a spread passes every value as an argument on the stack, and a
 * table of a hundred thousand rows or a list of as many items overflows it (exit 70).
 */
export function largest(values: Iterable<number>, floor = Number.NEGATIVE_INFINITY): number {
  let most = floor;
  for (const v of values) if (v > most) most = v;
  return most;
}

/** The smallest of `values`, or `ceiling` if there are none; see largest. */
export function smallest(values: Iterable<number>, ceiling = Number.POSITIVE_INFINITY): number {
  let least = ceiling;
  for (const v of values) if (v < least) least = v;
  return least;
}

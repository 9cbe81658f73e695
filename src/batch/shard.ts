import { fail } from "../errors.js";

/** One slice of a run: shard `i` of `n`, 1-based like `--shard 3/8`. */
export interface Shard {
  i: number;
  n: number;
}

export function parseShard(value: string | undefined): Shard {
  if (value === undefined) return { i: 1, n: 1 };
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  const i = Number(m?.[1]);
  const n = Number(m?.[2]);
  if (!m || n < 1 || i < 1 || i > n)
    throw fail("usage", `--shard takes i/n with 1 ≤ i ≤ n, not ${value}`, undefined, [
      "e.g. --shard 3/8 renders the third of eight slices",
    ]);
  return { i, n };
}

/**
 * Record `index` (0-based) belongs to shard `((index mod n) + 1)`. Why round-robin rather
 * than blocks: it needs no record count up front, and slow and fast records spread evenly.
 */
export function inShard(index: number, s: Shard): boolean {
  return index % s.n === s.i - 1;
}

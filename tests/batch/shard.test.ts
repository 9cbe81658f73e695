import { describe, expect, it } from "vitest";
import { inShard, parseShard } from "../../src/batch/shard.js";

describe("shards", () => {
  it("cover every record exactly once", () => {
    for (const n of [1, 2, 3, 8]) {
      const seen = new Map<number, number>();
      for (let i = 1; i <= n; i++)
        for (let r = 0; r < 50; r++) if (inShard(r, { i, n })) seen.set(r, (seen.get(r) ?? 0) + 1);
      expect(seen.size).toBe(50);
      expect([...seen.values()].every((c) => c === 1)).toBe(true);
    }
  });

  it("rejects shards out of range", () => {
    expect(() => parseShard("0/3")).toThrow(/1 ≤ i ≤ n/);
    expect(() => parseShard("4/3")).toThrow(/1 ≤ i ≤ n/);
    expect(parseShard("2/3")).toEqual({ i: 2, n: 3 });
  });
});

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

  it("refuses a count too large to be read as written (it would name another slice)", () => {
    const big = "99999999999999999999";
    const bad = "--shard takes i/n with 1 ≤ i ≤ n, or auto/n, not";
    expect(() => parseShard(`1/${big}`)).toThrow(`${bad} 1/${big}`);
    expect(() => parseShard(`auto/${big}`, { JOB_COMPLETION_INDEX: "0" })).toThrow(
      `${bad} auto/${big}`,
    );
    expect(() => parseShard("auto", { CI_NODE_INDEX: "1", CI_NODE_TOTAL: big })).toThrow(
      `--shard auto: CI_NODE_TOTAL="${big}" is not a whole number`,
    );
    expect(parseShard(`1/${Number.MAX_SAFE_INTEGER}`).n).toBe(Number.MAX_SAFE_INTEGER);
  });

  it("reads the slice from GitLab's parallel jobs with auto", () => {
    expect(parseShard("auto", { CI_NODE_INDEX: "3", CI_NODE_TOTAL: "8" })).toEqual({ i: 3, n: 8 });
    expect(parseShard("auto/8", { CI_NODE_INDEX: "2", CI_NODE_TOTAL: "8" })).toEqual({
      i: 2,
      n: 8,
    });
    expect(parseShard("auto/4", { CI_NODE_INDEX: "2" })).toEqual({ i: 2, n: 4 });
  });

  it("refuses a total that disagrees with the CI's (records no job renders)", () => {
    expect(() => parseShard("auto/4", { CI_NODE_INDEX: "1", CI_NODE_TOTAL: "2" })).toThrow(
      '--shard auto/4 disagrees with the CI\'s CI_NODE_TOTAL="2": slices of 4 in a pipeline of 2 jobs would leave records unrendered',
    );
  });

  it("names the variable that is not a number, and its value", () => {
    expect(() => parseShard("auto", { CI_NODE_INDEX: "x", CI_NODE_TOTAL: "3" })).toThrow(
      '--shard auto: CI_NODE_INDEX="x" is not a whole number',
    );
    expect(() => parseShard("auto", { CI_NODE_INDEX: "2", CI_NODE_TOTAL: "two" })).toThrow(
      '--shard auto: CI_NODE_TOTAL="two" is not a whole number',
    );
    expect(() => parseShard("auto/3", { JOB_COMPLETION_INDEX: "-1" })).toThrow(
      '--shard auto: JOB_COMPLETION_INDEX="-1" is not a whole number',
    );
    expect(() => parseShard("auto", { CI_NODE_INDEX: "3", CI_NODE_TOTAL: "2" })).toThrow(
      '--shard auto: slice 3 (CI_NODE_INDEX="3") is not within 1…2 (CI_NODE_TOTAL="2")',
    );
  });

  it("reads a Kubernetes Indexed Job's 0-based index with auto/n", () => {
    expect(parseShard("auto/5", { JOB_COMPLETION_INDEX: "0" })).toEqual({ i: 1, n: 5 });
    expect(parseShard("auto/5", { JOB_COMPLETION_INDEX: "4" })).toEqual({ i: 5, n: 5 });
    expect(() => parseShard("auto/5", { JOB_COMPLETION_INDEX: "5" })).toThrow(
      '--shard auto: slice 6 (JOB_COMPLETION_INDEX="5" + 1) is not within 1…5',
    );
  });

  // Before, GitLab's index won without a word when a Kubernetes index named another slice.
  it("refuses GitLab's and a Kubernetes Job's indexes that name different slices", () => {
    const both = { CI_NODE_INDEX: "2", CI_NODE_TOTAL: "4", JOB_COMPLETION_INDEX: "0" };
    expect(() => parseShard("auto", both)).toThrow(
      '--shard auto: CI_NODE_INDEX="2" and JOB_COMPLETION_INDEX="0" name different slices',
    );
    expect(parseShard("auto", { ...both, JOB_COMPLETION_INDEX: "1" })).toEqual({ i: 2, n: 4 });
  });

  it("says where to find the slice when the environment has none", () => {
    expect(() => parseShard("auto", {})).toThrow(
      "--shard auto found no slice in the environment: neither CI_NODE_INDEX nor JOB_COMPLETION_INDEX is set",
    );
    // A Kubernetes index alone has no count: auto/n must give it.
    expect(() => parseShard("auto", { JOB_COMPLETION_INDEX: "1" })).toThrow(
      '--shard auto found no slice in the environment: JOB_COMPLETION_INDEX="1" gives the index but not the number of completions',
    );
    expect(() => parseShard("auto", { CI_NODE_INDEX: "2" })).toThrow(
      '--shard auto found no slice in the environment: CI_NODE_INDEX="2" is set but CI_NODE_TOTAL is not',
    );
  });
});

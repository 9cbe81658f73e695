import { expect, it } from "vitest";
import { autoJobs } from "../../src/batch/worker-pool.js";

it("renders a short run in one thread, a long one on every core", () => {
  // Two cores: up to 300 records, one thread finishes first (docs/benchmarks.md).
  expect(autoJobs(1, 2)).toBe(1);
  expect(autoJobs(300, 2)).toBe(1);
  expect(autoJobs(301, 2)).toBe(2);
  // More cores pay off sooner.
  expect(autoJobs(100, 4)).toBe(1);
  expect(autoJobs(101, 4)).toBe(4);
  expect(autoJobs(42, 8)).toBe(1);
  expect(autoJobs(43, 8)).toBe(8);
  // Started from the snapshot the calling thread is warm, but slower on a long run.
  expect(autoJobs(100, 2, true)).toBe(1);
  expect(autoJobs(101, 2, true)).toBe(2);
  expect(autoJobs(33, 4, true)).toBe(1);
  expect(autoJobs(34, 4, true)).toBe(4);
  // One core: one thread, however long the run.
  expect(autoJobs(100_000, 1)).toBe(1);
});

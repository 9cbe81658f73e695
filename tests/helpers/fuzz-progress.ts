import { appendFileSync } from "node:fs";
import { expect } from "vitest";

const counts = new Map<string, number>();

/**
 * Counts one run of the current property and, with FUZZ_LOG naming a file, notes every
 * thousandth there: a long `npm run fuzz` that must be stopped can say how far it got.
 */
export function fuzzTick(): void {
  const log = process.env.FUZZ_LOG;
  if (!log) return;
  const name = expect.getState().currentTestName ?? "?";
  const n = (counts.get(name) ?? 0) + 1;
  counts.set(name, n);
  if (n % 1000 === 0) appendFileSync(log, `${new Date().toISOString()} ${n} ${name}\n`);
}

import type { MergeOptions } from "../../src/batch/merge-options.js";
import { letterOptions } from "../../src/letter-options.js";

/** A merge's options for a test: one thread, a fixed date, nothing but what is given. */
export function mergeOptions(
  given: Partial<MergeOptions> & Pick<MergeOptions, "dataFile" | "cwd" | "records">,
): MergeOptions {
  return {
    letter: letterOptions({ creationDate: 0 }),
    version: "test",
    outDir: null,
    namePattern: "{{pad @number}}",
    manifestPath: null,
    combinePath: null,
    duplex: false,
    keepGoing: false,
    skipUnchanged: false,
    allOrNothing: false,
    allowUnused: false,
    shard: { i: 1, n: 1 },
    jobs: 1,
    startedAt: 0,
    fromSnapshot: false,
    ...given,
  };
}

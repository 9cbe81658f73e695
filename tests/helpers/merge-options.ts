import { writeFileSync } from "node:fs";
import { join } from "node:path";
import type { MergeOptions } from "../../src/batch/merge-options.js";
import type { WorkerSetup } from "../../src/batch/render-record.js";
import { type Format, letterOptions } from "../../src/letter-options.js";
import { SEED } from "./render.js";

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

/**
 * A merge of the CSV records `csv` (written to `dir`/p.csv) over `dataFile`, to text files
 * in `dir`/out named after the first address line, with a manifest there.
 */
export function csvMerge(
  dir: string,
  csv: string,
  given: Partial<MergeOptions> & Pick<MergeOptions, "dataFile">,
): MergeOptions & { manifestPath: string } {
  writeFileSync(join(dir, "p.csv"), csv);
  const manifestPath = join(dir, "out", "manifest.json");
  return {
    ...mergeOptions({
      records: { file: join(dir, "p.csv"), label: "p.csv", format: "csv" },
      cwd: dir,
      letter: letterOptions({ formats: ["txt"], creationDate: 0 }),
      outDir: join(dir, "out"),
      namePattern: "{{slug recipient.[0]}}",
      manifestPath,
      ...given,
    }),
    manifestPath,
  };
}

/** A worker pool's setup for a test: the seed letter, records from standard input, into `out`. */
export function poolSetup(out: string, formats: Format[]): WorkerSetup {
  return {
    options: mergeOptions({
      dataFile: SEED,
      cwd: join(SEED, ".."),
      records: { file: "-", label: "test", format: "jsonl" },
      letter: letterOptions({ formats, creationDate: 0 }),
      outDir: out,
    }),
    found: {
      previousRun: null,
      outReal: null,
      texts: { lang: "en-US", labels: {}, markdown: ["body"] },
      columns: {
        letterFields: null,
        cellPlaces: [],
        nameUses: [],
        allowUnused: false,
        typedRecords: false,
      },
    },
  };
}

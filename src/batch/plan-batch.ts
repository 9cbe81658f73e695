import type { Problem } from "../errors.js";
import type { Format } from "../letter-options.js";
import { type MergeRecord, overlayRecord } from "./merge-record.js";
import { compileNamePattern } from "./name-pattern.js";
import { namePlanner, type RecordTargets } from "./plan-names.js";
import { type RecordSource, readRecords } from "./read-records.js";
import { recordFailures } from "./record-failures.js";
import { type CellPlace, withTypedCells } from "./typed-cells.js";

export interface BatchPlan {
  /** Records in the whole file (every shard). */
  total: number;
  /**
   * A record's output files, computed again when it is rendered. Why not kept from planning:
   * a map of every record's paths would grow with the records file.
   */
  targetsOf(rec: MergeRecord): RecordTargets;
  /** Whether a record of the run (any shard) writes `path`. */
  planned(path: string): boolean;
  /**
   * The top-level fields some record sets (the columns of a sheet, the keys of JSON records)
   * that the base letter has or that are settings of the letter: no other is asked about.
   */
  recordFields: ReadonlySet<string>;
}

/**
 * Reads the records twice without keeping them: once to count (so `{{pad @number}}` knows
 * the width), once to plan every name. Names of all shards are planned, so shards of one
 * run can never collide with each other.
 */
export async function planBatch(opts: {
  source: RecordSource;
  base: Record<string, unknown>;
  /** The letter's settings (letter-settings.ts), which recordFields keeps when records set them. */
  settings: ReadonlySet<string>;
  namePattern: string;
  /** Where a record's text is read as a list, true or false, or a number (typed-cells.ts), as its letter reads it. */
  cellPlaces: readonly CellPlace[];
  outDir?: string;
  formats: Format[];
  reserved: Record<string, string>;
  /** Throws when an output would overwrite an input of the run (output/refuse-inputs.ts). */
  notAnInput(path: string): void;
  /** The data problems of one record, located in it; a run that stops at the first failure sets it. */
  checkRecord?(rec: MergeRecord): Problem[] | undefined;
  /** Told the number of records once they are counted, before they are planned. */
  counted?(total: number): void;
  cwd: string;
}): Promise<BatchPlan> {
  let total = 0;
  const recordFields = new Set<string>();
  // Only the fields base-own.ts asks about. Why not every one: records that each set a field
  // of their own (a JSON Lines export) made the set grow with the records file.
  const askedAbout = (key: string) => Object.hasOwn(opts.base, key) || opts.settings.has(key);
  for await (const rec of readRecords(opts.source)) {
    total++;
    for (const key of Object.keys(rec.data)) if (askedAbout(key)) recordFields.add(key);
  }
  opts.counted?.(total);
  const outDir = opts.outDir;
  const planner =
    outDir === undefined
      ? undefined
      : namePlanner({
          pattern: compileNamePattern(opts.namePattern, opts.source.lang),
          patternText: opts.namePattern,
          outDir,
          formats: opts.formats,
          total,
          recordsLabel: opts.source.label,
          reserved: opts.reserved,
          notAnInput: opts.notAnInput,
          cwd: opts.cwd,
        });
  const merged = (rec: MergeRecord) =>
    overlayRecord(opts.base, withTypedCells(rec.data, opts.cellPlaces, opts.source.lang).data);
  const failed = recordFailures(opts.source.label);
  if (planner || opts.checkRecord)
    for await (const rec of readRecords(opts.source)) {
      // Past the cap the run fails whatever comes: planning on would only hold every later
      // record's names in memory (millions of rows of a file with a wrong column).
      if (!failed.open()) {
        failed.cut();
        break;
      }
      planner?.add(rec, merged(rec));
      failed.add(rec, opts.checkRecord?.(rec) ?? []);
    }
  // Every record's data problems at once, before anything is written. Why: fixing a records
  // file one failing record per run is the slowest way to repair it.
  const error = failed.error();
  if (error) throw error;
  if (!planner) return { total, targetsOf: () => ({}), planned: () => false, recordFields };
  return {
    total,
    recordFields,
    targetsOf: (rec) => planner.targetsOf(rec, merged(rec)),
    planned: (path) => planner.has(path),
  };
}

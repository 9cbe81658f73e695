import { MissiveError, type Problem } from "../errors.js";
import type { Format } from "../letter-options.js";
import { type MergeRecord, overlayRecord } from "./merge-record.js";
import { compileNamePattern } from "./name-pattern.js";
import { namePlanner, type RecordTargets } from "./plan-names.js";
import { type RecordSource, readRecords } from "./read-records.js";

export interface BatchPlan {
  /** Records in the whole file (every shard). */
  total: number;
  /**
   * A record's output files, computed again when it is rendered. Why not kept from planning:
   * a map of every record's paths would grow with the records file.
   */
  targetsOf(rec: MergeRecord): RecordTargets;
}

/**
 * Reads the records twice without keeping them: once to count (so `{{pad @number}}` knows
 * the width), once to plan every name. Names of all shards are planned, so shards of one
 * run can never collide with each other.
 */
export async function planBatch(opts: {
  source: RecordSource;
  base: Record<string, unknown>;
  namePattern: string;
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
  for await (const _ of readRecords(opts.source)) total++;
  opts.counted?.(total);
  const outDir = opts.outDir;
  const planner =
    outDir === undefined
      ? undefined
      : namePlanner({
          pattern: compileNamePattern(opts.namePattern),
          patternText: opts.namePattern,
          outDir,
          formats: opts.formats,
          total,
          recordsLabel: opts.source.label,
          reserved: opts.reserved,
          notAnInput: opts.notAnInput,
          cwd: opts.cwd,
        });
  const failed: Problem[] = [];
  if (planner || opts.checkRecord)
    for await (const rec of readRecords(opts.source)) {
      planner?.add(rec, overlayRecord(opts.base, rec.data));
      if (failed.length < MAX_PROBLEMS) failed.push(...(opts.checkRecord?.(rec) ?? []));
    }
  if (failed.length > 0) throw everyFailure(failed);
  if (!planner) return { total, targetsOf: () => ({}) };
  return { total, targetsOf: (rec) => planner.targetsOf(rec, overlayRecord(opts.base, rec.data)) };
}

/** Why a cap: a records file with one wrong column fails every record the same way. */
const MAX_PROBLEMS = 100;

/**
 * Every record's data problems at once, before anything is written. Why: fixing a records
 * file one failing record per run is the slowest way to repair it.
 */
function everyFailure(problems: Problem[]): MissiveError {
  const shown = problems.slice(0, MAX_PROBLEMS);
  const last = shown.length - 1;
  return new MissiveError(
    "data",
    shown.map((p, i) =>
      i === last
        ? {
            ...p,
            hints: [
              ...(p.hints ?? []),
              ...(problems.length > MAX_PROBLEMS
                ? [`only the first ${MAX_PROBLEMS} are shown`]
                : []),
              "nothing was written; --keep-going renders the other records",
            ],
          }
        : p,
    ),
  );
}

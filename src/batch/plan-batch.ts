import type { Format } from "../pipeline.js";
import { deepMerge, type MergeRecord } from "./merge-record.js";
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
  cwd: string;
}): Promise<BatchPlan> {
  let total = 0;
  for await (const _ of readRecords(opts.source)) total++;
  const outDir = opts.outDir;
  if (!outDir) return { total, targetsOf: () => ({}) };
  const planner = namePlanner({
    pattern: compileNamePattern(opts.namePattern),
    outDir,
    formats: opts.formats,
    total,
    recordsLabel: opts.source.label,
    reserved: opts.reserved,
    notAnInput: opts.notAnInput,
    cwd: opts.cwd,
  });
  for await (const rec of readRecords(opts.source))
    planner.add(rec, deepMerge(opts.base, rec.data));
  return { total, targetsOf: (rec) => planner.targetsOf(rec, deepMerge(opts.base, rec.data)) };
}

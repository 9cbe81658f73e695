import type { Format } from "../pipeline.js";
import { deepMerge } from "./merge-record.js";
import { compileNamePattern } from "./name-pattern.js";
import { namePlanner, type RecordTargets } from "./plan-names.js";
import { type RecordSource, readRecords } from "./read-records.js";
import { inShard, type Shard } from "./shard.js";

export interface BatchPlan {
  /** Records in the whole file (every shard). */
  total: number;
  /** Output files of this shard's records, by record index. */
  targets: Map<number, RecordTargets>;
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
  shard: Shard;
  reserved: Record<string, string>;
  cwd: string;
}): Promise<BatchPlan> {
  let total = 0;
  for await (const _ of readRecords(opts.source)) total++;
  const targets = new Map<number, RecordTargets>();
  const outDir = opts.outDir;
  if (!outDir) return { total, targets };
  const planner = namePlanner({
    pattern: compileNamePattern(opts.namePattern),
    outDir,
    formats: opts.formats,
    total,
    recordsLabel: opts.source.label,
    reserved: opts.reserved,
    cwd: opts.cwd,
  });
  for await (const rec of readRecords(opts.source)) {
    const t = planner.add(rec, deepMerge(opts.base, rec.data));
    if (inShard(rec.index, opts.shard)) targets.set(rec.index, t);
  }
  return { total, targets };
}

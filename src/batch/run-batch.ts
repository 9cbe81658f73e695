import { randomBytes } from "node:crypto";
import { opendirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { isMissiveError, type MissiveError, type Problem } from "../errors.js";
import { letterFromYaml } from "../load/load-letter.js";
import { packFiles } from "../load/pack-files.js";
import { parseYaml, type YamlData } from "../load/parse-yaml.js";
import { readText } from "../load/read-text.js";
import { withCommonKeys } from "../load/validate-data.js";
import { refuseInputs } from "../output/refuse-inputs.js";
import { realPlace } from "../place-in-roots.js";
import type { Resources } from "../resources.js";
import { isBaseOwn } from "./base-own.js";
import { assetHasher, recordInputHash, sharedInputHash } from "./input-hash.js";
import { letterSettings } from "./letter-settings.js";
import {
  type EntryTexts,
  entryFor,
  fromManifest,
  type ManifestEntry,
  type PackedEntry,
  packEntry,
} from "./manifest.js";
import { markdownFields } from "./markdown-fields.js";
import type { MergeOptions } from "./merge-options.js";
import type { MergeRecord } from "./merge-record.js";
import { namePatternFields } from "./name-pattern.js";
import { orderedSink } from "./ordered-sink.js";
import { type BatchPlan, planBatch } from "./plan-batch.js";
import type { RecordTargets } from "./plan-names.js";
import { openPreviousEntries, type PreviousEntries } from "./previous-entries.js";
import { readRecords, typedFormat } from "./read-records.js";
import { type RecordAt, recordLocation, recordPlace } from "./record-place.js";
import {
  errorData,
  errorFromData,
  loadOptions,
  type RecordResult,
  type RecordShape,
  type RunFacts,
  recordShape,
  recordYaml,
} from "./render-record.js";
import { inShard, type Shard } from "./shard.js";
import { unchanged } from "./skip-unchanged.js";
import { noteLeftOver, type StaleLetters, staleLetters } from "./stale-letters.js";
import { todayOf } from "./today-input.js";
import { cellPlaces } from "./typed-cells.js";
import { DEPTH } from "./worker-crew.js";
import { autoJobs, openPool, type RenderPool } from "./worker-pool.js";

/** What a run is given besides its options: neither crosses to the workers. */
export interface RunIo {
  /** Where finished entries are kept until the manifest is written. */
  entryTexts: EntryTexts;
  /** Aborted by Ctrl-C: no record starts after it, the ones rendering finish. */
  signal?: AbortSignal;
  /** What this thread keeps between letters (src/resources.ts); workers make their own. */
  res: Resources;
}

/** What the run did; the caller writes the manifest and the combined PDF (only output/ writes). */
export interface BatchOutcome {
  /** Records in the whole file (every shard). */
  total: number;
  /** Records of this run's shard. */
  inShard: number;
  /** Folders the run made for its letters (the topmost of each): a failed run removes them. */
  madeFolders: Set<string>;
  /** Every image a letter used: the manifest and the combined PDF may not overwrite one. */
  assets: Set<string>;
  entries: PackedEntry[];
  /**
   * Files this run wrote, to remove if the run as a whole fails. Read back from the entries
   * when asked, so a long run does not keep every path twice.
   */
  written(): string[];
  /** The first failure when not keeping going: the run stopped there. */
  stoppedBy?: MissiveError;
  /** The record the run stopped at. */
  stoppedAt?: RecordAt;
  /** Whether the value at a data path is the base letter's own in every record (base-own.ts). */
  baseOwn(path: string): boolean;
  /** A bug met while recording a result: the run stopped, and the caller cleans up and throws. */
  crashed?: unknown;
  /** The signal that stopped the run (SIGINT, SIGTERM); the caller cleans up. */
  interrupted?: string;
  /**
   * The run's name for the earlier files its letters replaced, kept beside them
   * (output/previous-files.ts): a failed run puts them back, a finished one drops them.
   */
  previousRun?: string;
  /** The files this run wrote whose earlier version it kept; read back like written(). */
  kept(): string[];
  /** Letters an earlier run's manifest lists that no record of this run makes. */
  stale?: StaleLetters;
}

export interface BatchHooks {
  /** Called once names are planned, before anything is written. */
  start?(inShard: number, total: number): void;
  /** Called after each record, in completion order. */
  done?(entry: ManifestEntry, rec: RecordAt): void;
  /** Letters' laid-out pages, in record order (only with combinePath). */
  laidOut?(r: RecordResult): void;
}

/** Runs a mail merge: plan all names, then render this shard's records on a worker pool. */
export async function runBatch(
  o: MergeOptions,
  io: RunIo,
  hooks: BatchHooks = {},
): Promise<BatchOutcome> {
  const run = prepareRun(o, io.res);
  const found: RunFacts = {
    // A run into a folder with nothing in it has nothing to keep, and spends nothing on it.
    previousRun: o.outDir && holdsFiles(o.outDir) ? randomBytes(6).toString("hex") : null,
    outReal: o.outDir && realPlace(o.outDir),
    ...run.shaping,
  };
  const { plan, pool, jobs } = await planWithPool(o, io, run, found);
  const inShardCount = countInShard(plan.total, o.shard);
  const out = emptyOutcome(plan.total, inShardCount);
  const baseValue = run.base.value as Record<string, unknown>;
  out.baseOwn = (path) => isBaseOwn(baseValue, plan.recordFields, run.settings, path);
  // Before any letter is written: the earlier manifest is replaced only at the end.
  out.stale = staleLetters(o.manifestPath, o.outDir, plan.planned);
  if (io.signal?.aborted) {
    await closeStarted(pool);
    return { ...out, interrupted: reasonOf(io.signal) };
  }
  let previous: PreviousEntries | undefined;
  // Everything from here in the try: the workers started while planning must be stopped
  // whatever fails (the start hook refuses a records file with no records).
  try {
    hooks.start?.(inShardCount, plan.total);
    if (o.skipUnchanged && o.manifestPath) previous = openPreviousEntries(o.manifestPath);
    return await renderAll(o, io, hooks, out, {
      targetsOf: plan.targetsOf,
      hashed: (rec) => hashedInput(rec, run.shape, todayOf(o, run.baseData.date)),
      shared: run.shared,
      assetRoots: run.assetRoots,
      previous,
      pool: await pool,
      jobs,
      previousRun: found.previousRun ?? undefined,
    });
  } finally {
    previous?.close();
    await closeStarted(pool);
  }
}

/**
 * Plans every record, the pool of workers starting once the records are counted. Why then:
 * workers start up while every record is checked and named, which takes a while for a long
 * records file; nothing is written before the plan is whole. A plan that fails stops the
 * workers and fails with its own error, whatever became of the pool.
 */
async function planWithPool(
  o: MergeOptions,
  io: RunIo,
  run: ReturnType<typeof prepareRun>,
  found: RunFacts,
): Promise<StartedPool & { plan: BatchPlan }> {
  let crew: StartedPool | undefined;
  const plan = await planBatch({
    source: o.records,
    namePattern: o.namePattern,
    cellPlaces: run.shape.cellPlaces,
    outDir: o.outDir ?? undefined,
    formats: o.letter.formats,
    cwd: o.cwd,
    base: run.baseData,
    settings: run.settings,
    reserved: run.reserved,
    notAnInput: run.notAnInput,
    checkRecord: o.keepGoing
      ? undefined
      : (rec) => recordProblems(run.base, rec, o, run.shape, io.res),
    counted: (total) => {
      crew = startPool(o, io, found, countInShard(total, o.shard));
    },
  }).catch(async (e: unknown) => {
    if (crew) await closeStarted(crew.pool);
    throw e;
  });
  return { plan, ...(crew ?? startPool(o, io, found, countInShard(plan.total, o.shard))) };
}

/** A pool of workers starting up, and how many render. */
interface StartedPool {
  pool: Promise<RenderPool>;
  jobs: number;
}

/**
 * Starts the pool. Why the handler: the pool is awaited only once planning is done, and a
 * start that failed before (the data file gone, say) would otherwise be an unhandled
 * rejection, which ends the process with a stack trace; awaited, it fails the run as usual.
 */
function startPool(o: MergeOptions, io: RunIo, found: RunFacts, inShard: number): StartedPool {
  const auto = autoJobs(inShard, availableParallelism(), o.fromSnapshot);
  const jobs = Math.max(1, Math.min(o.jobs ?? auto, inShard));
  const pool = openPool({ options: o, found }, jobs, inShard, io.res, { signal: io.signal });
  pool.catch(() => {});
  return { pool, jobs };
}

/** Stops a pool's workers; a pool that failed to start has none, and its error is not this one. */
async function closeStarted(pool: Promise<RenderPool>): Promise<void> {
  const started = await pool.catch(() => undefined);
  await started?.close();
}

/**
 * What a run knows before it plans: the base letter loaded and checked (a mapping, valid)
 * with its pack, once before any record; the paths no output may take; how records shape
 * the letter; and the input hash all records share.
 */
function prepareRun(o: MergeOptions, res: Resources) {
  const baseSrc = readText(o.dataFile, { cwd: o.cwd, reads: o.reads });
  const base = parseYaml(baseSrc);
  const {
    data: baseData,
    pack,
    root,
  } = letterFromYaml(base, { ...loadOptions(o), reads: o.reads }, res);
  const reserved: Record<string, string> = {};
  if (o.manifestPath) reserved[o.manifestPath] = "the manifest";
  if (o.combinePath) reserved[o.combinePath] = "the combined PDF";
  const notAnInput = refuseInputs(
    [
      { path: resolve(o.cwd, o.dataFile), what: "the letter data" },
      { path: o.records.file, what: "the records file" },
      ...packFiles(pack).map((path) => ({ path, what: "a file of the template pack" })),
    ],
    o.cwd,
  );
  for (const path of Object.keys(reserved)) notAnInput(path);
  const shaping: Omit<RunFacts, "previousRun" | "outReal"> = {
    texts: {
      lang: pack.lang,
      labels: pack.labels,
      ...(o.records.lang ? { recordsLang: o.records.lang } : {}),
      markdown: markdownFields(
        [pack.template, ...Object.values(pack.partials)].map((t) => t.source),
      ),
    },
    columns: {
      letterFields: pack.schema ? Object.keys(withCommonKeys(pack.schema).properties ?? {}) : null,
      cellPlaces: pack.schema ? cellPlaces(withCommonKeys(pack.schema), pack.schemaFile) : [],
      nameUses: o.outDir ? namePatternFields(o.namePattern) : [],
      allowUnused: o.allowUnused,
      typedRecords: typedFormat(o.records.format),
    },
  };
  // From the file again: loading the base letter filled in the schema's defaults, which the
  // workers' copies do not have, and a text must come out the same in every thread.
  const shape = recordShape(parseYaml(baseSrc), shaping, res);
  const shared = sharedInputHash({
    version: o.version,
    baseText: baseSrc.text,
    pack,
    letter: o.letter,
  });
  const assetRoots = [root, ...pack.dirs];
  const settings = letterSettings(pack.schema);
  return { base, baseData, reserved, notAnInput, shaping, shape, shared, assetRoots, settings };
}

interface RenderContext {
  targetsOf(rec: MergeRecord): RecordTargets;
  hashed(rec: MergeRecord): unknown;
  shared: string;
  /** Where a letter's images may lie: the data's root and the pack's folders. */
  assetRoots: readonly string[];
  previous?: PreviousEntries;
  pool: RenderPool;
  jobs: number;
  previousRun: string | undefined;
}

/** Reads the records again and renders those of the shard, a few ahead of the results. */
async function renderAll(
  o: MergeOptions,
  io: RunIo,
  hooks: BatchHooks,
  out: BatchOutcome,
  ctx: RenderContext,
): Promise<BatchOutcome> {
  const entryDir = o.manifestPath ? manifestDir(o.manifestPath) : o.cwd;
  const book = outcomeBook(out, io.entryTexts, entryDir, ctx.previousRun);
  const hashAsset = assetHasher(ctx.assetRoots);
  const inFlight = new Set<Promise<void>>();
  const record = resultRecorder(o, io, hooks, book, ctx, hashAsset);
  try {
    for await (const rec of readRecords(o.records)) {
      if (out.stoppedBy || out.crashed) break;
      if (io.signal?.aborted) {
        out.interrupted = reasonOf(io.signal);
        break;
      }
      if (!inShard(rec.index, o.shard)) continue;
      const targets = ctx.targetsOf(rec);
      const hashed = ctx.hashed(rec);
      const prev = ctx.previous?.get(rec.index);
      if (
        prev &&
        o.manifestPath &&
        unchanged(prev, hashed, targets, o.manifestPath, ctx.shared, hashAsset)
      ) {
        const entry: ManifestEntry = { ...prev, line: rec.line, status: "skipped" };
        out.entries.push(packEntry(entry, io.entryTexts));
        hooks.done?.(entry, rec);
        continue;
      }
      const task = record.start(rec, targets, hashed);
      inFlight.add(task);
      // A task cannot reject (its failures stop the run); should one, it stops the run too
      // rather than vanish from the set before anyone awaits it.
      task.finally(() => inFlight.delete(task)).catch((e: unknown) => book.stop(e, []));
      // Bounded look-ahead: records are read only as fast as letters are rendered.
      // Each worker holds DEPTH jobs; one more each waits in the pool's queue.
      if (inFlight.size >= ctx.jobs * (DEPTH + 1)) await Promise.race(inFlight);
    }
  } catch (e) {
    book.stop(e, []);
  }
  await Promise.all(inFlight);
  out.entries.sort((a, b) => a.index - b.index);
  return out;
}

/** A run's outcome before any record. */
function emptyOutcome(total: number, inShard: number): BatchOutcome {
  return {
    total,
    inShard,
    madeFolders: new Set(),
    assets: new Set(),
    entries: [],
    written: () => [],
    kept: () => [],
    baseOwn: () => false,
  };
}

/**
 * The outcome's book-keeping: the files it wrote and kept are read back from the entries, and
 * a letter whose entry could not be kept (the spool failed) is noted apart, still to clean up.
 */
function outcomeBook(
  out: BatchOutcome,
  texts: EntryTexts,
  entryDir: string,
  previousRun: string | undefined,
) {
  const unlisted: string[] = [];
  const unlistedKept: string[] = [];
  out.previousRun = previousRun;
  out.written = () => [...unlisted, ...out.entries.flatMap((e) => filesOf(e, texts, entryDir))];
  out.kept = () => [
    ...unlistedKept,
    ...out.entries.flatMap((e) => (e.kept ? keptOf(e, texts, entryDir) : [])),
  ];
  return {
    out,
    /**
     * Stops the run: a missive error (a spool that cannot be written) is reported, anything
     * else is a bug. `files` were written by a letter no entry lists.
     */
    stop(e: unknown, files: string[], kept: string[] = []) {
      unlisted.push(...files);
      unlistedKept.push(...kept);
      if (isMissiveError(e)) out.stoppedBy ??= e;
      else out.crashed ??= e;
    },
  };
}

/** Starts a record on the pool and records its result in the outcome when it is back. */
function resultRecorder(
  o: MergeOptions,
  io: RunIo,
  hooks: BatchHooks,
  book: ReturnType<typeof outcomeBook>,
  ctx: RenderContext,
  hashAsset: (path: string) => string,
) {
  const out = book.out;
  const entryDir = o.manifestPath ? manifestDir(o.manifestPath) : o.cwd;
  const ordered = orderedSink(hooks.laidOut);
  const settle = (r: RecordResult, rec: RecordAt, hashed: unknown) => {
    // Stopped by a signal before its letter was written (write-gate.ts): a record the run
    // did not come to, pending in the manifest like those never started.
    if (r.error?.kind === "interrupted") return ordered.put(r);
    for (const dir of r.madeFolders ?? []) out.madeFolders.add(dir);
    for (const a of r.assets) out.assets.add(a);
    let listed = false;
    try {
      const hash = recordInputHash(ctx.shared, hashed, r.assets, hashAsset);
      const entry = entryFor(r, rec.line, hash, entryDir);
      const packed = packEntry(entry, io.entryTexts);
      if (r.kept) packed.kept = keptBits(r);
      out.entries.push(packed);
      listed = true;
      if (r.error && !o.keepGoing && !out.stoppedBy) {
        out.stoppedBy = errorFromData(r.error);
        out.stoppedAt = { index: rec.index, line: rec.line, sheet: rec.sheet };
      }
      ordered.put(r);
      hooks.done?.(entry, rec);
    } catch (e) {
      book.stop(e, listed ? [] : r.files.map((f) => f.path), listed ? [] : r.kept);
    }
  };
  return {
    start(rec: MergeRecord, targets: RecordTargets, hashed: unknown): Promise<void> {
      ordered.expect(rec.index);
      return (
        ctx.pool
          .render({ ...rec, targets })
          // A crashed worker fails its record like any other error, so clean-up still happens.
          .catch((e): RecordResult => failedResult(rec.index, e))
          .then((r) => {
            if (r.error && r.error.kind !== "interrupted" && out.stale)
              noteLeftOver(out.stale, Object.values(targets));
            settle(r, rec, hashed);
          })
      );
    },
  };
}

function failedResult(index: number, e: unknown): RecordResult {
  return { index, files: [], warnings: [], assets: [], error: errorData(e) };
}

/**
 * A record's data problems (the same check each letter gets when it renders), each message
 * naming the record; undefined when its data is fine or its trouble is not the data's.
 */
function recordProblems(
  base: YamlData,
  rec: MergeRecord,
  o: MergeOptions,
  shape: RecordShape,
  res: Resources,
): Problem[] | undefined {
  if (!inShard(rec.index, o.shard)) return undefined;
  try {
    const where = { ...loadOptions(o), rememberPack: true };
    letterFromYaml(recordYaml(base, rec, o.records.label, shape), where, res);
  } catch (e) {
    if (!isMissiveError(e) || e.kind !== "data") return undefined;
    const place = recordPlace(rec, o.records.label);
    const record = recordLocation(rec, o.records.label);
    return e.problems.map((p) => ({ ...p, message: `${place}: ${p.message}`, record }));
  }
  return undefined;
}

/**
 * What a record's input hash covers of it: its fields, and the texts it personalises. Why the
 * texts too: they also depend on the Intl data of the Node.js that formats their dates and
 * numbers. A record without personalised texts hashes as before, so older manifests still match.
 */
function hashedInput(
  rec: MergeRecord,
  shape: RecordShape,
  today: (rec: MergeRecord) => string | undefined,
): unknown {
  let texts: Record<string, string> = {};
  try {
    texts = shape.texts.personalise(rec);
  } catch {
    // The record fails when it is rendered, with this same error; a failed entry is never skipped.
  }
  const day = today(rec);
  const hashed = Object.keys(texts).length > 0 ? { record: rec.data, texts } : rec.data;
  return day === undefined ? hashed : { hashed, today: day };
}

/** Whether a folder may hold files a letter could replace (when in doubt, yes). */
function holdsFiles(dir: string): boolean {
  try {
    const d = opendirSync(dir);
    try {
      return d.readSync() !== null;
    } finally {
      d.closeSync();
    }
  } catch (e) {
    return (e as NodeJS.ErrnoException).code !== "ENOENT";
  }
}

/** One bit per file of the record, set where its earlier version was kept. */
function keptBits(r: RecordResult): number {
  const kept = new Set(r.kept);
  return r.files.reduce((bits, f, i) => (kept.has(f.path) ? bits | (1 << i) : bits), 0);
}

function reasonOf(signal: AbortSignal): string {
  return String(signal.reason ?? "SIGINT");
}

function countInShard(total: number, s: Shard): number {
  return Math.floor(total / s.n) + (s.i - 1 < total % s.n ? 1 : 0);
}

/** Absolute paths of the files a rendered entry lists (skipped ones were not written now). */
function filesOf(e: PackedEntry, texts: EntryTexts, dir: string): string[] {
  if (e.status !== "rendered") return [];
  const { files } = JSON.parse(texts.get(e.slot)) as Pick<ManifestEntry, "files">;
  return files.map((f) => resolve(dir, f.path));
}

/** Those of filesOf whose earlier version was kept. */
function keptOf(e: PackedEntry, texts: EntryTexts, dir: string): string[] {
  return filesOf(e, texts, dir).filter((_, i) => ((e.kept ?? 0) >> i) & 1);
}

function manifestDir(p: string): string {
  return fromManifest(p, ".");
}

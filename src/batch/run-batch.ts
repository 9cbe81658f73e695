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
import type { Format } from "../pipeline.js";
import type { Resources } from "../resources.js";
import { DEFAULT_STANDARDS, type PdfStandard } from "../write/pdf-standard.js";
import { assetHasher, recordInputHash, sharedInputHash } from "./input-hash.js";
import {
  type EntryTexts,
  entryFor,
  fromManifest,
  type ManifestEntry,
  type PackedEntry,
  packEntry,
} from "./manifest.js";
import { markdownFields } from "./markdown-fields.js";
import { type MergeRecord, recordPlace } from "./merge-record.js";
import { namePatternFields } from "./name-pattern.js";
import { orderedSink } from "./ordered-sink.js";
import { planBatch } from "./plan-batch.js";
import type { RecordTargets } from "./plan-names.js";
import { openPreviousEntries, type PreviousEntries } from "./previous-entries.js";
import { type RecordSource, readRecords } from "./read-records.js";
import {
  type BatchSettings,
  errorData,
  errorFromData,
  type RecordResult,
  type RecordShape,
  recordShape,
  recordYaml,
} from "./render-record.js";
import { inShard, type Shard } from "./shard.js";
import { unchanged } from "./skip-unchanged.js";
import { autoJobs, openPool } from "./worker-pool.js";

export interface BatchOptions {
  dataFile: string;
  source: RecordSource;
  cwd: string;
  template?: string;
  /** --root: files named in the data may lie in this folder (default: the data file's). */
  root?: string;
  formats: Format[];
  textWidth: number;
  created: Date;
  /**
   * Whether the creation date was chosen (SOURCE_DATE_EPOCH, --creation-date) rather than
   * "now". Only a chosen date is an input of --skip-unchanged; "now" differs every run.
   */
  createdIsInput: boolean;
  /** Standards each PDF claims (`--pdf-standard`); default tagged PDF/UA-1 and PDF/A-2a. */
  standards?: PdfStandard[];
  /** Embed the base data file and the record in each PDF (`--embed-source`). */
  embedSource?: boolean;
  /** Folder for one file per record and format; none when only --combine is wanted. */
  outDir?: string;
  namePattern: string;
  manifestPath?: string;
  combinePath?: string;
  keepGoing: boolean;
  skipUnchanged: boolean;
  shard: Shard;
  /** Worker threads; undefined: as many as pay off for this many records (autoJobs). */
  jobs: number | undefined;
  /** The process started from the startup snapshot (autoJobs counts it). */
  fromSnapshot?: boolean;
  version: string;
  /** Where finished entries are kept until the manifest is written. */
  entryTexts: EntryTexts;
  /** Aborted by Ctrl-C: no record starts after it, the ones rendering finish. */
  signal?: AbortSignal;
  /** Record columns nothing uses are dropped, not an error (render-record.ts, ColumnRule). */
  allowUnused?: boolean;
}

/** What the run did; the caller writes the manifest and the combined PDF (only output/ writes). */
export interface BatchOutcome {
  total: number;
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
  stoppedAt?: ManifestEntry;
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
}

export interface BatchHooks {
  /** Called once names are planned, before anything is written. */
  start?(inShard: number, total: number): void;
  /** Called after each record, in completion order. */
  done?(entry: ManifestEntry): void;
  /** Letters' laid-out pages, in record order (only with combinePath). */
  laidOut?(r: RecordResult): void;
}

/** Runs a mail merge: plan all names, then render this shard's records on a worker pool. */
export async function runBatch(
  o: BatchOptions,
  res: Resources,
  hooks: BatchHooks = {},
): Promise<BatchOutcome> {
  const baseSrc = readText(o.dataFile, { cwd: o.cwd });
  const base = parseYaml(baseSrc);
  // Loading the base letter checks the data (a mapping, valid) and the pack once, before any record.
  const where = { cwd: o.cwd, template: o.template, root: o.root };
  const { data: baseData, pack } = letterFromYaml(base, where, res);
  const reserved: Record<string, string> = {};
  if (o.manifestPath) reserved[o.manifestPath] = "the manifest";
  if (o.combinePath) reserved[o.combinePath] = "the combined PDF";
  const notAnInput = refuseInputs(
    [
      { path: resolve(o.cwd, o.dataFile), what: "the letter data" },
      { path: o.source.file, what: "the records file" },
      ...packFiles(pack).map((path) => ({ path, what: "a file of the template pack" })),
    ],
    o.cwd,
  );
  for (const path of Object.keys(reserved)) notAnInput(path);
  const shaping: Pick<BatchSettings, "texts" | "columns"> = {
    texts: {
      lang: pack.lang,
      markdown: markdownFields(
        [pack.template, ...Object.values(pack.partials)].map((t) => t.source),
      ),
    },
    columns: {
      letterFields: pack.schema ? Object.keys(withCommonKeys(pack.schema).properties ?? {}) : null,
      nameUses: o.outDir ? namePatternFields(o.namePattern) : [],
      allowUnused: o.allowUnused === true,
    },
  };
  // From the file again: loading the base letter filled in the schema's defaults, which the
  // workers' copies do not have, and a text must come out the same in every thread.
  const shape = recordShape(parseYaml(baseSrc), shaping, res);
  const plan = await planBatch({
    ...o,
    source: o.source,
    base: baseData,
    reserved,
    notAnInput,
    checkRecord: o.keepGoing ? undefined : (rec) => recordProblems(base, rec, o, shape, res),
  });
  const shared = sharedInputHash({
    version: o.version,
    baseText: baseSrc.text,
    pack,
    options: [
      o.template,
      o.formats,
      o.textWidth,
      o.createdIsInput ? o.created.getTime() : "now",
      !!o.combinePath,
      // Both change every PDF's bytes.
      o.standards ?? DEFAULT_STANDARDS,
      o.embedSource === true,
    ],
  });
  const inShardCount = countInShard(plan.total, o.shard);
  if (o.signal?.aborted)
    return {
      total: plan.total,
      madeFolders: new Set(),
      assets: new Set(),
      entries: [],
      written: () => [],
      kept: () => [],
      interrupted: reasonOf(o.signal),
    };
  hooks.start?.(inShardCount, plan.total);
  const settings: BatchSettings = {
    dataFile: o.dataFile,
    cwd: o.cwd,
    template: o.template,
    root: o.root,
    formats: o.outDir ? o.formats : [],
    textWidth: o.textWidth,
    createdMs: o.created.getTime(),
    ...(o.standards ? { standards: o.standards } : {}),
    embedSource: o.embedSource === true,
    recordsLabel: o.source.label,
    wantLayout: !!o.combinePath,
    // A run into a folder with nothing in it has nothing to keep, and spends nothing on it.
    previousRun: o.outDir && holdsFiles(o.outDir) ? randomBytes(6).toString("hex") : undefined,
    ...shaping,
  };
  const jobs = Math.max(
    1,
    Math.min(
      o.jobs ?? autoJobs(inShardCount, availableParallelism(), o.fromSnapshot),
      inShardCount,
    ),
  );
  const pool = await openPool(settings, jobs, inShardCount, res);
  const previous =
    o.skipUnchanged && o.manifestPath ? openPreviousEntries(o.manifestPath) : undefined;
  try {
    return await renderAll(o, settings.previousRun, hooks, {
      targetsOf: plan.targetsOf,
      hashed: (rec) => hashedInput(rec, shape),
      shared,
      previous,
      pool,
      jobs,
      total: plan.total,
    });
  } finally {
    previous?.close();
    await pool.close();
  }
}

async function renderAll(
  o: BatchOptions,
  previousRun: string | undefined,
  hooks: BatchHooks,
  ctx: {
    targetsOf(rec: MergeRecord): RecordTargets;
    hashed(rec: MergeRecord): unknown;
    shared: string;
    previous?: PreviousEntries;
    pool: Awaited<ReturnType<typeof openPool>>;
    jobs: number;
    total: number;
  },
): Promise<BatchOutcome> {
  const entryDir = o.manifestPath ? manifestDir(o.manifestPath) : o.cwd;
  // Files of a letter whose entry could not be kept (the spool failed): still to clean up.
  const unlisted: string[] = [];
  const unlistedKept: string[] = [];
  const out: BatchOutcome = {
    total: ctx.total,
    madeFolders: new Set(),
    assets: new Set(),
    entries: [],
    written: () => [...unlisted, ...out.entries.flatMap((e) => filesOf(e, o.entryTexts, entryDir))],
    previousRun,
    kept: () => [
      ...unlistedKept,
      ...out.entries.flatMap((e) => (e.kept ? keptOf(e, o.entryTexts, entryDir) : [])),
    ],
  };
  // Anything that goes wrong while recording a result stops the run, which then cleans up:
  // a missive error (a spool that cannot be written) is reported, anything else is a bug.
  const stop = (e: unknown, files: string[], kept: string[] = []) => {
    unlisted.push(...files);
    unlistedKept.push(...kept);
    if (isMissiveError(e)) out.stoppedBy ??= e;
    else out.crashed ??= e;
  };
  const hashAsset = assetHasher();
  const inFlight = new Set<Promise<void>>();
  const ordered = orderedSink(hooks.laidOut);
  try {
    for await (const rec of readRecords(o.source)) {
      if (out.stoppedBy || out.crashed) break;
      if (o.signal?.aborted) {
        out.interrupted = reasonOf(o.signal);
        break;
      }
      if (!inShard(rec.index, o.shard)) continue;
      const targets = ctx.targetsOf(rec);
      const prev = ctx.previous?.get(rec.index);
      const hashed = ctx.hashed(rec);
      if (
        prev &&
        o.manifestPath &&
        unchanged(prev, hashed, targets, o.manifestPath, ctx.shared, hashAsset)
      ) {
        const entry: ManifestEntry = { ...prev, line: rec.line, status: "skipped" };
        out.entries.push(packEntry(entry, o.entryTexts));
        hooks.done?.(entry);
        continue;
      }
      ordered.expect(rec.index);
      const task = ctx.pool
        .render({ ...rec, targets })
        // A crashed worker fails its record like any other error, so clean-up still happens.
        .catch(
          (e): RecordResult => ({
            index: rec.index,
            files: [],
            warnings: [],
            assets: [],
            error: errorData(e),
          }),
        )
        .then((r) => {
          let listed = false;
          for (const dir of r.madeFolders ?? []) out.madeFolders.add(dir);
          for (const a of r.assets) out.assets.add(a);
          try {
            const hash = recordInputHash(ctx.shared, hashed, r.assets, hashAsset);
            const entry = entryFor(r, rec.line, hash, entryDir);
            const packed = packEntry(entry, o.entryTexts);
            if (r.kept) packed.kept = keptBits(r);
            out.entries.push(packed);
            listed = true;
            if (r.error && !o.keepGoing && !out.stoppedBy) {
              out.stoppedBy = errorFromData(r.error);
              out.stoppedAt = entry;
            }
            ordered.put(r);
            hooks.done?.(entry);
          } catch (e) {
            stop(e, listed ? [] : r.files.map((f) => f.path), listed ? [] : r.kept);
          }
        });
      inFlight.add(task);
      // A task cannot reject (its failures stop the run above); should one, it stops the run
      // too rather than vanish from the set before anyone awaits it.
      task.finally(() => inFlight.delete(task)).catch((e: unknown) => stop(e, []));
      // Bounded look-ahead: records are read only as fast as letters are rendered.
      if (inFlight.size >= ctx.jobs * 2) await Promise.race(inFlight);
    }
  } catch (e) {
    stop(e, []);
  }
  await Promise.all(inFlight);
  out.entries.sort((a, b) => a.index - b.index);
  return out;
}

/**
 * A record's data problems (the same check each letter gets when it renders), each message
 * naming the record; undefined when its data is fine or its trouble is not the data's.
 */
function recordProblems(
  base: YamlData,
  rec: MergeRecord,
  o: BatchOptions,
  shape: RecordShape,
  res: Resources,
): Problem[] | undefined {
  if (!inShard(rec.index, o.shard)) return undefined;
  try {
    const where = { cwd: o.cwd, template: o.template, root: o.root, rememberPack: true };
    letterFromYaml(recordYaml(base, rec, o.source.label, shape), where, res);
  } catch (e) {
    if (!isMissiveError(e) || e.kind !== "data") return undefined;
    const place = recordPlace(rec.index, rec.line, o.source.label);
    return e.problems.map((p) => ({ ...p, message: `${place}: ${p.message}` }));
  }
  return undefined;
}

/**
 * What a record's input hash covers of it: its fields, and the texts it personalises. Why the
 * texts too: they also depend on the Intl data of the Node.js that formats their dates and
 * numbers. A record without personalised texts hashes as before, so older manifests still match.
 */
function hashedInput(rec: MergeRecord, shape: RecordShape): unknown {
  let texts: Record<string, string> = {};
  try {
    texts = shape.texts.personalise(rec);
  } catch {
    // The record fails when it is rendered, with this same error; a failed entry is never skipped.
  }
  return Object.keys(texts).length > 0 ? { record: rec.data, texts } : rec.data;
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

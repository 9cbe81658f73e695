import { relative } from "node:path";
import { fail, type MissiveError } from "../errors.js";
import { refuseInputs } from "../output/refuse-inputs.js";
import type { FileToWrite } from "../output/write-atomic.js";
import { foldersOf } from "../place-in-roots.js";
import type { Resources } from "../resources.js";
import { type CombinedPainter, combinedPainter } from "./combined-painter.js";
import { refuseFilesAsFolders } from "./file-as-folder.js";
import { type Manifest, type ManifestEntry, manifestText } from "./manifest.js";
import type { MergeOptions } from "./merge-options.js";
import { type MergeTransaction, openTransaction } from "./merge-transaction.js";
import type { RecordAt } from "./record-place.js";
import { type BatchOutcome, runBatch } from "./run-batch.js";
import type { StaleLetters } from "./stale-letters.js";
import { stopError } from "./stop-error.js";

export interface MergeHooks {
  /** Called once names are planned, before anything is written. */
  start?(inShard: number, total: number): void;
  /** Called after each record, in completion order, with where the record is. */
  done?(entry: ManifestEntry, rec: RecordAt): void;
  /** Called when the letters are done and the manifest is being written. */
  finishing?(): void;
  /** A problem that does not change how the merge ended (a clean-up that failed). */
  warn?(message: string): void;
}

/** A merge that finished: what the CLI reports. */
export interface MergeDone {
  summary: Manifest["summary"];
  /** The error kind of the first failed record (--keep-going), for the exit code. */
  firstFailure?: string;
  combinedPages?: number;
}

/**
 * A mail merge from start to end, as one transaction (merge-transaction.ts): renders every
 * record of the shard, then commits (the manifest and the combined PDF) or rolls back. A run
 * that stops (Ctrl-C, a failing record) keeps its finished letters with a manifest that says
 * it is incomplete, unless --all-or-nothing, and throws the error that stopped it.
 */
export async function runMerge(
  o: MergeOptions,
  signal: AbortSignal,
  res: Resources,
  hooks: MergeHooks = {},
): Promise<MergeDone> {
  // A broken installation is reported once, before any record (workers load their own);
  // the combined PDF is painted in this thread, whose text HarfBuzz shapes.
  await res.shaper.load();
  refuseFilesAsFolders(o);
  // Where the manifest's and the combined PDF's folders are now, which they must stay.
  const places = foldersOf([o.manifestPath, o.combinePath].filter((p): p is string => !!p));
  const tx = openTransaction(o);
  const combined = combinedPainter(o, res);
  try {
    const outcome = await runBatch(
      o,
      { entryTexts: tx.entries, signal, res },
      {
        start: (n, total) => {
          if (total === 0) throw noRecords(o.records.label);
          hooks.start?.(n, total);
        },
        done: hooks.done,
        // Once stopped, the combined PDF is never written: painting more would only delay.
        laidOut: (r) => {
          if (!signal.aborted) combined.add(r);
        },
      },
    );
    tx.own(outcome);
    const stop = stopError(outcome, signal, o);
    if (stop && !keepsLetters(o, outcome, stop)) throw stop.error;
    if (!stop) hooks.finishing?.();
    const final = await finalFiles(o, outcome, tx, combined, !stop);
    const warning = tx.commit(final.map((f) => ({ ...f, inside: places.get(f.path) })));
    if (warning) hooks.warn?.(warning);
    tx.tidy();
    if (!stop && outcome.stale?.count) hooks.warn?.(staleWarning(outcome.stale, o.cwd));
    if (stop) {
      // For --json: the letters kept are listed in the manifest, which says the run is incomplete.
      const e = stop.kept();
      e.result = { incomplete: true, summary: summary(outcome), manifest: o.manifestPath };
      throw e;
    }
    return {
      summary: summary(outcome),
      firstFailure: outcome.entries.find((e) => e.errorKind)?.errorKind,
      combinedPages: combined.pages,
    };
  } catch (e) {
    if (!tx.ended) {
      const warning = tx.rollback();
      if (warning) hooks.warn?.(warning);
    }
    throw e;
  } finally {
    tx.dispose();
  }
}

/**
 * Whether a run that stopped keeps its finished letters. Why only these: a bug (a crash) or
 * a manifest that cannot be kept leaves nothing to trust; a run with no manifest (--combine
 * alone) or no finished letter has nothing to resume; nor has a run with --combine, which
 * --resume refuses (the combined PDF is drawn from each letter as it is laid out, and a
 * letter resumed is not laid out again): kept, its letters were offered to a command that
 * cannot take them.
 */
function keepsLetters(o: MergeOptions, outcome: BatchOutcome, stop: { resumable: boolean }) {
  return (
    !o.allOrNothing &&
    stop.resumable &&
    o.manifestPath !== null &&
    o.combinePath === null &&
    outcome.entries.some((e) => e.status === "rendered")
  );
}

/** The manifest, and the combined PDF when the run is complete; refused over an input. */
async function finalFiles(
  o: MergeOptions,
  outcome: BatchOutcome,
  tx: MergeTransaction,
  combined: CombinedPainter,
  complete: boolean,
): Promise<FileToWrite[]> {
  const notAnImage = refuseInputs(
    [...outcome.assets].map((path) => ({ path, what: "an image a letter uses" })),
    o.cwd,
  );
  for (const path of [o.combinePath, o.manifestPath]) if (path) notAnImage(path);
  const files: FileToWrite[] = [];
  const pdf = complete ? await combined.finish() : undefined;
  if (o.combinePath && pdf) files.push({ path: o.combinePath, data: pdf });
  if (o.manifestPath)
    files.push({
      path: o.manifestPath,
      data: manifestText(manifestHead(outcome, o, complete), outcome.entries, tx.entries),
    });
  return files;
}

function manifestHead(
  outcome: BatchOutcome,
  o: MergeOptions,
  complete: boolean,
): Omit<Manifest, "entries"> {
  return {
    missive: o.version,
    data: relative(o.cwd, o.dataFile) || o.dataFile,
    records: o.records.label,
    shard: `${o.shard.i}/${o.shard.n}`,
    complete,
    summary: summary(outcome),
  };
}

function summary(o: BatchOutcome): Manifest["summary"] {
  const count = (s: ManifestEntry["status"]) => o.entries.filter((e) => e.status === s).length;
  return {
    records: o.inShard,
    rendered: count("rendered"),
    skipped: count("skipped"),
    failed: count("failed"),
    pending: o.inShard - o.entries.length,
  };
}

/** The error of a records file with no record: a merge needs one. */
function noRecords(label: string): MissiveError {
  return fail("data", "the records file has no records", { file: label }, [
    "a merge needs at least one record",
  ]);
}

/** `out/lee/4.pdf and 2 more: left by an earlier run …`, paths as the user gave them. */
function staleWarning(stale: StaleLetters, cwd: string): string {
  const names = stale.shown.map((p) => relative(cwd, p)).join(", ");
  const more = stale.count - stale.shown.length;
  const them = stale.count === 1 ? "it" : "them";
  const they = stale.count === 1 ? "it" : "they";
  return `${names}${more > 0 ? ` and ${more} more` : ""}: left by an earlier run, and no letter of this run replaced ${them} (no record makes ${them} now, or ${they === "it" ? "its record" : "their records"} failed); delete ${them}, or ${they} will be taken for this run's letters`;
}

import { createReadStream, statSync } from "node:fs";
import { relative, resolve } from "node:path";
import { type Manifest, type ManifestEntry, manifestText } from "../batch/manifest.js";
import { recordPlace } from "../batch/merge-record.js";
import type { RecordSource } from "../batch/read-records.js";
import type { BatchOutcome } from "../batch/run-batch.js";
import { EXIT_CODES, fail, MissiveError } from "../errors.js";
import type { Kept } from "../output/previous-files.js";
import type { TextSpool } from "../output/text-spool.js";
import type { Resources } from "../resources.js";
import type { CombinedPdf } from "../write/pdf.js";
import { DEFAULT_STANDARDS } from "../write/pdf-standard.js";
import { interruptGate } from "./interrupt-gate.js";
import type { Io } from "./io.js";
import type { MergeOptions } from "./merge-options.js";
import { type Progress, progressBar } from "./progress-bar.js";
import type { Reporter } from "./reporter.js";
import type { GlobalFlags } from "./shell.js";

const MAX_WARNINGS = 20;

/**
 * `missive render letter.yaml --merge records`: plans, renders on a pool, then writes the
 * combined PDF and the manifest. Returns the exit code (9 when --keep-going skipped records).
 */
export async function mergeCommand(
  records: string,
  opts: MergeOptions,
  io: Io,
  rep: Reporter,
  g: GlobalFlags,
  res: Resources,
): Promise<number> {
  const [
    { runBatch },
    { recordFormat },
    { spoolStdin },
    { writeFilesAtomic },
    { restoreFiles },
    { openTextSpool },
    { dropKept },
    { refuseInputs },
  ] = await Promise.all([
    import("../batch/run-batch.js"),
    import("../batch/read-records.js"),
    import("../output/spool-stdin.js"),
    import("../output/write-atomic.js"),
    import("../output/remove-files.js"),
    import("../output/text-spool.js"),
    import("../output/previous-files.js"),
    import("../output/refuse-inputs.js"),
  ]);
  // Ctrl-C stops the run cleanly: the letters being rendered finish, then everything goes.
  let bar: Progress | undefined;
  const interrupt = interruptGate(
    io,
    (message) => {
      bar?.clear();
      rep.warn(message);
    },
    {
      stopping: "stopping after the letters being rendered",
      finishing: "finishing the manifest first",
    },
  );
  let spool: { path: string; dispose(): void } | undefined;
  let texts: TextSpool | undefined;
  try {
    // Read more than once (names are planned before letters are written), so a stream is
    // copied first: standard input, or a named pipe (`mkfifo people.csv`).
    const path = resolve(io.cwd, records);
    const stream =
      records === "-" ? stdinOf(io) : isPipe(path) ? createReadStream(path) : undefined;
    const format = opts.mergeFormat ?? (records === "-" ? "jsonl" : recordFormat(records));
    spool = stream
      ? await spoolStdin(stream, `.${format}`, interrupt.signal).catch((e: unknown) => {
          throw interrupt.signal.aborted ? interrupted(interrupt.signal) : e;
        })
      : undefined;
    const label = records === "-" ? "<stdin>" : records;
    const source: RecordSource = {
      file: spool?.path ?? path,
      label,
      format,
      delimiter: opts.delimiter,
      sheet: opts.sheet,
    };
    let warned = 0;
    let combined: CombinedPdf | undefined;
    const { openCombinedPdf } = await import("../write/pdf.js");
    // The combined PDF is painted here, in the main thread, whose text HarfBuzz shapes; and
    // a broken installation is reported once, before any record (workers load their own).
    await res.shaper.load();
    // Beside the manifest, or the combined PDF when there is no manifest (`--combine` alone).
    texts = openTextSpool(
      opts.manifestPath ?? opts.combinePath ?? resolve(io.cwd, "missive-merge"),
    );
    const outcome = await runBatch(
      {
        ...opts,
        source,
        entryTexts: texts,
        signal: interrupt.signal,
        fromSnapshot: io.fromSnapshot,
      },
      res,
      {
        start: (n, total) => {
          if (total === 0) {
            throw fail("data", "the records file has no records", { file: source.label }, [
              "a merge needs at least one record",
            ]);
          }
          bar = progressBar(io, n, !(g.quiet || g.json));
        },
        done: (e) => {
          for (const w of e.warnings) {
            // A warning per letter of ten thousand would bury the summary; the manifest has all.
            if (++warned > MAX_WARNINGS) continue;
            bar?.clear();
            rep.warn(`${where(e, source)}: ${w}`);
          }
          if (e.error && opts.keepGoing) {
            bar?.clear();
            rep.warn(
              `${where(e, source)}: skipped: ${e.error.location ? `${e.error.location}: ` : ""}${e.error.message}`,
            );
          }
          bar?.tick();
        },
        laidOut: (r) => {
          if (!r.laidOut) return;
          combined ??= openCombinedPdf(
            {
              ...r.laidOut.meta,
              lang: r.laidOut.lang,
              created: opts.created,
              standards: opts.standards ?? DEFAULT_STANDARDS,
            },
            opts.duplex,
            res,
          );
          combined.add(r.laidOut);
        },
      },
    );
    bar?.end();
    if (warned > MAX_WARNINGS)
      rep.warn(`${warned - MAX_WARNINGS} more warnings are listed in the manifest`);
    if (outcome.crashed) {
      takeBack(outcome, texts, restoreFiles, rep);
      throw outcome.crashed;
    }
    // A Ctrl-C during the last letters counts too: the user asked for the run to stop.
    if (outcome.interrupted || interrupt.signal.aborted) {
      takeBack(outcome, texts, restoreFiles, rep);
      throw interrupted(interrupt.signal);
    }
    // Writing the manifest and the combined PDF takes moments; a Ctrl-C now lets them finish.
    interrupt.finishing();
    if (outcome.stoppedBy) {
      takeBack(outcome, texts, restoreFiles, rep);
      throw located(outcome, source);
    }
    try {
      const notAnImage = refuseInputs(
        [...outcome.assets].map((path) => ({ path, what: "an image a letter uses" })),
        io.cwd,
      );
      for (const path of [opts.combinePath, opts.manifestPath]) if (path) notAnImage(path);
      const files = [];
      if (opts.combinePath && combined)
        files.push({ path: opts.combinePath, data: await combined.finish() });
      if (opts.manifestPath)
        files.push({
          path: opts.manifestPath,
          data: manifestText(manifestHead(outcome, opts, source), outcome.entries, texts),
        });
      writeFilesAtomic(files);
    } catch (e) {
      // Letters without their manifest or combined PDF are a run that did not finish.
      takeBack(outcome, texts, restoreFiles, rep);
      throw e;
    }
    if (outcome.previousRun) {
      try {
        dropKept({ run: outcome.previousRun, paths: new Set(outcome.kept()) });
      } catch (e) {
        rep.warn(`could not remove the earlier letters this run replaced: ${(e as Error).message}`);
      }
    }
    return report(outcome, opts, io, rep, g, combined?.pages);
  } finally {
    interrupt.release();
    bar?.end();
    spool?.dispose();
    texts?.dispose();
  }
}

function interrupted(signal: AbortSignal): MissiveError {
  return fail("interrupted", `${String(signal.reason)}: the merge stopped`, undefined, [
    "the letters it had written were removed (and the ones they replaced put back); run it again to render every record",
  ]);
}

/**
 * Removes the letters a failed run wrote and puts back those they replaced, so the folder is
 * as the run found it. Why it never throws: the run's own error is what the user needs to
 * see; a clean-up that fails too is reported beside it.
 */
function takeBack(
  o: BatchOutcome,
  texts: TextSpool,
  restoreFiles: (paths: Iterable<string>, kept: Kept, made?: ReadonlySet<string>) => void,
  rep: Reporter,
): void {
  try {
    const files = o.written();
    const kept = { run: o.previousRun ?? "", paths: new Set(o.previousRun ? o.kept() : []) };
    // The entries' file sits in the output folder, which goes too if the run made it.
    texts.dispose();
    restoreFiles(files, kept, o.madeFolders);
  } catch (e) {
    rep.warn(`could not remove the letters this run wrote: ${(e as Error).message}`);
  }
}

/**
 * A named pipe: what can be read once only. Why not devices and sockets too: `/dev/zero` never
 * ends; read-records.ts refuses anything but a regular file.
 */
function isPipe(path: string): boolean {
  try {
    return statSync(path).isFIFO();
  } catch {
    return false; // reported where the records are read
  }
}

function stdinOf(io: Io): NodeJS.ReadableStream {
  if (!io.stdin) throw fail("usage", "--merge - reads standard input, and there is none");
  // Waiting for a person to type JSON Lines is never what was meant.
  if ((io.stdin as { isTTY?: boolean }).isTTY)
    throw fail(
      "usage",
      "--merge - reads JSON Lines from standard input, which is a terminal",
      undefined,
      ["pipe records in: missive render letter.yaml --merge - < records.jsonl"],
    );
  return io.stdin;
}

function where(e: Pick<ManifestEntry, "index" | "line">, src: RecordSource): string {
  return recordPlace(e.index, e.line, src.label);
}

/** The stopping error, each problem prefixed with the record it came from. */
function located(o: BatchOutcome, src: RecordSource): MissiveError {
  const e = o.stoppedBy as MissiveError;
  const failed = o.stoppedAt;
  const prefix = failed ? `${where(failed, src)}: ` : "";
  return new MissiveError(
    e.kind,
    e.problems.map((p, i) => ({
      ...p,
      message: `${prefix}${p.message}`,
      hints:
        failed && i === e.problems.length - 1
          ? [...(p.hints ?? []), "nothing was written; --keep-going renders the other records"]
          : p.hints,
    })),
  );
}

function manifestHead(
  o: BatchOutcome,
  opts: MergeOptions,
  src: RecordSource,
): Omit<Manifest, "entries"> {
  return {
    missive: opts.version,
    data: relative(opts.cwd, opts.dataFile) || opts.dataFile,
    records: src.label,
    shard: `${opts.shard.i}/${opts.shard.n}`,
    summary: summary(o),
  };
}

function summary(o: BatchOutcome): Manifest["summary"] {
  const count = (s: ManifestEntry["status"]) => o.entries.filter((e) => e.status === s).length;
  return {
    records: o.entries.length,
    rendered: count("rendered"),
    skipped: count("skipped"),
    failed: count("failed"),
  };
}

function report(
  o: BatchOutcome,
  opts: MergeOptions,
  io: Io,
  rep: Reporter,
  g: GlobalFlags,
  combinedPages: number | undefined,
): number {
  const s = summary(o);
  const code =
    s.failed === 0
      ? EXIT_CODES.ok
      : s.rendered + s.skipped > 0
        ? EXIT_CODES.partial
        : firstFailureCode(o);
  if (g.json) {
    const out = {
      ok: code === 0,
      partial: code === EXIT_CODES.partial,
      summary: s,
      manifest: opts.manifestPath,
      combined: opts.combinePath,
      ...(combinedPages ? { combinedPages } : {}),
    };
    io.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
  }
  const rel = (p: string) => relative(opts.cwd, p) || ".";
  const parts = [
    `${s.rendered} rendered`,
    s.skipped ? `${s.skipped} unchanged` : "",
    s.failed ? `${s.failed} failed` : "",
  ].filter(Boolean);
  const dest = [
    opts.outDir && rel(opts.outDir),
    opts.combinePath && `${rel(opts.combinePath)} (${combinedPages ?? 0} pages)`,
  ].filter(Boolean);
  const line = `merged ${s.records} record${s.records === 1 ? "" : "s"}: ${parts.join(", ")} → ${dest.join(", ")}`;
  if (code === 0) rep.info(`${rep.c.green("done")} ${line}`);
  else rep.warn(line);
  return code;
}

function firstFailureCode(o: BatchOutcome): number {
  const kind = o.entries.find((e) => e.errorKind)?.errorKind as keyof typeof EXIT_CODES | undefined;
  return kind ? EXIT_CODES[kind] : EXIT_CODES.internal;
}

import { statSync } from "node:fs";
import { relative } from "node:path";
import type { EntryWarning } from "../batch/manifest.js";
import type { MergeOptions } from "../batch/merge-options.js";
import {
  type RecordAt,
  recordLocation,
  recordPlace,
  recordWarning,
} from "../batch/record-place.js";
import type { MergeDone, MergeHooks } from "../batch/run-merge.js";
import { EXIT_CODES, fail, type MissiveError } from "../errors.js";
import { jsonText } from "../json-text.js";
import type { Resources } from "../resources.js";
import type { GlobalFlags } from "./command-context.js";
import { fifoStream } from "./fifo-stream.js";
import { interruptGate } from "./interrupt-gate.js";
import type { Io } from "./io.js";
import { green } from "./painted.js";
import { type Progress, progressBar } from "./progress-bar.js";
import type { Reporter } from "./reporter.js";
import { stopIfHeard } from "./write-whole.js";

const MAX_WARNINGS = 20;
/** Failed records reported one by one with --keep-going (the manifest has every one). */
const MAX_FAILURES = 20;

/**
 * `missive render letter.yaml --merge records`: starts the merge (batch/run-merge.ts, which
 * renders, writes and ends in a commit or a roll-back) and reports on it. Returns the exit
 * code (9 when --keep-going skipped records).
 */
export async function mergeCommand(
  opts: MergeOptions,
  io: Io,
  rep: Reporter,
  g: GlobalFlags,
  res: Resources,
): Promise<number> {
  const [{ runMerge }, { spoolStdin }, { withBomEncoding }] = await Promise.all([
    import("../batch/run-merge.js"),
    import("../output/spool-stdin.js"),
    import("../batch/bom-encoding.js"),
  ]);
  let bar: Progress | undefined;
  const interrupt = mergeGate(io, rep, () => bar);
  let spool: { path: string; dispose(): void } | undefined;
  try {
    const from = opts.records;
    spool = await spooled(from, io, interrupt.signal, spoolStdin);
    // The main thread notes the files it reads (the records, the base letter): a worker's
    // error is shown here, against this record, so workers need not bring theirs back.
    const records = withBomEncoding({ ...from, file: spool?.path ?? from.file, reads: rep.reads });
    if (records.encoding) rep.readsAs(records.label, records.encoding);
    // Until the first letter is rendered nothing is written, so a signal may end the process
    // at once, as it ends any program: reading and checking a large letter, and planning the
    // names, is synchronous work that would otherwise hold it. A copy of standard input must
    // be removed, so it keeps listening.
    if (!spool) interrupt.release();
    const shown = entryReporter(opts, rep, () => bar);
    const done = await runMerge({ ...opts, records, reads: rep.reads }, interrupt.signal, res, {
      start: (n) => {
        interrupt.listen();
        bar = progressBar(io, n, !(g.quiet || g.json));
      },
      done: shown.done,
      // Writing the manifest and the combined PDF takes moments; a Ctrl-C now lets them finish.
      finishing: () => interrupt.finishing(),
      warn: (m) => {
        bar?.clear();
        rep.warn(m);
      },
    });
    bar?.end();
    shown.end();
    // A signal while the manifest and the combined PDF were written: heard, never an exit 0.
    await stopIfHeard(interrupt, "the merge", "every file it wrote was written whole", {
      summary: done.summary,
      manifest: opts.manifestPath ?? undefined,
    });
    return report(done, opts, io, rep, g);
  } finally {
    interrupt.release();
    bar?.end();
    spool?.dispose();
  }
}

/**
 * The records copied to a file first when they come from a stream (standard input, or a named
 * pipe: `mkfifo people.csv`). Why: a merge reads them more than once (names are planned before
 * letters are written).
 */
async function spooled(
  from: MergeOptions["records"],
  io: Io,
  signal: AbortSignal,
  spoolStdin: typeof import("../output/spool-stdin.js").spoolStdin,
): Promise<{ path: string; dispose(): void } | undefined> {
  const stream = recordsStream(from.file, io, signal);
  if (!stream) return undefined;
  const { recordsStreamCheck } = await import("../batch/records-stream-check.js");
  const check = recordsStreamCheck(from);
  return spoolStdin(stream, `.${from.format}`, signal, undefined, check).catch((e: unknown) => {
    throw signal.aborted ? interrupted(signal) : e;
  });
}

/** The records as a stream to copy first, if they come from one: standard input or a pipe. */
function recordsStream(file: string, io: Io, signal: AbortSignal) {
  return file === "-" ? stdinOf(io) : isPipe(file) ? fifoStream(file, signal) : undefined;
}

/**
 * Reports each finished record: its warnings (the first few; the manifest has all) and, with
 * --keep-going, its failure (the first few records' too), as a GitHub Actions annotation too
 * at its records file and line.
 */
function entryReporter(
  opts: MergeOptions,
  rep: Reporter,
  bar: () => Progress | undefined,
): Required<Pick<MergeHooks, "done">> & { end(): void } {
  const warnings = warningTeller(rep, opts.records.label, bar);
  let failed = 0;
  const label = opts.records.label;
  /** A failed record's problem told in full (with its hints), and the record it was told at. */
  const told = new Map<string, string>();
  // Why only with a manifest: without one (--combine alone) stderr is the only list there is.
  const maxFailures = opts.manifestPath ? MAX_FAILURES : Number.POSITIVE_INFINITY;
  return {
    done(e, rec) {
      const place = recordPlace(rec, label);
      warnings.tell(rec, e.warnings);
      // A records file wrong in one column fails every record alike: thousands of the same lines.
      if (e.error && opts.keepGoing && ++failed <= maxFailures) {
        bar()?.clear();
        // Each problem at its own place: a record wrong in two fields names both.
        const { problems } = e.error;
        for (const [i, p] of problems.entries()) {
          const why = `${p.location ? `${p.location}: ` : ""}${p.message}`;
          const which = problems.length > 1 ? ` (problem ${i + 1} of ${problems.length})` : "";
          // A base letter's own text too long for its box fails every record with one text.
          // Its hints count: a personalised text fails each record at the template's line with
          // one message, and only a hint names the record's own text that is too wide.
          const same = JSON.stringify([why, p.hints ?? []]);
          const first = told.get(same);
          if (first) rep.warn(`${place}: skipped${which}: the same problem as ${first}`);
          else {
            if (told.size < MAX_FAILURES) told.set(same, place);
            rep.warn(`${place}: skipped${which}: ${why}`);
            for (const h of p.hints ?? []) rep.hint(h);
          }
          rep.annotate([{ message: `${place}: ${why}`, location: recordLocation(rec, label) }]);
        }
      }
      bar()?.tick();
    },
    end() {
      warnings.end();
      if (failed > maxFailures)
        rep.warn(`${failed - maxFailures} more failed records are listed in the manifest`);
    },
  };
}

/**
 * Tells finished records' warnings: the first MAX_WARNINGS, each only once, then how many more
 * the manifest lists. Why once: a warning every letter has (a header's column that looks like
 * a misspelt field, the base letter's own text) filled all the lines with one message and kept
 * a record's own warning off stderr.
 */
function warningTeller(rep: Reporter, label: string, bar: () => Progress | undefined) {
  let warned = 0;
  let repeated = 0;
  const told = new Set<string>();
  return {
    tell(rec: RecordAt, warnings: readonly EntryWarning[]) {
      for (const w of warnings) {
        warned++;
        const key = `${w.location ?? ""}\u0000${w.message}`;
        if (told.has(key)) repeated++;
        // A warning per letter of ten thousand would bury the summary.
        if (told.has(key) || told.size >= MAX_WARNINGS) continue;
        told.add(key);
        bar()?.clear();
        const line = recordWarning(rec, label, w);
        rep.warn(line, { message: line, location: recordLocation(rec, label) });
      }
    },
    end() {
      const more = warned - told.size;
      if (more === 0) return;
      const same = repeated
        ? ` (${repeated} of them the same as one above, for another record)`
        : "";
      rep.warn(`${more} more warnings are listed in the manifest${same}`);
    },
  };
}

function interrupted(signal: AbortSignal): MissiveError {
  return fail("interrupted", `${String(signal.reason)}: the merge stopped`, undefined, [
    "nothing was written; run it again to render every record",
  ]);
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

function report(d: MergeDone, opts: MergeOptions, io: Io, rep: Reporter, g: GlobalFlags): number {
  const s = d.summary;
  const code =
    s.failed === 0
      ? EXIT_CODES.ok
      : s.rendered + s.skipped > 0
        ? EXIT_CODES.partial
        : (EXIT_CODES[d.firstFailure as keyof typeof EXIT_CODES] ?? EXIT_CODES.internal);
  if (g.json) {
    const out = {
      ok: code === 0,
      partial: code === EXIT_CODES.partial,
      summary: s,
      manifest: opts.manifestPath ?? undefined,
      combined: opts.combinePath ?? undefined,
      ...(d.combinedPages ? { combinedPages: d.combinedPages } : {}),
    };
    io.stdout.write(`${jsonText(out)}\n`);
  }
  const rel = (p: string) => relative(opts.cwd, p) || ".";
  const parts = [
    `${s.rendered} rendered`,
    s.skipped ? `${s.skipped} unchanged` : "",
    s.failed ? `${s.failed} failed` : "",
  ].filter(Boolean);
  const dest = [
    opts.outDir && rel(opts.outDir),
    opts.combinePath &&
      `${rel(opts.combinePath)} (${d.combinedPages ?? 0} page${d.combinedPages === 1 ? "" : "s"})`,
  ].filter(Boolean);
  const line = `merged ${s.records} record${s.records === 1 ? "" : "s"}: ${parts.join(", ")} → ${dest.join(", ")}`;
  if (code === 0) rep.info(green("done"), ` ${line}`);
  else rep.warn(line);
  return code;
}

/**
 * How a merge hears Ctrl-C: letters being laid out are dropped at once (one being written
 * finishes), and the run stops with the letters it finished, for --resume.
 */
function mergeGate(io: Io, rep: Reporter, bar: () => Progress | undefined) {
  return interruptGate(
    io,
    (message) => {
      bar()?.clear();
      rep.warn(message);
    },
    {
      stopping: "stopping before more letters are written",
      finishing: "finishing the manifest first",
    },
  );
}

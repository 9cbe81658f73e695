import { relative } from "node:path";
import { fail, MissiveError } from "../errors.js";
import type { MergeOptions } from "./merge-options.js";
import { recordLocation, recordPlace } from "./record-place.js";
import type { BatchOutcome } from "./run-batch.js";

/** Why a merge stopped before its end, as the error to report in either ending. */
export interface Stop {
  /** The error when the run was rolled back. */
  error: unknown;
  /** Whether the letters finished so far can be kept for --resume (not after a bug). */
  resumable: boolean;
  /** The error when the finished letters were kept with an incomplete manifest. */
  kept(): MissiveError;
}

/** Why the run stopped early, or undefined when it came to its end. */
export function stopError(
  o: BatchOutcome,
  signal: AbortSignal,
  opts: MergeOptions,
): Stop | undefined {
  if (o.crashed)
    return { error: o.crashed, resumable: false, kept: () => o.crashed as MissiveError };
  // A Ctrl-C during the last letters counts too: the user asked for the run to stop.
  if (o.interrupted || signal.aborted) {
    const reason = o.interrupted ?? String(signal.reason ?? "SIGINT");
    const stopped = (hints: string[]) =>
      fail("interrupted", `${reason}: the merge stopped`, undefined, hints);
    return {
      error: stopped([
        "the letters it had written were removed (and the ones they replaced put back); run it again to render every record",
      ]),
      resumable: true,
      kept: () => stopped(keptHints(o, opts)),
    };
  }
  if (!o.stoppedBy) return undefined;
  return {
    error: located(o, opts, ["nothing was written; --keep-going renders the other records"]),
    // A record that failed; not a spool that could not keep an entry (no manifest to write).
    resumable: o.stoppedAt !== undefined,
    kept: () => located(o, opts, [...keptHints(o, opts), "--keep-going renders the other records"]),
  };
}

function keptHints(o: BatchOutcome, opts: MergeOptions): string[] {
  const done = o.entries.filter((e) => e.status !== "failed").length;
  const manifest = relative(opts.cwd, opts.manifestPath ?? "") || opts.manifestPath;
  return [
    `the ${done} letter${done === 1 ? "" : "s"} finished before the run stopped ${done === 1 ? "is" : "are"} kept; ${manifest} lists ${done === 1 ? "it" : "them"} and says the run is incomplete`,
    "run the same command with --resume to render only the rest",
  ];
}

/** The stopping error, each problem prefixed with the record it came from. */
function located(o: BatchOutcome, opts: MergeOptions, hints: string[]): MissiveError {
  const e = o.stoppedBy as MissiveError;
  const failed = o.stoppedAt;
  const prefix = failed ? `${recordPlace(failed, opts.records.label)}: ` : "";
  return new MissiveError(
    e.kind,
    e.problems.map((p, i) => ({
      ...p,
      message: `${prefix}${p.message}`,
      ...(failed ? { record: recordLocation(failed, opts.records.label) } : {}),
      hints: failed && i === e.problems.length - 1 ? [...(p.hints ?? []), ...hints] : p.hints,
    })),
  );
}

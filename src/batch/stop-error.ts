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
  const keepGoing = "--keep-going renders the other records";
  return {
    error: located(o, opts, (others) => [
      others ? `nothing was written; ${keepGoing}` : "nothing was written",
    ]),
    // A record that failed; not a spool that could not keep an entry (no manifest to write).
    resumable: o.stoppedAt !== undefined,
    kept: () =>
      located(o, opts, (others) => [...keptHints(o, opts), ...(others ? [keepGoing] : [])]),
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

/**
 * The stopping error, each problem prefixed with the record it came from; a problem in the
 * base letter's own text (base-own.ts) is the letter's, said once with the record it was met
 * at. `closing(others)`: the last hints, told whether other records may still render.
 */
function located(
  o: BatchOutcome,
  opts: MergeOptions,
  closing: (others: boolean) => string[],
): MissiveError {
  const e = o.stoppedBy as MissiveError;
  const failed = o.stoppedAt;
  if (!failed) return e;
  const label = opts.records.label;
  const place = recordPlace(failed, label);
  // A letter this run rendered laid the same text out without the problem: then the problem
  // is not the base letter's alone, whatever its field (a template that sizes a box by a
  // field a record sets).
  const rendered = o.entries.some((entry) => entry.status === "rendered");
  const own = e.problems.map(
    (p) => !rendered && p.location?.path !== undefined && o.baseOwn(p.location.path),
  );
  const letters = own.every(Boolean);
  const last = e.problems.length - 1;
  return new MissiveError(
    e.kind,
    e.problems.map((p, i) => ({
      ...p,
      ...(own[i]
        ? {}
        : { message: `${place}: ${p.message}`, record: recordLocation(failed, label) }),
      hints:
        i === last
          ? [...(p.hints ?? []), ...(letters ? [metAt(e, place)] : []), ...closing(!letters)]
          : p.hints,
    })),
  );
}

/** Where a problem of the base letter's own text was met, and what that means for the rest. */
function metAt(e: MissiveError, place: string): string {
  const paths = [...new Set(e.problems.map((p) => p.location?.path))].join(", ");
  return `no record sets ${paths} or puts a value in it: the text is the base letter's, the same in every record; met at ${place}, so the other records would most likely fail alike`;
}

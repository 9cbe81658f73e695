import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { fail } from "../errors.js";
import type { Resources } from "../resources.js";
import { bundledOr } from "../startup/bundled.js";
import {
  type RecordJob,
  type RecordResult,
  recordRenderer,
  type WorkerSetup,
} from "./render-record.js";
import { stoppedUnwritten, workerCrew } from "./worker-crew.js";

/** Old-generation heap per worker, in MB: about four times what a worker keeps live. */
const HEAP_MB = 96;

/** Renders jobs on N threads; `render` resolves when that job's result is back. */
export interface RenderPool {
  render(job: RecordJob): Promise<RecordResult>;
  close(): Promise<void>;
}

/** Up to this many records, -j 1 renders in the calling thread. */
const IN_THREAD_MAX = 500;
/**
 * Base data or a record larger than this (some thousand signers) renders in a worker even
 * when the rest of the run renders in the calling thread. Why: a long letter laid out in the
 * calling thread would hold a Ctrl-C or SIGTERM until it is done; a worker is stopped at once.
 */
const IN_THREAD_MAX_BYTES = 64 * 1024;

export interface PoolOptions {
  /** Old-generation heap of the first workers, in MB. */
  firstHeapMb?: number;
  /** Aborted by Ctrl-C or SIGTERM: workers still laying a letter out are stopped at once. */
  signal?: AbortSignal;
}

/**
 * How many threads render a run whose -j was not given. Why not always every core: a worker
 * starts its own copy of the pipeline, cold, before its first letter, while the calling
 * thread is warm; so below some hundreds of records one thread finishes first (measured on
 * 2 cores from the plain entry: docs/benchmarks.md, "Small merges"). Started from
 * the snapshot (`fromSnapshot`), the calling thread is warm at once but runs long jobs slower
 * under the snapshot's V8 flags, and the two cross near 100 records (docs/benchmarks.md,
 * "Small merges"). More cores pay off sooner, roughly in proportion.
 */
export function autoJobs(records: number, cores: number, fromSnapshot = false): number {
  if (cores <= 1) return 1;
  const upTo = Math.floor((fromSnapshot ? 100 : 300) / (cores - 1));
  return records <= Math.min(IN_THREAD_MAX, upTo) ? 1 : cores;
}

/**
 * With one job and a short run, records render in the calling thread (no worker start-up,
 * and tests run from source). Otherwise worker threads render, each holding at most the job
 * after its own (worker-crew.ts), so a slow letter holds up one other; a long -j 1 run uses
 * one worker because only a worker's heap can be capped (the main thread's heap grows
 * through a long run).
 */
export async function openPool(
  s: WorkerSetup,
  jobs: number,
  records: number,
  res: Resources,
  o: PoolOptions = {},
): Promise<RenderPool> {
  const size = statSync(s.options.dataFile, { throwIfNoEntry: false })?.size ?? 0;
  if (jobs <= 1 && records <= IN_THREAD_MAX && size <= IN_THREAD_MAX_BYTES)
    return inThreadPool(s, res, o);
  return crewPool(s, jobs, o);
}

/** Renders in the calling thread, but a large record in a worker (IN_THREAD_MAX_BYTES). */
function inThreadPool(s: WorkerSetup, res: Resources, o: PoolOptions): RenderPool {
  const render = recordRenderer(s, res);
  let helper: RenderPool | undefined;
  // Between letters the event loop runs, or a Ctrl-C would wait for the whole run.
  const turn = () => new Promise<void>((go) => setImmediate(go));
  return {
    render: async (job) => {
      await turn();
      if (o.signal?.aborted) throw stoppedUnwritten(o.signal);
      if (JSON.stringify(job.data).length <= IN_THREAD_MAX_BYTES) return render(job);
      helper ??= crewPool(s, 1, o);
      return helper.render(job);
    },
    close: async () => helper?.close(),
  };
}

function crewPool(s: WorkerSetup, jobs: number, o: PoolOptions): RenderPool {
  const crew = workerCrew(workerFile(), s, jobs, o.firstHeapMb ?? HEAP_MB, o.signal);
  return { render: (job) => crew.run(job), close: () => crew.close() };
}

/**
 * The compiled worker. Why the fallback: under vitest this module runs from src/*.ts, but a
 * worker thread needs JavaScript, so it uses the build in dist/ (`npm test` builds first).
 */
function workerFile(): string {
  const here = new URL("./worker.js", import.meta.url);
  const module = existsSync(here) ? here : new URL("../../dist/batch/worker.js", import.meta.url);
  if (!existsSync(module))
    throw fail("internal", "the batch worker is not built", undefined, ["run npm run build"]);
  return fileURLToPath(bundledOr(new URL("../bundle/worker.cjs", module), module));
}

import { existsSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { fail, type MissiveError } from "../errors.js";
import type { Resources } from "../resources.js";
import {
  type ErrorData,
  errorFromData,
  type RecordJob,
  type RecordResult,
  recordRenderer,
  type WorkerSetup,
} from "./render-record.js";
import { newWriteGate, rendering, stopIfRendering, type WriteGate } from "./write-gate.js";

/** Old-generation heap per worker, in MB: about four times what a worker keeps live. */
const HEAP_MB = 96;
/** A letter that needs more (large fonts, many images) doubles the cap up to this. */
const MAX_HEAP_MB = 4096;
/**
 * Young-generation heap per worker, in MB. Why set: left to V8, which sizes it from the old
 * generation's cap, a 1,000-letter merge on Node 26 ran about a fifth slower and took more
 * memory (docs/benchmarks.md, "Ninth session"); on Node 20 it changes little.
 */
const YOUNG_MB = 16;
const WORKER_FAILED = Symbol("worker failed");
const OUT_OF_MEMORY = Symbol("worker out of memory");

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
 * costs about 0.6 s before its first letter (its own copy of the pipeline, cold), while the
 * calling thread renders a letter in about 11 ms once warm; so below some hundreds of records
 * one thread finishes first. On 2 cores, from the plain entry, 300 records took 3.5 s in the
 * calling thread against 3.8 s with 2 workers, 500 records 5.9 s against 5.4 s. Started from
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
 * and tests run from source). Otherwise worker threads render, each given one job at a time
 * so a slow letter never holds up a queue behind it; a long -j 1 run uses one worker because
 * only a worker's heap can be capped (the main thread's heap grows through a long run).
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
  const crew = workerCrew(s, jobs, o.firstHeapMb ?? HEAP_MB, o.signal);
  return { render: (job) => renderOn(crew, job, o.signal), close: () => crew.close() };
}

function stoppedUnwritten(signal: AbortSignal | undefined): Error {
  return fail("interrupted", `${String(signal?.reason)}: stopped before its letter was written`);
}

type Crew = ReturnType<typeof workerCrew>;

/**
 * Renders a job on the next free worker. A worker that failed (out of memory, a crash) is
 * replaced, not reused. Out of memory, the record is tried again at once in a worker with
 * twice that heap, and later workers start with at least as much.
 */
async function renderOn(crew: Crew, job: RecordJob, signal?: AbortSignal): Promise<RecordResult> {
  let w = await crew.acquire();
  for (;;) {
    try {
      if (signal?.aborted) throw stoppedUnwritten(signal);
      rendering(crew.gateOf(w));
      const r = await ask(w, job);
      crew.release(w);
      return r;
    } catch (e) {
      crew.busy.delete(w);
      if (crew.stopped.has(w)) throw stoppedUnwritten(signal);
      const failed = e as Record<symbol, boolean>;
      if (!failed[WORKER_FAILED]) {
        crew.release(w);
        throw e;
      }
      if (crew.closing) throw e;
      const mb = crew.heapOf(w);
      if (failed[OUT_OF_MEMORY] && mb < MAX_HEAP_MB) {
        const bigger = crew.replace(crew.grownFrom(mb));
        if (!bigger) throw crew.lost() ?? e;
        w = bigger;
        crew.busy.add(w);
        continue;
      }
      const next = crew.replace();
      if (next) crew.release(next);
      throw e;
    }
  }
}

/** The worker threads of a pool: each idle, busy, or waited for; started, replaced, ended. */
function workerCrew(s: WorkerSetup, jobs: number, firstHeapMb: number, signal?: AbortSignal) {
  const file = workerFile();
  const queue: Queue = { idle: [], waiting: [], busy: new Set() };
  const { idle, waiting, busy } = queue;
  const all: Worker[] = [];
  const gates = new Map<Worker, WriteGate>();
  const stopped = stopOnAbort(signal, { busy, gates, waiting });
  const heap = heapSizes(firstHeapMb);
  let closing = false;
  /** Why no worker could be started in place of one that failed, once that happened. */
  let lost: MissiveError | undefined;
  const release = (w: Worker) => handOver(w, queue);
  /**
   * A worker in place of one that failed; none when the system gives no more threads. The
   * crew then goes on with one fewer, and with none left the jobs waiting fail.
   */
  const replace = (mb = heap.next): Worker | undefined => {
    try {
      return spawn(mb);
    } catch (e) {
      lost ??= noThread(e);
      if (idle.length === 0 && busy.size === 0) turnAway(waiting);
      return undefined;
    }
  };
  const spawn = (mb = heap.next): Worker => {
    const w = startWorker(file, s, mb, gates);
    heap.set(w, mb);
    // A worker can also fail between records (out of memory while starting): replace it.
    // During a record, ask() reports the failure instead.
    whenFailed(w, (outOfMemory) => {
      if (closing || busy.has(w) || !idle.includes(w)) return;
      idle.splice(idle.indexOf(w), 1);
      const next = replace(outOfMemory ? heap.grownFrom(mb) : heap.next);
      if (next) release(next);
    });
    all.push(w);
    return w;
  };
  idle.push(...startAll(spawn, jobs, all));
  return {
    busy,
    stopped,
    gateOf: (w: Worker) => gates.get(w) as WriteGate,
    acquire: () => nextWorker(queue, () => lost, signal),
    release,
    replace,
    lost: () => lost,
    grownFrom: heap.grownFrom,
    heapOf: heap.of,
    get closing() {
      return closing;
    },
    async close() {
      closing = true;
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

/** The workers free, the jobs waiting for one, and the workers rendering. */
interface Queue {
  idle: Worker[];
  /** Jobs waiting for a worker; given none (undefined) when turned away. */
  waiting: ((w: Worker | undefined) => void)[];
  busy: Set<Worker>;
}

/** A worker done with its job: to the first job waiting, or idle. */
function handOver(w: Worker, { idle, waiting, busy }: Queue): void {
  busy.delete(w);
  const next = waiting.shift();
  if (next) next(w);
  else idle.push(w);
}

/** Turns away the jobs waiting for a worker (each then fails: stopped, or no worker left). */
function turnAway(waiting: Queue["waiting"]): void {
  for (const next of waiting.splice(0)) next(undefined);
}

/** Calls `failed` when the worker fails or ends, saying whether it ran out of memory. */
function whenFailed(w: Worker, failed: (outOfMemory: boolean) => void): void {
  w.on("error", (e: Error & { code?: string }) => failed(e.code === "ERR_WORKER_OUT_OF_MEMORY"));
  w.on("exit", () => failed(false));
}

/** Each worker's heap cap, and the next worker's: raised when a letter needed more. */
function heapSizes(first: number) {
  const of = new Map<Worker, number>();
  let next = first;
  return {
    get next() {
      return next;
    },
    of: (w: Worker) => of.get(w) ?? next,
    set: (w: Worker, mb: number) => of.set(w, mb),
    /** Twice the heap of a worker that ran out of memory; later workers start with at least it. */
    grownFrom(mb: number) {
      const grown = Math.min(mb * 2, MAX_HEAP_MB);
      next = Math.max(next, grown);
      return grown;
    },
  };
}

/**
 * The pool's first workers. Why the catch: when the system gives no more threads
 * (ERR_WORKER_INIT_FAILED), no one could end the ones already started, and they would keep
 * the process from exiting. They are not idle yet, so ending them starts no others.
 */
function startAll(spawn: () => Worker, jobs: number, all: Worker[]): Worker[] {
  const started: Worker[] = [];
  try {
    for (let i = 0; i < jobs; i++) started.push(spawn());
  } catch (e) {
    for (const w of all) void w.terminate();
    throw noThread(e);
  }
  return started;
}

/**
 * Why no worker thread could be started: the system's limit on threads or processes (Node's
 * ERR_WORKER_INIT_FAILED), reported as a limit of the system, not as missive's bug.
 */
function noThread(e: unknown): MissiveError {
  const why = e instanceof Error ? e.message : String(e);
  return fail("resources", `cannot start a worker thread: ${why}`, undefined, [
    "the system gives no more threads (a container's pids limit, ulimit -u): raise the limit, or render with fewer jobs (-j 1)",
  ]);
}

/** A worker thread with its write gate (write-gate.ts), its heap capped at `mb`. */
function startWorker(file: string, s: WorkerSetup, mb: number, gates: Map<Worker, WriteGate>) {
  const gate = newWriteGate();
  // Why a heap limit: V8 lets an idle-time heap grow with the run; capped, each worker
  // collects sooner and peak memory stays flat from 1,000 records to 10,000.
  const w = new Worker(file, {
    workerData: { setup: s, gate },
    resourceLimits: { maxOldGenerationSizeMb: mb, maxYoungGenerationSizeMb: YOUNG_MB },
  });
  gates.set(w, gate);
  return w;
}

/**
 * On a signal, ends at once every busy worker that has not begun writing its letter, and
 * turns away the jobs waiting for a worker. Returns the workers so ended.
 */
function stopOnAbort(
  signal: AbortSignal | undefined,
  crew: {
    busy: Set<Worker>;
    gates: Map<Worker, WriteGate>;
    waiting: ((w: Worker | undefined) => void)[];
  },
): Set<Worker> {
  const stopped = new Set<Worker>();
  const stop = () => {
    for (const w of crew.busy) {
      if (!stopIfRendering(crew.gates.get(w) as WriteGate)) continue;
      stopped.add(w);
      void w.terminate();
    }
    turnAway(crew.waiting);
  };
  signal?.addEventListener("abort", stop, { once: true });
  return stopped;
}

/** An idle worker, or the next one released; busy from then on. */
async function nextWorker(
  { idle, waiting, busy }: Queue,
  lost: () => MissiveError | undefined,
  signal?: AbortSignal,
): Promise<Worker> {
  const w = await new Promise<Worker | undefined>((res) => {
    const free = idle.pop();
    if (free) res(free);
    // No worker left to wait for: none could be started in place of the ones that failed.
    else if (busy.size === 0 && lost()) res(undefined);
    else waiting.push(res);
  });
  if (!w) throw lost() ?? stoppedUnwritten(signal);
  busy.add(w);
  return w;
}

function ask(w: Worker, job: RecordJob): Promise<RecordResult> {
  return new Promise((res, rej) => {
    const onMessage = (m: RecordResult | { setupError: ErrorData }) => {
      cleanup();
      if ("setupError" in m) rej(errorFromData(m.setupError));
      else res(m);
    };
    const onError = (e: Error & { code?: string }) => {
      cleanup();
      const err = fail(
        "internal",
        `a worker thread failed on record ${job.index + 1}: ${e.message}`,
      );
      const oom = e.code === "ERR_WORKER_OUT_OF_MEMORY";
      rej(Object.assign(err, { [WORKER_FAILED]: true, [OUT_OF_MEMORY]: oom }));
    };
    const onExit = (code: number) => onError(new Error(`it exited with code ${code}`));
    const cleanup = () => {
      w.off("message", onMessage);
      w.off("error", onError);
      w.off("exit", onExit);
    };
    w.on("message", onMessage);
    w.on("error", onError);
    w.on("exit", onExit);
    w.postMessage(job);
  });
}

/**
 * The compiled worker. Why the fallback: under vitest this module runs from src/*.ts, but a
 * worker thread needs JavaScript, so it uses the build in dist/ (`npm test` builds first).
 */
function workerFile(): string {
  const here = new URL("./worker.js", import.meta.url);
  if (existsSync(fileURLToPath(here))) return fileURLToPath(here);
  const built = fileURLToPath(new URL("../../dist/batch/worker.js", import.meta.url));
  if (existsSync(built)) return built;
  throw fail("internal", "the batch worker is not built", undefined, ["run npm run build"]);
}

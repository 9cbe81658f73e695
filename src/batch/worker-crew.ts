import { Worker } from "node:worker_threads";
import { fail, type MissiveError, messageOf } from "../errors.js";
import {
  type ErrorData,
  errorFromData,
  type RecordJob,
  type RecordResult,
  type WorkerSetup,
} from "./render-record.js";
import { newWriteGate, stopWriting, toldToStop, type WriteGate } from "./write-gate.js";

/**
 * Jobs a worker holds at once: the letter it renders and the next. Why more than one: with
 * one, a worker done with a letter waits for the main thread to hear its answer and send the
 * next job, and with every core busy rendering the main thread waits for a core first
 * (docs/benchmarks.md, "Twelfth session").
 */
export const DEPTH = 2;
/** A letter that needs more (large fonts, many images) doubles the cap up to this. */
const MAX_HEAP_MB = 4096;
/**
 * Young-generation heap per worker, in MB. Why set: left to V8, which sizes it from the old
 * generation's cap, a 1,000-letter merge on Node 26 ran about a fifth slower and took more
 * memory (docs/benchmarks.md, "Ninth session"); on Node 20 it changes little.
 */
const YOUNG_MB = 16;

/** A job sent to a worker, not yet answered. */
interface Sent {
  job: RecordJob;
  answer(r: RecordResult): void;
  fail(e: unknown): void;
}

/** One worker thread, with its heap cap and the jobs it holds, in the order it renders them. */
interface Hand {
  worker: Worker;
  gate: WriteGate;
  mb: number;
  sent: Sent[];
}

/** Renders jobs on a set of worker threads. */
export interface Crew {
  run(job: RecordJob): Promise<RecordResult>;
  close(): Promise<void>;
}

/**
 * The worker threads of a pool: each holds up to DEPTH jobs; the jobs beyond wait in a queue.
 * A worker that fails is replaced. Out of memory, its letter is tried again at once in a worker
 * with twice the heap, and later workers start with at least as much; the jobs it held but had
 * not begun go back to the queue. A signal ends every worker that is not writing a letter.
 */
export function workerCrew(
  file: string,
  s: WorkerSetup,
  jobs: number,
  firstHeapMb: number,
  signal?: AbortSignal,
): Crew {
  const state: CrewState = { hands: [], queue: [], all: [], closing: false, heap: firstHeapMb };
  const spawn = (mb: number): Hand => {
    const hand = startHand(file, s, mb);
    state.all.push(hand.worker);
    state.hands.push(hand);
    listen(hand, state, signal, spawn);
    return hand;
  };
  startAll(() => spawn(state.heap), jobs, state);
  signal?.addEventListener("abort", () => stopAll(state, signal), { once: true });
  return {
    run: (job) =>
      new Promise((answer, failed) => {
        if (signal?.aborted) return failed(stoppedUnwritten(signal));
        if (state.hands.length === 0 && state.lost) return failed(state.lost);
        state.queue.push({ job, answer, fail: failed });
        dispatch(state);
      }),
    async close() {
      state.closing = true;
      for (const sent of state.queue.splice(0))
        sent.fail(fail("internal", "the worker pool closed before this record was rendered"));
      await Promise.all(state.all.map((w) => w.terminate()));
    },
  };
}

interface CrewState {
  hands: Hand[];
  queue: Sent[];
  /** Every worker started, ended or not, for close(). */
  all: Worker[];
  closing: boolean;
  /** Heap cap of the next worker, in MB: raised when a letter needed more. */
  heap: number;
  /** Why no worker could be started in place of one that failed, once that happened. */
  lost?: MissiveError;
}

/** Sends queued jobs to the workers with room, the least busy first. */
function dispatch(state: CrewState): void {
  while (state.queue.length > 0) {
    let free: Hand | undefined;
    for (const h of state.hands)
      if (
        h.sent.length < DEPTH &&
        !toldToStop(h.gate) &&
        (!free || h.sent.length < free.sent.length)
      )
        free = h;
    if (!free) return;
    send(free, state.queue.shift() as Sent);
  }
}

/**
 * Gives a worker a job. Why held only once posted: a job that cannot be copied to a thread
 * (not plain data) would otherwise count as held, and the worker's next answer, for the job
 * after it, would go to it.
 */
function send(hand: Hand, job: Sent): void {
  try {
    hand.worker.postMessage(job.job);
  } catch (e) {
    const why = messageOf(e);
    job.fail(fail("internal", `record ${job.job.index + 1} cannot go to a worker thread: ${why}`));
    return;
  }
  hand.sent.push(job);
}

/** A worker's answers, and its failure: an error, or an end the crew did not ask for. */
function listen(
  hand: Hand,
  state: CrewState,
  signal: AbortSignal | undefined,
  spawn: (mb: number) => Hand,
): void {
  let over = false;
  const next = (settle: (sent: Sent) => void) => {
    const sent = hand.sent.shift();
    if (sent) settle(sent);
    // Told to stop while it wrote: that letter is done, and it renders no other.
    if (toldToStop(hand.gate)) void hand.worker.terminate();
    else dispatch(state);
  };
  hand.worker.on("message", (m: RecordResult | { failed: ErrorData }) =>
    next((sent) => ("failed" in m ? sent.fail(errorFromData(m.failed)) : sent.answer(m))),
  );
  // An answer this thread could not read still answers its job, so the next is the next job's.
  hand.worker.on("messageerror", (e: Error) => next((sent) => sent.fail(unread(sent.job, e))));
  const failed = (e: Error & { code?: string }) => {
    if (over) return;
    over = true;
    const at = state.hands.indexOf(hand);
    if (at >= 0) state.hands.splice(at, 1);
    // Closed with jobs still held (the run failed meanwhile), or stopped by a signal: its
    // jobs fail, and wait for nothing; no worker takes its place.
    if (state.closing || toldToStop(hand.gate)) {
      const why = (sent: Sent) =>
        state.closing ? workerFailed(sent.job, e) : stoppedUnwritten(signal);
      for (const sent of hand.sent.splice(0)) sent.fail(why(sent));
      return;
    }
    takeOver(hand, e, state, spawn);
  };
  hand.worker.on("error", failed);
  hand.worker.on("exit", (code) => failed(new Error(`it exited with code ${code}`)));
}

/**
 * What a failed worker leaves: the letter it was rendering fails, or out of memory is tried
 * again in a worker with twice its heap; the jobs it had not begun go back to the queue's head.
 * A worker takes its place; when the system gives no more threads, the crew goes on with one
 * fewer, and with none left every job waiting fails.
 */
function takeOver(
  hand: Hand,
  e: Error & { code?: string },
  state: CrewState,
  spawn: (mb: number) => Hand,
): void {
  const [head, ...rest] = hand.sent.splice(0);
  state.queue.unshift(...rest);
  const grow = e.code === "ERR_WORKER_OUT_OF_MEMORY" && hand.mb < MAX_HEAP_MB;
  const grown = Math.min(hand.mb * 2, MAX_HEAP_MB);
  if (grow) state.heap = Math.max(state.heap, grown);
  let next: Hand | undefined;
  try {
    next = spawn(grow ? grown : state.heap);
  } catch (why) {
    state.lost ??= noThread(why);
  }
  if (head && grow && next) send(next, head);
  else if (head) head.fail(grow && state.lost ? state.lost : workerFailed(head.job, e));
  if (state.hands.length === 0 && state.lost)
    for (const sent of state.queue.splice(0)) sent.fail(state.lost);
  dispatch(state);
}

function unread(job: RecordJob, e: Error): MissiveError {
  return fail("internal", `the answer for record ${job.index + 1} could not be read: ${e.message}`);
}

function workerFailed(job: RecordJob, e: Error): MissiveError {
  return fail("internal", `a worker thread failed on record ${job.index + 1}: ${e.message}`);
}

/**
 * On a signal: ends at once every worker that writes nothing (its jobs fail, unwritten); one
 * that writes finishes that letter and is ended when it answers. Jobs queued fail unwritten.
 */
function stopAll(state: CrewState, signal: AbortSignal): void {
  for (const h of state.hands)
    if (h.sent.length > 0 && stopWriting(h.gate)) void h.worker.terminate();
  for (const sent of state.queue.splice(0)) sent.fail(stoppedUnwritten(signal));
}

export function stoppedUnwritten(signal: AbortSignal | undefined): Error {
  return fail("interrupted", `${String(signal?.reason)}: stopped before its letter was written`);
}

/**
 * The crew's first workers. Why the catch: when the system gives no more threads
 * (ERR_WORKER_INIT_FAILED), no one could end the ones already started, and they would keep
 * the process from exiting. The crew is closing then, so ending them starts none in their
 * place (which no one would end either).
 */
function startAll(spawn: () => Hand, jobs: number, state: CrewState): void {
  try {
    for (let i = 0; i < jobs; i++) spawn();
  } catch (e) {
    state.closing = true;
    for (const w of state.all) void w.terminate();
    throw noThread(e);
  }
}

/**
 * Why no worker thread could be started: the system's limit on threads or processes (Node's
 * ERR_WORKER_INIT_FAILED), reported as a limit of the system, not as missive's bug.
 */
function noThread(e: unknown): MissiveError {
  return fail("resources", `cannot start a worker thread: ${messageOf(e)}`, undefined, [
    "the system gives no more threads (a container's pids limit, ulimit -u): raise the limit, or render with fewer jobs (-j 1)",
  ]);
}

/** A worker thread with its write gate (write-gate.ts), its heap capped at `mb`. */
function startHand(file: string, s: WorkerSetup, mb: number): Hand {
  const gate = newWriteGate();
  // Why a heap limit: V8 lets an idle-time heap grow with the run; capped, each worker
  // collects sooner and peak memory stays flat from 1,000 records to 10,000.
  const worker = new Worker(file, {
    workerData: { setup: s, gate },
    resourceLimits: { maxOldGenerationSizeMb: mb, maxYoungGenerationSizeMb: YOUNG_MB },
  });
  return { worker, gate, mb, sent: [] };
}

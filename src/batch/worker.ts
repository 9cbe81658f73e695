import { parentPort, workerData } from "node:worker_threads";
import { fail, messageOf } from "../errors.js";
import { createResources } from "../resources.js";
import {
  errorData,
  type RecordJob,
  type RecordResult,
  recordRenderer,
  type WorkerSetup,
} from "./render-record.js";
import { doneWriting, mayWrite, type WriteGate } from "./write-gate.js";

/**
 * A worker thread: sets up one renderer (base data, pack, fonts parsed once, in the thread's
 * own resources) and renders the jobs it is sent one after the other, in the order they came,
 * answering each with its result (worker-crew.ts counts on that order).
 */
function serve(port: NonNullable<typeof parentPort>): void {
  const { setup, gate } = workerData as { setup: WorkerSetup; gate: WriteGate };
  let render: ReturnType<typeof recordRenderer> | undefined;
  let setupError: ReturnType<typeof errorData> | undefined;
  try {
    render = recordRenderer(setup, createResources(), () => mayWrite(gate));
  } catch (e) {
    setupError = errorData(e);
  }
  const answer = async (job: RecordJob) => {
    // A setup failure (unreadable base data) is the answer to every job, so the caller sees it.
    if (!render) return port.postMessage({ failed: setupError });
    const result = await render(job);
    try {
      // Transfer nothing: results are small (hashes, paths); PDFs were written by the worker.
      port.postMessage(result);
    } catch (e) {
      // An answer that cannot be copied to the main thread still answers its job: else the
      // chain of jobs stays rejected, and the jobs after it are never answered.
      port.postMessage(unsent(result, e));
    } finally {
      // Only now may the main thread end this worker at once again: an answer sent is read
      // even from a worker ended since, but a letter written and not yet answered would be
      // on disk and reported as never written (in no manifest, left by --all-or-nothing).
      doneWriting(gate);
    }
  };
  // A job that comes while one renders waits for it: one letter at a time, answered in order.
  let last = Promise.resolve();
  port.on("message", (job: RecordJob) => {
    last = last.then(() => answer(job));
  });
  // A job this thread could not read is answered too, in its turn: else the answers that
  // follow would go to the jobs before theirs.
  port.on("messageerror", (e: Error) => {
    const failed = errorData(fail("internal", `a record could not be read: ${e.message}`));
    last = last.then(() => port.postMessage({ failed }));
  });
}

/** The letter fails: its answer could not be sent (RecordResult's error, plain text only). */
function unsent(r: RecordResult, e: unknown): RecordResult {
  const error = fail(
    "internal",
    `its answer could not be sent to the main thread: ${messageOf(e)}`,
  );
  return { index: r.index, files: [], warnings: [], assets: [], error: errorData(error) };
}

if (!parentPort) throw new Error("worker.js runs only as a worker thread");
serve(parentPort);

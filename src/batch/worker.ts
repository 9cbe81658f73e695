import { parentPort, workerData } from "node:worker_threads";
import { createResources } from "../resources.js";
import { errorData, type RecordJob, recordRenderer, type WorkerSetup } from "./render-record.js";
import { doneWriting, mayWrite, type WriteGate } from "./write-gate.js";

/**
 * A worker thread: sets up one renderer (base data, pack, fonts parsed once, in the thread's
 * own resources) and renders the jobs it is sent one after the other, in the order they came,
 * answering each with its result (worker-crew.ts counts on that order).
 */
function serve(port: NonNullable<typeof parentPort>): void {
  let render: ReturnType<typeof recordRenderer> | undefined;
  let setupError: ReturnType<typeof errorData> | undefined;
  try {
    const { setup, gate } = workerData as { setup: WorkerSetup; gate: WriteGate };
    const turn = { claim: () => mayWrite(gate), done: () => doneWriting(gate) };
    render = recordRenderer(setup, createResources(), turn);
  } catch (e) {
    setupError = errorData(e);
  }
  const answer = async (job: RecordJob) => {
    // A setup failure (unreadable base data) is the answer to every job, so the caller sees it.
    if (!render) return port.postMessage({ setupError });
    // Transfer nothing: results are small (hashes, paths); PDFs were written by the worker.
    port.postMessage(await render(job));
  };
  // A job that comes while one renders waits for it: one letter at a time, answered in order.
  let last = Promise.resolve();
  port.on("message", (job: RecordJob) => {
    last = last.then(() => answer(job));
  });
}

if (!parentPort) throw new Error("worker.js runs only as a worker thread");
serve(parentPort);

import { parentPort, workerData } from "node:worker_threads";
import { createResources } from "../resources.js";
import { errorData, type RecordJob, recordRenderer, type WorkerSetup } from "./render-record.js";

/**
 * A worker thread: sets up one renderer (base data, pack, fonts parsed once, in the thread's
 * own resources) and renders the jobs it is sent, one at a time, answering each with its result.
 */
function serve(port: NonNullable<typeof parentPort>): void {
  let render: ReturnType<typeof recordRenderer> | undefined;
  let setupError: ReturnType<typeof errorData> | undefined;
  try {
    render = recordRenderer(workerData as WorkerSetup, createResources());
  } catch (e) {
    setupError = errorData(e);
  }
  port.on("message", async (job: RecordJob) => {
    // A setup failure (unreadable base data) is the answer to every job, so the caller sees it.
    if (!render) return port.postMessage({ setupError });
    const result = await render(job);
    // Transfer nothing: results are small (hashes, paths); PDFs were written by the worker.
    port.postMessage(result);
  });
}

if (!parentPort) throw new Error("worker.js runs only as a worker thread");
serve(parentPort);

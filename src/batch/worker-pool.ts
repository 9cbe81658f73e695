import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { fail } from "../errors.js";
import {
  type BatchSettings,
  type ErrorData,
  errorFromData,
  type RecordJob,
  type RecordResult,
  recordRenderer,
} from "./render-record.js";

/** Renders jobs on N threads; `render` resolves when that job's result is back. */
export interface RenderPool {
  render(job: RecordJob): Promise<RecordResult>;
  close(): Promise<void>;
}

/**
 * One job runs in the calling thread (no worker start-up cost, and tests run from source);
 * more use worker threads, each given one job at a time, so a slow letter never holds up a
 * queue behind it.
 */
export async function openPool(s: BatchSettings, jobs: number): Promise<RenderPool> {
  if (jobs <= 1) {
    const render = recordRenderer(s);
    return { render, close: async () => {} };
  }
  const file = workerFile();
  const idle: Worker[] = [];
  const waiting: ((w: Worker) => void)[] = [];
  const all: Worker[] = [];
  const release = (w: Worker) => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  for (let i = 0; i < jobs; i++) {
    const w = new Worker(file, { workerData: s });
    all.push(w);
    idle.push(w);
  }
  const acquire = () =>
    new Promise<Worker>((res) => {
      const w = idle.pop();
      if (w) res(w);
      else waiting.push(res);
    });
  return {
    async render(job) {
      const w = await acquire();
      try {
        return await ask(w, job);
      } finally {
        release(w);
      }
    },
    async close() {
      await Promise.all(all.map((w) => w.terminate()));
    },
  };
}

function ask(w: Worker, job: RecordJob): Promise<RecordResult> {
  return new Promise((res, rej) => {
    const onMessage = (m: RecordResult | { setupError: ErrorData }) => {
      cleanup();
      if ("setupError" in m) rej(errorFromData(m.setupError));
      else res(m);
    };
    const onError = (e: Error) => {
      cleanup();
      rej(e);
    };
    const cleanup = () => {
      w.off("message", onMessage);
      w.off("error", onError);
    };
    w.on("message", onMessage);
    w.on("error", onError);
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

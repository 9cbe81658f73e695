import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import type { ErrorData, RecordJob, RecordResult } from "../../src/batch/render-record.js";
import { stopWriting } from "../../src/batch/write-gate.js";
import { poolSetup } from "../helpers/merge-options.js";
import { tempDir } from "../helpers/temp-dir.js";

/** worker.ts run in this thread: its port, its setup and write gate, and what it sent. */
const port = vi.hoisted(() => ({
  gate: new Int32Array(new SharedArrayBuffer(4)),
  setup: undefined as unknown,
  /** Its listeners: "message" hears a job, "messageerror" one it could not read. */
  on: {} as Record<string, (m: unknown) => void>,
  sent: [] as { answer: RecordResult | { failed: ErrorData }; stoppableAtOnce: boolean }[],
  /** How many answers cannot be copied to the main thread, as postMessage throws then. */
  unsendable: 0,
}));

vi.mock("node:worker_threads", () => ({
  parentPort: {
    on: (event: string, hear: (m: unknown) => void) => {
      port.on[event] = hear;
    },
    postMessage: (answer: RecordResult | { failed: ErrorData }) => {
      if (port.unsendable > 0) {
        port.unsendable--;
        throw new DOMException("#<Object> could not be cloned.", "DataCloneError");
      }
      // What a stop from the main thread would do now, tried on a copy of the gate.
      const now = new Int32Array([Atomics.load(port.gate, 0)]);
      port.sent.push({ answer, stoppableAtOnce: stopWriting(now) });
    },
  },
  get workerData() {
    return { setup: port.setup, gate: port.gate };
  },
}));

const job = (out: string, i: number): RecordJob => ({
  index: i,
  line: i + 2,
  data: {},
  targets: { txt: join(out, `${i}.txt`) },
});

type Answer = RecordResult | { failed: ErrorData };
const indexOf = (a: Answer) => ("failed" in a ? undefined : a.index);
const errorOf = (a: Answer) => ("failed" in a ? a.failed : a.error)?.problems[0]?.message;

async function answered(n: number): Promise<void> {
  for (let i = 0; i < 500 && port.sent.length < n; i++)
    await new Promise((go) => setTimeout(go, 10));
}

it("a worker cannot be ended at once until the letter it wrote is answered", async () => {
  // Before: the gate opened as soon as the files were written, and a stop that came before
  // the answer was sent ended the worker: the letter was on disk, and reported unwritten.
  const out = tempDir("worker-answer");
  port.setup = poolSetup(out, ["txt"]);
  await import("../../src/batch/worker.js");
  port.on.message?.(job(out, 0));
  port.on.message?.(job(out, 1));
  await answered(2);
  expect(port.sent.map((s) => [indexOf(s.answer), errorOf(s.answer), s.stoppableAtOnce])).toEqual([
    [0, undefined, false],
    [1, undefined, false],
  ]);
  expect(existsSync(join(out, "1.txt"))).toBe(true);
  // Both answered: it may be ended at once again.
  expect(stopWriting(new Int32Array([Atomics.load(port.gate, 0)]))).toBe(true);
}, 30_000);

it("an answer that cannot be sent fails its letter, and the next job is answered next", async () => {
  // Before: the worker's chain of jobs stayed rejected. By default the worker ended (every
  // job it held failed with it); under --unhandled-rejections=warn it lived on and answered
  // nothing more, and the merge waited for ever.
  const out = tempDir("worker-answer");
  port.setup = poolSetup(out, ["txt"]);
  port.sent = [];
  // Set up once per file (the module is kept); run alone, this test sets it up.
  await import("../../src/batch/worker.js");
  port.unsendable = 1;
  port.on.message?.(job(out, 2));
  port.on.message?.(job(out, 3));
  await answered(2);
  expect(port.sent.map((s) => [indexOf(s.answer), errorOf(s.answer)])).toEqual([
    [2, "its answer could not be sent to the main thread: #<Object> could not be cloned."],
    [3, undefined],
  ]);
}, 30_000);

it("a job the worker could not read is answered in its turn, so later answers keep their jobs", async () => {
  // Before: nothing answered it, and each later answer went to the job before its own.
  const out = tempDir("worker-answer");
  port.setup = poolSetup(out, ["txt"]);
  port.sent = [];
  await import("../../src/batch/worker.js");
  port.on.message?.(job(out, 4));
  port.on.messageerror?.(new Error("Unable to deserialize cloned data."));
  port.on.message?.(job(out, 5));
  await answered(3);
  expect(port.sent.map((s) => [indexOf(s.answer), errorOf(s.answer)])).toEqual([
    [4, undefined],
    [undefined, "a record could not be read: Unable to deserialize cloned data."],
    [5, undefined],
  ]);
}, 30_000);

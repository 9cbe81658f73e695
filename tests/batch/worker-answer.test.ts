import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import type { RecordJob, RecordResult } from "../../src/batch/render-record.js";
import { stopWriting } from "../../src/batch/write-gate.js";
import { poolSetup } from "../helpers/merge-options.js";
import { tempDir } from "../helpers/temp-dir.js";

/** worker.ts run in this thread: its port, its setup and write gate, and what it sent. */
const port = vi.hoisted(() => ({
  gate: new Int32Array(new SharedArrayBuffer(4)),
  setup: undefined as unknown,
  hear: undefined as ((job: unknown) => void) | undefined,
  sent: [] as { answer: RecordResult; stoppableAtOnce: boolean }[],
}));

vi.mock("node:worker_threads", () => ({
  parentPort: {
    on: (_: string, hear: (job: unknown) => void) => {
      port.hear = hear;
    },
    postMessage: (answer: RecordResult) => {
      // What a stop from the main thread would do now, tried on a copy of the gate.
      const now = new Int32Array([Atomics.load(port.gate, 0)]);
      port.sent.push({ answer, stoppableAtOnce: stopWriting(now) });
    },
  },
  get workerData() {
    return { setup: port.setup, gate: port.gate };
  },
}));

it("a worker cannot be ended at once until the letter it wrote is answered", async () => {
  // Before: the gate opened as soon as the files were written, and a stop that came before
  // the answer was sent ended the worker: the letter was on disk, and reported unwritten.
  const out = tempDir("worker-answer");
  port.setup = poolSetup(out, ["txt"]);
  await import("../../src/batch/worker.js");
  const job = (i: number): RecordJob => ({
    index: i,
    line: i + 2,
    data: {},
    targets: { txt: join(out, `${i}.txt`) },
  });
  port.hear?.(job(0));
  port.hear?.(job(1));
  for (let i = 0; i < 500 && port.sent.length < 2; i++)
    await new Promise((go) => setTimeout(go, 10));
  expect(port.sent.map((s) => [s.answer.index, s.answer.error, s.stoppableAtOnce])).toEqual([
    [0, undefined, false],
    [1, undefined, false],
  ]);
  expect(existsSync(join(out, "1.txt"))).toBe(true);
  // Both answered: it may be ended at once again.
  expect(stopWriting(new Int32Array([Atomics.load(port.gate, 0)]))).toBe(true);
}, 30_000);

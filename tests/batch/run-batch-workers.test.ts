import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { openEntrySpool } from "../../src/output/entry-spool.js";
import { csvMerge } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Worker threads the code under test started that have not exited. */
const live = vi.hoisted(() => ({ count: 0, started: 0, failAt: 0 }));

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      // As Node does when the system gives no more threads (ERR_WORKER_INIT_FAILED).
      if (live.started + 1 === live.failAt)
        throw new Error("Worker initialization failure: EAGAIN");
      super(...args);
      live.count++;
      live.started++;
      this.once("exit", () => live.count--);
    }
  }
  return { ...real, Worker: CountedWorker };
});

const LETTER = resolve("data/senate-itu-2020.yaml");

async function allExited(): Promise<void> {
  for (let i = 0; i < 100 && live.count > 0; i++) await new Promise((go) => setTimeout(go, 50));
}

/** A run of two workers over the records `csv`. */
function twoWorkerRun(csv: string) {
  const o = csvMerge(tempDir("batch"), csv, { dataFile: LETTER, jobs: 2 });
  return { o, io: { entryTexts: openEntrySpool(o.manifestPath), res } };
}

describe("runBatch's workers", () => {
  it("start while records are checked and stop when one fails the check", async () => {
    live.started = 0;
    const { o, io } = twoWorkerRun("recipient.0\nAnn Lee\nBo Chen\nCy\u0007Diaz\n");
    try {
      await expect(runBatch(o, io)).rejects.toThrow("control character U+0007");
      expect(live.started).toBe(2);
      await allExited();
      expect(live.count).toBe(0);
    } finally {
      io.entryTexts.dispose();
    }
  });

  it("that started are stopped when the next cannot start", async () => {
    // Before: the first worker was never ended, and kept the process from exiting.
    live.started = 0;
    live.failAt = 2;
    const { o, io } = twoWorkerRun("recipient.0\nAnn Lee\nBo Chen\n");
    try {
      await expect(runBatch(o, io)).rejects.toThrow("Worker initialization failure");
      expect(live.started).toBe(1);
      await allExited();
      expect(live.count).toBe(0);
    } finally {
      live.failAt = 0;
      io.entryTexts.dispose();
    }
  });

  it("are stopped when the run's start hook fails (a records file with no records)", async () => {
    // Before: the workers started while planning were left running, and the CLI never
    // exited after "the records file has no records" for a base letter over 64 KB.
    live.started = 0;
    const { o, io } = twoWorkerRun("recipient.0\nAnn Lee\nBo Chen\n");
    const start = () => {
      throw new Error("no start");
    };
    try {
      await expect(runBatch(o, io, { start })).rejects.toThrow("no start");
      expect(live.started).toBe(2);
      await allExited();
      expect(live.count).toBe(0);
    } finally {
      io.entryTexts.dispose();
    }
  });
});

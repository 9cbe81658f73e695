import { resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { openEntrySpool } from "../../src/output/entry-spool.js";
import { csvMerge } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Worker threads the code under test started that have not exited. */
/** The start `failAt` (from 1) is refused `refusals` times, as the system's limit on threads. */
const live = vi.hoisted(() => ({ count: 0, started: 0, failAt: 0, refusals: Infinity }));

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      // As Node does when the system gives no more threads (ERR_WORKER_INIT_FAILED).
      if (live.started + 1 === live.failAt && live.refusals-- > 0)
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

/**
 * Runs two workers over the records `csv`: the run must fail with `message`, having started
 * `started` workers, and leave none running.
 */
async function failsLeavingNone(
  csv: string,
  message: string,
  started: number,
  hooks: Parameters<typeof runBatch>[2] = {},
): Promise<void> {
  live.started = 0;
  const o = csvMerge(tempDir("batch"), csv, { dataFile: LETTER, jobs: 2 });
  const io = { entryTexts: openEntrySpool(o.manifestPath), res };
  try {
    await expect(runBatch(o, io, hooks)).rejects.toThrow(message);
    expect(live.started).toBe(started);
    await allExited();
    expect(live.count).toBe(0);
  } finally {
    io.entryTexts.dispose();
  }
}

describe("runBatch's workers", () => {
  it("start while records are checked and stop when one fails the check", async () => {
    await failsLeavingNone(
      "recipient.0\nAnn Lee\nBo Chen\nCy\u0007Diaz\n",
      "control character U+0007",
      2,
    );
  });

  it("that started are stopped when the next cannot start", async () => {
    // Before: the first worker was never ended, and kept the process from exiting.
    live.failAt = 2;
    try {
      await failsLeavingNone("recipient.0\nAnn Lee\nBo Chen\n", "Worker initialization failure", 1);
    } finally {
      live.failAt = 0;
    }
  });

  it("that started are stopped, and none in their place, when the limit was brief", async () => {
    // Before: ending the first worker counted as its failure, and a worker was started in its
    // place (the limit gone by then), which no one ended: the process never exited.
    live.failAt = 2;
    live.refusals = 1;
    try {
      await failsLeavingNone("recipient.0\nAnn Lee\nBo Chen\n", "Worker initialization failure", 1);
    } finally {
      live.failAt = 0;
      live.refusals = Infinity;
    }
  });

  it("are stopped when the run's start hook fails (a records file with no records)", async () => {
    // Before: the workers started while planning were left running, and the CLI never
    // exited after "the records file has no records" for a base letter over 64 KB.
    const start = () => {
      throw new Error("no start");
    };
    await failsLeavingNone("recipient.0\nAnn Lee\nBo Chen\n", "no start", 2, { start });
  });
});

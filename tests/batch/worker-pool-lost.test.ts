import { join } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { openPool } from "../../src/batch/worker-pool.js";
import { isMissiveError } from "../../src/errors.js";
import { poolSetup } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

/** The workers the pool started, and which start the system refuses (from 1). */
const threads = vi.hoisted(() => ({
  started: [] as { terminate(): Promise<number> }[],
  failAt: 0,
}));

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class LimitedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      // As Node does when the system gives no more threads (ERR_WORKER_INIT_FAILED).
      if (threads.started.length + 1 === threads.failAt)
        throw new Error("Worker initialization failure: EAGAIN");
      super(...args);
      threads.started.push(this);
    }
  }
  return { ...real, Worker: LimitedWorker };
});

const until = async (done: () => boolean) => {
  for (let i = 0; i < 100 && !done(); i++) await new Promise((go) => setTimeout(go, 20));
};

describe("a worker pool that can start no more threads", () => {
  it("goes on with the workers it has, then fails the jobs, with a limit of the system", async () => {
    // Before: replacing a worker that ended between records threw from an event listener
    // (an uncaught exception), and with no worker left the jobs waited for ever.
    const out = tempDir("pool");
    threads.started = [];
    threads.failAt = 0;
    const pool = await openPool(poolSetup(out, ["txt"]), 2, 1000, res);
    try {
      const job = (i: number) => ({
        index: i,
        line: i + 2,
        data: {},
        targets: { txt: join(out, `${i}.txt`) },
      });
      threads.failAt = 3;
      const [first, second] = threads.started;
      await first?.terminate();
      await until(() => threads.started.length === 2);
      // The other worker renders on.
      expect((await pool.render(job(0))).error).toBeUndefined();
      await second?.terminate();
      const failed = await pool.render(job(1)).catch((e: unknown) => e);
      expect(isMissiveError(failed) && failed.exitCode).toBe(71);
      expect(String((failed as Error).message)).toContain(
        "cannot start a worker thread: Worker initialization failure: EAGAIN",
      );
    } finally {
      threads.failAt = 0;
      await pool.close();
    }
  }, 30_000);
});

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import type { RecordResult } from "../../src/batch/render-record.js";
import { openPool } from "../../src/batch/worker-pool.js";
import { poolSetup } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

/** The workers the pool started. */
const threads = vi.hoisted(() => ({ started: [] as { terminate(): Promise<number> }[] }));

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      threads.started.push(this);
    }
  }
  return { ...real, Worker: CountedWorker };
});

it("a worker that fails fails the letter it renders; the job it held next renders elsewhere", async () => {
  const out = tempDir("crew");
  threads.started = [];
  // One worker holds two jobs at once (worker-crew.ts); the third waits in the queue.
  const pool = await openPool(poolSetup(out, ["txt"]), 1, 1000, res);
  try {
    const job = (i: number) => ({
      index: i,
      line: i + 2,
      data: {},
      targets: { txt: join(out, `${i}.txt`) },
    });
    const answers = [0, 1, 2].map((i) => pool.render(job(i)).catch((e: unknown) => e as Error));
    await threads.started[0]?.terminate();
    const [first, second, third] = await Promise.all(answers);
    expect(String(first)).toContain("a worker thread failed on record 1: it exited with code");
    for (const [i, r] of [second, third].entries()) {
      expect(r).toMatchObject({ index: i + 1, files: [{ format: "txt" }] });
      expect((r as RecordResult).error).toBeUndefined();
    }
    expect(readFileSync(join(out, "1.txt"), "utf8")).toContain("March 11, 2020");
    expect(threads.started).toHaveLength(2);
  } finally {
    await pool.close();
  }
}, 30_000);

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import type { RecordResult } from "../../src/batch/render-record.js";
import { openPool } from "../../src/batch/worker-pool.js";
import { poolSetup } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

/** The workers the pool started; how many answers this thread is to fail to read. */
const threads = vi.hoisted(() => ({
  started: [] as { terminate(): Promise<number> }[],
  unreadable: 0,
}));

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class CountedWorker extends real.Worker {
    constructor(...args: ConstructorParameters<typeof real.Worker>) {
      super(...args);
      threads.started.push(this);
    }
    // As Node does with an answer it cannot deserialize: a "messageerror" in its place.
    override emit(event: string | symbol, ...args: unknown[]): boolean {
      if (event !== "message" || threads.unreadable === 0) return super.emit(event, ...args);
      threads.unreadable--;
      return super.emit("messageerror", new Error("Unable to deserialize cloned data."));
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
    expect(readFileSync(join(out, "1.txt"), "utf8")).toMatch(/March\s11,\s2020/);
    expect(threads.started).toHaveLength(2);
  } finally {
    await pool.close();
  }
}, 30_000);

it("a job that cannot be sent to a worker fails alone; the worker's answers stay with their jobs", async () => {
  // Before: the job was counted as held by the worker although it never got it, so the
  // worker's next answer went to it, and the job that answer was for waited for ever.
  const out = tempDir("crew");
  const pool = await openPool(poolSetup(out, ["txt"]), 1, 1000, res);
  try {
    const job = (i: number, data: Record<string, unknown> = {}) => ({
      index: i,
      line: i + 2,
      data,
      targets: { txt: join(out, `${i}.txt`) },
    });
    const unsendable = pool.render(job(0, { f: () => 1 })).catch((e: unknown) => e as Error);
    expect(String(await unsendable)).toContain("record 1 cannot go to a worker thread:");
    const answers = await Promise.all([pool.render(job(1)), pool.render(job(2))]);
    expect(answers.map((r) => [r.index, r.error])).toEqual([
      [1, undefined],
      [2, undefined],
    ]);
  } finally {
    await pool.close();
  }
}, 30_000);

it("an answer this thread cannot read fails its job; the answers after it keep their jobs", async () => {
  // Before: the crew did not hear it: each later answer went to the job before its own, and
  // the last job waited for ever.
  const out = tempDir("crew");
  const pool = await openPool(poolSetup(out, ["txt"]), 1, 1000, res);
  try {
    const job = (i: number) => ({
      index: i,
      line: i + 2,
      data: {},
      targets: { txt: join(out, `${i}.txt`) },
    });
    threads.unreadable = 1;
    const answers = [0, 1, 2].map((i) => pool.render(job(i)).catch((e: unknown) => e as Error));
    const [first, ...rest] = await Promise.all(answers);
    expect(String(first)).toContain(
      "the answer for record 1 could not be read: Unable to deserialize cloned data.",
    );
    expect(rest.map((r) => [(r as RecordResult).index, (r as RecordResult).error])).toEqual([
      [1, undefined],
      [2, undefined],
    ]);
  } finally {
    threads.unreadable = 0;
    await pool.close();
  }
}, 30_000);

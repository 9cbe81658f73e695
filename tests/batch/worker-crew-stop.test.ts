import { existsSync } from "node:fs";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import { openPool } from "../../src/batch/worker-pool.js";
import { poolSetup } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

/** The write gate of each worker the pool started (write-gate.ts). */
const threads = vi.hoisted(() => ({ gates: [] as Int32Array[] }));

vi.mock("node:worker_threads", async (importOriginal) => {
  const real = await importOriginal<typeof import("node:worker_threads")>();
  class WatchedWorker extends real.Worker {
    constructor(file: string, options: { workerData: { gate: Int32Array } }) {
      super(file, options);
      threads.gates.push(options.workerData.gate);
    }
  }
  return { ...real, Worker: WatchedWorker };
});

/**
 * Holds the main thread, so it reads no answer, until `file` is written and the worker's
 * gate is open again (0): from then on the main thread may end the worker at once.
 */
function holdUntilWritten(gate: Int32Array, file: string): void {
  for (const end = Date.now() + 20_000; Date.now() < end; )
    if (Atomics.load(gate, 0) === 0 && existsSync(file)) return;
  throw new Error(`${file} was not written`);
}

it("a stop that comes once a letter is written still reports that letter", async () => {
  // Before: the worker could be ended after writing a letter and before answering it, which
  // then failed as never written, its files on disk. Here that depends on how the threads
  // are scheduled (it failed in about half the runs); worker-answer.test.ts shows it always.
  const out = tempDir("crew-stop");
  threads.gates = [];
  const stop = new AbortController();
  const setup = poolSetup(out, ["pdf", "txt"]);
  // --combine: each answer carries the letter's laid-out pages, which take a while to send.
  setup.options.combinePath = join(out, "all.pdf");
  const pool = await openPool(setup, 1, 1000, res, { signal: stop.signal });
  try {
    const body = Array.from({ length: 1500 }, (_, i) => `Paragraph ${i} of a long letter.`);
    const job = (i: number) => ({
      index: i,
      line: i + 2,
      data: { body: body.join("\n\n") },
      targets: { pdf: join(out, `${i}.pdf`), txt: join(out, `${i}.txt`) },
    });
    // The first letter while the main thread listens: the worker is set up.
    expect((await pool.render(job(0))).error).toBeUndefined();
    const answers = [1, 2, 3].map((i) => pool.render(job(i)).catch((e: unknown) => e as Error));
    holdUntilWritten(threads.gates[0] as Int32Array, join(out, "1.txt"));
    stop.abort("SIGTERM");
    const got = await Promise.all(answers);
    // Whatever the timing, a letter on disk is a letter reported, and the other way round.
    for (const [at, r] of got.entries()) {
      const reported = !(r instanceof Error) && r.error === undefined;
      const written = existsSync(join(out, `${at + 1}.pdf`));
      expect({ letter: at + 1, reported }).toEqual({ letter: at + 1, reported: written });
    }
    expect(got[0]).toMatchObject({ index: 1, files: [{ format: "pdf" }, { format: "txt" }] });
  } finally {
    await pool.close();
  }
}, 60_000);

import { copyFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it, vi } from "vitest";
import { runBatch } from "../../src/batch/run-batch.js";
import { openEntrySpool } from "../../src/output/entry-spool.js";
import { csvMerge } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

/** The data file to take away once the records are counted (the pool then starts without it). */
const vanish = vi.hoisted(() => ({ path: undefined as string | undefined }));

vi.mock("../../src/batch/plan-batch.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/batch/plan-batch.js")>();
  return {
    ...real,
    planBatch: (opts: Parameters<typeof real.planBatch>[0]) =>
      real.planBatch({
        ...opts,
        counted: (total) => {
          if (vanish.path) rmSync(vanish.path);
          opts.counted?.(total);
        },
      }),
  };
});

/** A merge of `records` (CSV) whose base letter is removed while its records are counted. */
function vanishingRun(records: string) {
  const dir = tempDir("batch");
  const dataFile = join(dir, "letter.yaml");
  copyFileSync(resolve("data/senate-itu-2020.yaml"), dataFile);
  vanish.path = dataFile;
  const o = csvMerge(dir, records, { dataFile });
  return { o, io: { entryTexts: openEntrySpool(o.manifestPath), res } };
}

describe("runBatch's pool, started while the records are planned", () => {
  it("that fails to start fails the run, once planning is done, with its own error", async () => {
    // Before: the pool's rejection had no handler while the names were planned, and Node
    // ended the process on it (an unhandled rejection, with a stack trace).
    const { o, io } = vanishingRun("recipient.0\nAnn Lee\nBo Chen\n");
    try {
      await expect(runBatch(o, io)).rejects.toThrow("file not found");
    } finally {
      io.entryTexts.dispose();
      vanish.path = undefined;
    }
  });

  it("that fails to start does not hide why planning failed", async () => {
    const { o, io } = vanishingRun("recipient.0\nAnn Lee\nCy\u0007Diaz\n");
    try {
      await expect(runBatch(o, io)).rejects.toThrow("control character U+0007");
    } finally {
      io.entryTexts.dispose();
      vanish.path = undefined;
    }
  });
});

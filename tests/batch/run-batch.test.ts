import { existsSync, readdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { manifestText } from "../../src/batch/manifest.js";
import { runBatch } from "../../src/batch/run-batch.js";
import { openEntrySpool } from "../../src/output/entry-spool.js";
import { manifestHead } from "../helpers/manifest-head.js";
import { csvMerge } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

const LETTER = resolve("data/senate-itu-2020.yaml");
const head = manifestHead(3);

function options(dir: string) {
  const o = csvMerge(dir, "recipient.0\nAnn Lee\nBo Chen\nCy Diaz\n", { dataFile: LETTER });
  return { ...o, entryTexts: openEntrySpool(o.manifestPath), res };
}

describe("runBatch", () => {
  it("stops at a bug while recording a result and still lists every letter written", async () => {
    const dir = tempDir("batch");
    const o = options(dir);
    try {
      const outcome = await runBatch(o, o, {
        done: (e) => {
          if (e.index === 1) throw new TypeError("boom");
        },
      });
      expect(outcome.crashed).toBeInstanceOf(TypeError);
      const written = outcome.written();
      expect(written).toContain(join(dir, "out", "ann-lee.txt"));
      expect(written).toContain(join(dir, "out", "bo-chen.txt"));
      expect(written.every((p) => existsSync(p))).toBe(true);
    } finally {
      o.entryTexts.dispose();
    }
  });

  it("stops at a bug while recording a skipped record", async () => {
    const dir = tempDir("batch");
    const first = options(dir);
    const outcome = await runBatch(first, first);
    writeFileSync(
      first.manifestPath,
      [...manifestText(head, outcome.entries, first.entryTexts)].join(""),
    );
    first.entryTexts.dispose();
    const again = { ...options(dir), skipUnchanged: true };
    try {
      const rerun = await runBatch(again, again, {
        done: () => {
          throw new TypeError("boom");
        },
      });
      expect(rerun.crashed).toBeInstanceOf(TypeError);
      expect(rerun.entries.map((e) => e.status)).toEqual(["skipped"]);
    } finally {
      again.entryTexts.dispose();
    }
  });

  it("stops with the spool's error when an entry cannot be kept, listing the letter anyway", async () => {
    const dir = tempDir("batch");
    const o = options(dir);
    writeFileSync(join(dir, "blocker"), "");
    const spool = openEntrySpool(join(dir, "blocker", "manifest.json"));
    const outcome = await runBatch(o, { entryTexts: spool, res });
    expect(outcome.stoppedBy?.kind).toBe("output");
    // Every letter on disk is listed for removal, the first one (whose entry failed) included;
    // a letter already rendering when the run stopped may be there too.
    const onDisk = readdirSync(join(dir, "out")).map((f) => join(dir, "out", f));
    expect(outcome.written().sort()).toEqual(onDisk.sort());
    expect(onDisk).toContain(join(dir, "out", "ann-lee.txt"));
    spool.dispose();
    o.entryTexts.dispose();
  });

  it("stops at a record whose name changed since the plan: the records file was rewritten", async () => {
    const dir = tempDir("batch");
    const o = options(dir);
    try {
      // Rewritten once every name is planned, as an editor saving the file mid-run would:
      // record 1 now names the letter planned for record 2, record 2 the records file.
      const outcome = await runBatch(o, o, {
        start: () => writeFileSync(join(dir, "p.csv"), "recipient.0\nBo Chen\n../p.csv\nCy Diaz\n"),
      });
      expect(outcome.stoppedBy?.kind).toBe("input");
      expect(outcome.stoppedBy?.message).toContain(
        `record 1 would now write ${join("out", "bo-chen.txt")}, which was not planned for it`,
      );
      expect(outcome.written()).toEqual([]);
    } finally {
      o.entryTexts.dispose();
    }
  });
});

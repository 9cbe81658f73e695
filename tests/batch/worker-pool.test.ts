import { readFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { openPool } from "../../src/batch/worker-pool.js";
import { poolSetup } from "../helpers/merge-options.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

it("renders again in a worker with a larger heap when a letter runs out of memory", async () => {
  const out = tempDir("pool");
  const settings = poolSetup(out, ["pdf"]);
  // 8 MB cannot hold a worker rendering the seed letter; the pool grows it as needed.
  const pool = await openPool(settings, 2, 1000, res, { firstHeapMb: 8 });
  try {
    const target = join(out, "a.pdf");
    const r = await pool.render({ index: 0, line: 2, data: {}, targets: { pdf: target } });
    expect(r.error).toBeUndefined();
    expect(r.pages).toBe(3);
    expect(readFileSync(target).subarray(0, 5).toString()).toBe("%PDF-");
  } finally {
    await pool.close();
  }
}, 30_000);

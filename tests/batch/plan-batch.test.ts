import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { planBatch } from "../../src/batch/plan-batch.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("planBatch", () => {
  // Why: a records file whose records each set a field of their own (a JSON Lines export of a
  // million) made the plan keep every name, growing with the file; only the base letter's
  // fields and the letter's settings are ever asked about (base-own.ts).
  it("keeps of the fields records set only the base letter's and the letter's settings", async () => {
    const dir = tempDir("plan-batch");
    const file = join(dir, "p.jsonl");
    const lines = Array.from({ length: 50 }, (_, i) => JSON.stringify({ [`extra${i}`]: "x" }));
    writeFileSync(file, `${[...lines, '{"recipient":["A"],"lang":"fr"}'].join("\n")}\n`);
    const plan = await planBatch({
      source: { file, label: "p.jsonl", format: "jsonl" },
      base: { recipient: ["Ann Lee"], sender: { name: "Bo" } },
      settings: new Set(["template", "lang"]),
      namePattern: "letter",
      cellPlaces: [],
      formats: ["txt"],
      reserved: {},
      notAnInput: () => {},
      cwd: dir,
    });
    expect(plan.total).toBe(51);
    expect([...plan.recordFields].sort()).toEqual(["lang", "recipient"]);
  });
});

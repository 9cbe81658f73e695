import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { ROOT } from "./helpers/render.js";

// Tests mirror src/: every stage folder has a test folder with at least one test in it.
it("has a tests/ folder with tests for every src/ folder", () => {
  const folders = readdirSync(join(ROOT, "src")).filter(
    (d) => statSync(join(ROOT, "src", d)).isDirectory() && d !== "types",
  );
  const missing = folders.filter(
    (d) =>
      !existsSync(join(ROOT, "tests", d)) ||
      !readdirSync(join(ROOT, "tests", d)).some((f) => f.endsWith(".test.ts")),
  );
  expect(missing).toEqual([]);
});

import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeFiles } from "../../src/output/remove-files.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("removeFiles", () => {
  it("removes the files and the folders below `within` they leave empty, no more", () => {
    const out = join(tempDir("remove"), "out");
    mkdirSync(join(out, "a", "b"), { recursive: true });
    mkdirSync(join(out, "c"), { recursive: true });
    writeFileSync(join(out, "a", "b", "x.pdf"), "");
    writeFileSync(join(out, "c", "y.pdf"), "");
    writeFileSync(join(out, "c", "keep.txt"), "");
    removeFiles([join(out, "a", "b", "x.pdf"), join(out, "c", "y.pdf")], out);
    expect(existsSync(join(out, "a"))).toBe(false);
    expect(existsSync(join(out, "c", "keep.txt"))).toBe(true);
    expect(existsSync(out)).toBe(true);
  });

  it("keeps folders made before `since`, even when they are left empty", async () => {
    const out = join(tempDir("remove"), "out");
    mkdirSync(join(out, "old"), { recursive: true });
    await new Promise((r) => setTimeout(r, 50));
    const since = Date.now();
    mkdirSync(join(out, "old", "new"));
    writeFileSync(join(out, "old", "new", "x.pdf"), "");
    removeFiles([join(out, "old", "new", "x.pdf")], out, since);
    expect(existsSync(join(out, "old", "new"))).toBe(false);
    expect(existsSync(join(out, "old"))).toBe(true);
  });
});

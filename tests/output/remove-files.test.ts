import { existsSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { removeFiles } from "../../src/output/remove-files.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("removeFiles", () => {
  it("removes the files and the folders the run made for them once empty, no more", () => {
    const out = join(tempDir("remove"), "out");
    mkdirSync(join(out, "a", "b"), { recursive: true });
    mkdirSync(join(out, "c"), { recursive: true });
    writeFileSync(join(out, "a", "b", "x.pdf"), "");
    writeFileSync(join(out, "c", "y.pdf"), "");
    writeFileSync(join(out, "c", "keep.txt"), "");
    const made = new Set([join(out, "a"), join(out, "c")]);
    removeFiles([join(out, "a", "b", "x.pdf"), join(out, "c", "y.pdf")], made);
    expect(existsSync(join(out, "a"))).toBe(false);
    expect(existsSync(join(out, "c", "keep.txt"))).toBe(true);
    expect(existsSync(out)).toBe(true);
  });

  it("keeps a folder it did not make, even when it is left empty", () => {
    const root = tempDir("remove");
    mkdirSync(join(root, "old"));
    mkdirSync(join(root, "old", "new", "deeper"), { recursive: true });
    writeFileSync(join(root, "old", "new", "deeper", "x.pdf"), "");
    removeFiles([join(root, "old", "new", "deeper", "x.pdf")], new Set([join(root, "old", "new")]));
    expect(existsSync(join(root, "old", "new"))).toBe(false);
    expect(existsSync(join(root, "old"))).toBe(true);
    // Without a record of what it made, no folder goes.
    mkdirSync(join(root, "old", "kept"));
    writeFileSync(join(root, "old", "kept", "y.pdf"), "");
    removeFiles([join(root, "old", "kept", "y.pdf")]);
    expect(existsSync(join(root, "old", "kept"))).toBe(true);
  });
});

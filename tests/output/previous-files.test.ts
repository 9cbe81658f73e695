import {
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { expect, it, vi } from "vitest";
import { keepPrevious, restorePrevious } from "../../src/output/previous-files.js";
import { tempDir } from "../helpers/temp-dir.js";

// A file system without hard links, or a file another user owns: keepPrevious copies instead.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const linkSync = () => {
    throw Object.assign(new Error("EPERM: operation not permitted, link"), { code: "EPERM" });
  };
  return { ...fs, linkSync, default: { ...fs, linkSync } };
});

// A pull request's output folder may hold `out/ann.pdf -> ~/.ssh/id_rsa`: the copy took what
// the link led to, and a run that failed put it back in the folder as a file of its own.
it("keeps a symbolic link as the link, never what it leads to", () => {
  const dir = tempDir("previous-files");
  writeFileSync(join(dir, "id_rsa"), "secret");
  const out = join(dir, "out");
  const letter = join(out, "ann.pdf");
  mkdirSync(out);
  symlinkSync(join(dir, "id_rsa"), letter);
  expect(keepPrevious(letter, "r1")).toBe(true);
  writeFileSync(join(out, "new.pdf"), "%PDF-");
  for (const f of readdirSync(out))
    if (!lstatSync(join(out, f)).isSymbolicLink())
      expect(readFileSync(join(out, f), "utf8")).not.toContain("secret");
  restorePrevious(letter, "r1");
  expect(readlinkSync(letter)).toBe(join(dir, "id_rsa"));
});

it("keeps a regular file by a copy where it cannot link", () => {
  const dir = tempDir("previous-files");
  writeFileSync(join(dir, "a.pdf"), "earlier");
  expect(keepPrevious(join(dir, "a.pdf"), "r1")).toBe(true);
  writeFileSync(join(dir, "a.pdf"), "later");
  restorePrevious(join(dir, "a.pdf"), "r1");
  expect(readFileSync(join(dir, "a.pdf"), "utf8")).toBe("earlier");
});

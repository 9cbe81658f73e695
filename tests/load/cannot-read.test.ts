import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { isMissiveError } from "../../src/errors.js";
import { cannotRead } from "../../src/load/cannot-read.js";
import { SEED } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const errno = (code: string) => Object.assign(new Error(code), { code });

it.each([
  ["ENOENT", "file not found", ["check the path"]],
  ["EACCES", "permission denied", ["check the file's permissions"]],
  ["EPERM", "permission denied", ["check the file's permissions"]],
  ["EISDIR", "x.csv is a folder, not a file", []],
  ["EIO", "cannot read x.csv: EIO", []],
])("says why a file cannot be read (%s), as an input error at the file", (code, message, hints) => {
  const e = cannotRead("x.csv", errno(code), "check the path");
  expect(isMissiveError(e) && e.kind).toBe("input");
  const problem = isMissiveError(e) ? e.problems[0] : undefined;
  expect(problem).toMatchObject({ message, location: { file: "x.csv" } });
  expect(problem?.hints ?? []).toEqual(hints);
});

it("reports a records 'file' that is a folder as an input error, not a crash", async () => {
  const dir = tempDir("records-folder");
  mkdirSync(join(dir, "people.csv"));
  const r = await runCli(["render", SEED, "-m", "people.csv", "-o", "out", "-j", "1"], {
    cwd: dir,
  });
  expect(r.code).toBe(3);
  expect(r.stderr).toContain("error: people.csv: people.csv is a folder, not a file");
});

it("reports a records file that is not there, with the hint for --merge", async () => {
  const r = await runCli(["render", SEED, "-m", "nobody.csv", "-o", "out"], {
    cwd: tempDir("records-missing"),
  });
  expect(r.code).toBe(3);
  expect(r.stderr).toContain(
    "error: nobody.csv: file not found\n  hint: check the path given to --merge",
  );
});

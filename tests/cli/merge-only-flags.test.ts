import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const LETTER = resolve(import.meta.dirname, "../../data/senate-itu-2020.yaml");

it.each([
  [["--name", "x.pdf"], "--name"],
  [["--manifest", "m.json"], "--manifest"],
  [["--combine", "all.pdf"], "--combine"],
  [["--shard", "1/2"], "--shard"],
  [["--keep-going"], "--keep-going"],
  [["--skip-unchanged"], "--skip-unchanged"],
  [["--resume"], "--resume"],
  [["--all-or-nothing"], "--all-or-nothing"],
  [["-j", "2"], "--jobs"],
  [["--allow-unused"], "--allow-unused"],
  [["--delimiter", ";"], "--delimiter"],
  [["--merge-format", "csv"], "--merge-format"],
  [["--sheet", "2"], "--sheet"],
  [["--records-lang", "de-DE"], "--records-lang"],
  [["--records-encoding", "cp1252"], "--records-encoding"],
])("refuses %j without --merge (exit 2), writing nothing", async (flags, name) => {
  const dir = tempDir("merge-only");
  const r = await runCli(["render", LETTER, "-o", "out", ...flags], { cwd: dir });
  expect(r.code).toBe(2);
  expect(existsSync(join(dir, "out"))).toBe(false);
  expect(r.stderr).toBe(
    `error: ${name} only applies to a mail merge\n  hint: add --merge <records>, or leave it out\n`,
  );
});

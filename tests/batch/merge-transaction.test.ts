import { mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const CSV = (salutation: string) =>
  `recipient.0,salutation\nAnn Lee,${salutation}\nBo Chen,${salutation}\nCy Diaz,${salutation}\n`;
const MERGE = ["render", SEED, "--merge", "p.csv", "-o", "out", "-j", "1"];
const NAME = ["--name", "{{slug recipient.[0]}}"];

/** Every file and folder below `dir` (hidden ones too), with the bytes of each file. */
function snapshot(dir: string): Record<string, string> {
  const all = readdirSync(dir, { recursive: true }) as string[];
  return Object.fromEntries(
    all.sort().map((f) => {
      const p = join(dir, f);
      return [f, statSync(p).isDirectory() ? "<folder>" : readFileSync(p, "hex")];
    }),
  );
}

/** A path a write cannot take: a folder where a file goes, or a file where a folder goes. */
function block(path: string, asFile = false): void {
  rmSync(path, { recursive: true, force: true });
  if (asFile) writeFileSync(path, "");
  else mkdirSync(path);
}

/** Each write of a merge, the flags that make it, and how to make it fail. */
const FAULTS: [string, string[], (dir: string) => void, boolean][] = [
  // [write, extra flags, fault, whether the run can be resumed]
  ["a letter's PDF", [], (d) => block(join(d, "out", "bo-chen.pdf")), true],
  ["a letter's text", [], (d) => block(join(d, "out", "bo-chen.txt")), true],
  ["the spool of entries", ["--manifest", "m/list.json"], (d) => block(join(d, "m"), true), false],
  ["the manifest", [], (d) => block(join(d, "out", "manifest.json")), false],
  ["the combined PDF", ["--combine", "all.pdf"], (d) => block(join(d, "all.pdf")), false],
  // merge38: kept, its letters were offered to --resume, which --combine refuses.
  [
    "a letter's PDF, with --combine",
    ["--combine", "all.pdf"],
    (d) => block(join(d, "out", "bo-chen.pdf")),
    false,
  ],
];

describe("a merge transaction, failing at each write", () => {
  it.each(FAULTS)(
    "at %s, --all-or-nothing leaves the folder as it was",
    async (_, extra, fault) => {
      const dir = tempDir("faults");
      writeFileSync(join(dir, "p.csv"), CSV("Hello"));
      expect((await runCli([...MERGE, ...NAME, ...extra], { cwd: dir })).code).toBe(0);
      // Other letters now, into the earlier run's folder, and one write that cannot be done.
      writeFileSync(join(dir, "p.csv"), CSV("Good day"));
      fault(dir);
      const before = snapshot(dir);
      const r = await runCli([...MERGE, ...NAME, ...extra, "--all-or-nothing"], { cwd: dir });
      expect(r.code).toBe(8);
      expect(r.stderr).toContain("error: ");
      expect(r.stderr).not.toContain("could not remove");
      expect(snapshot(dir)).toEqual(before);
    },
  );

  it.each(FAULTS)(
    "at %s, by default keeps only what can be resumed",
    async (_, extra, fault, resumable) => {
      const dir = tempDir("faults");
      writeFileSync(join(dir, "p.csv"), CSV("Hello"));
      expect((await runCli([...MERGE, ...NAME, ...extra], { cwd: dir })).code).toBe(0);
      writeFileSync(join(dir, "p.csv"), CSV("Good day"));
      fault(dir);
      const before = snapshot(dir);
      const r = await runCli([...MERGE, ...NAME, ...extra], { cwd: dir });
      expect(r.code).toBe(8);
      if (!resumable) {
        expect(r.stderr).not.toContain("--resume");
        expect(snapshot(dir)).toEqual(before);
        return;
      }
      // The letter before the failing one is the new run's; the manifest lists it, incomplete.
      const m = JSON.parse(readFileSync(join(dir, "out", "manifest.json"), "utf8"));
      expect(m.complete).toBe(false);
      expect(m.summary).toMatchObject({ rendered: 1, failed: 1, pending: 1 });
      expect(readFileSync(join(dir, "out", "ann-lee.txt"), "utf8")).toContain("Good day");
      const after = snapshot(dir);
      expect(Object.keys(after).filter((f) => f.startsWith(".") || f.includes("/."))).toEqual([]);
      // The letters it did not come to are the earlier run's, untouched.
      expect(after["out/cy-diaz.txt"]).toBe(before["out/cy-diaz.txt"]);
    },
  );
});

import { mkdirSync, readdirSync, realpathSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { SEED } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A checkout whose `out` is a link a pull request made to a folder outside it. */
function checkout() {
  const dir = realpathSync(tempDir("linked-out"));
  mkdirSync(join(dir, "repo"));
  mkdirSync(join(dir, "home"));
  symlinkSync(join(dir, "home"), join(dir, "repo", "out"));
  return { cwd: join(dir, "repo"), home: join(dir, "home") };
}

// Before, each wrote into home/ through the link (exit 0): a letter, a merge's letters and
// manifest, an init's scaffold, as a file named on the command line is never read.
describe("an output folder a link leads out of the current folder", () => {
  it.each([
    ["render", ["render", SEED, "-o", "out", "-f", "txt"], "-o out: out"],
    ["render --emit", ["render", SEED, "--emit", "markup", "-o", "out/m.xml"], "-o out/m.xml: out"],
    ["a merge's -o", ["render", SEED, "--merge", "p.csv", "-o", "out"], "-o out: out"],
    [
      "a merge's --manifest",
      ["render", SEED, "--merge", "p.csv", "-o", "x", "--manifest", "out/m.json"],
      "--manifest out/m.json: out",
    ],
    ["init", ["init", "out"], "init out: out"],
  ])("is refused for %s, writing nothing (exit 8)", async (_, argv, said) => {
    const { cwd, home } = checkout();
    writeFileSync(join(cwd, "p.csv"), "salutation\nDear A,\n");
    const r = await runCli(argv, { cwd });
    expect([r.code, r.stderr.split("\n")[0]]).toEqual([
      8,
      `error: ${said} is outside the current folder ${cwd}: a symbolic link leads it to ${home}`,
    ]);
    expect(readdirSync(home)).toEqual([]);
  });

  it("is written when named where it lies, or when the link stays inside", async () => {
    const { cwd, home } = checkout();
    const r = await runCli(["render", SEED, "-o", home, "-f", "txt"], { cwd });
    expect(r.code, r.stderr).toBe(0);
    mkdirSync(join(cwd, "letters"));
    symlinkSync(join(cwd, "letters"), join(cwd, "inside"));
    const inside = await runCli(["render", SEED, "-o", "inside", "-f", "txt"], { cwd });
    expect(inside.code, inside.stderr).toBe(0);
    expect(readdirSync(join(cwd, "letters"))).toEqual(["senate-itu-2020.txt"]);
  });
});

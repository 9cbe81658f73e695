import {
  cpSync,
  existsSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { ROOT } from "./render.js";
import type { CliResult } from "./run-cli.js";
import { tempDir } from "./temp-dir.js";

/**
 * The input corpus: each folder under tests/corpus is one case with its input files, an
 * optional `args` (default: render letter.yaml -o out) and `env`, and the pinned
 * `expected.stderr` and `exit-code` (and `expected.stdout` for cases that must succeed).
 * A failing case must fail cleanly: the pinned message, a documented non-zero code, no stack
 * trace, and no output files. `UPDATE_GOLDEN=1` re-pins (from the in-process run only).
 */
export const CORPUS = join(ROOT, "tests", "corpus");

export const corpusCases = readdirSync(CORPUS)
  .filter((d) => statSync(join(CORPUS, d)).isDirectory())
  .sort();

type Runner = (
  args: string[],
  opts: { cwd: string; env: Record<string, string> },
) => Promise<CliResult> | CliResult;

const read = (dir: string, f: string) =>
  existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : undefined;

/** Runs one corpus case with `runner` in a scratch copy and checks it against the pins. */
export async function checkCorpusCase(name: string, runner: Runner, pin = false): Promise<void> {
  const src = join(CORPUS, name);
  // The real path: a child process reports its folder that way (macOS's /var is a symlink).
  const dir = realpathSync(tempDir(name));
  cpSync(src, dir, { recursive: true });
  const args = (read(src, "args") ?? "render letter.yaml -o out").trim().split(/\s+/);
  const env = Object.fromEntries(
    (read(src, "env") ?? "")
      .split("\n")
      .filter((l) => l.includes("="))
      .map((l) => l.split("=", 2) as [string, string]),
  );
  const r = await runner(args, { cwd: dir, env });
  const stderr = r.stderr.replaceAll(dir, "<case>").replaceAll(ROOT, "<missive>");
  if (pin && process.env.UPDATE_GOLDEN === "1") {
    writeFileSync(join(src, "expected.stderr"), stderr);
    writeFileSync(join(src, "exit-code"), `${r.code}\n`);
    if (r.code === 0) writeFileSync(join(src, "expected.stdout"), r.stdout);
  }
  expect(read(src, "expected.stderr"), "pinned stderr (UPDATE_GOLDEN=1 pins it)").toBeDefined();
  expect(stderr).toBe(read(src, "expected.stderr"));
  expect(r.code).toBe(Number(read(src, "exit-code")));
  expect(r.code).not.toBe(70);
  if (r.code === 0) {
    expect(r.stdout).toBe(read(src, "expected.stdout"));
    return;
  }
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(join(dir, "out"))).toBe(false);
}

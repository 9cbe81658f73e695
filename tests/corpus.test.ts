import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "./helpers/render.js";
import { runCli } from "./helpers/run-cli.js";

/**
 * The input corpus: each folder under tests/corpus is one case with its input files, an
 * optional `args` (default: render letter.yaml -o out) and `env`, and the pinned
 * `expected.stderr` and `exit-code` (and `expected.stdout` for cases that must succeed).
 * A failing case must fail cleanly: the pinned message, a documented non-zero code, no stack
 * trace, and no output files. `UPDATE_GOLDEN=1` re-pins.
 */
const CORPUS = join(import.meta.dirname, "corpus");
const cases = readdirSync(CORPUS)
  .filter((d) => statSync(join(CORPUS, d)).isDirectory())
  .sort();

const read = (dir: string, f: string) =>
  existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : undefined;

describe.each(cases)("corpus case %s", (name) => {
  it("ends with the pinned messages and exit code", async () => {
    const src = join(CORPUS, name);
    const dir = mkdtempSync(join(tmpdir(), `missive-${name}-`));
    cpSync(src, dir, { recursive: true });
    const args = (read(src, "args") ?? "render letter.yaml -o out").trim().split(/\s+/);
    const env = Object.fromEntries(
      (read(src, "env") ?? "")
        .split("\n")
        .filter((l) => l.includes("="))
        .map((l) => l.split("=", 2) as [string, string]),
    );
    const r = await runCli(args, { cwd: dir, env });
    const stderr = r.stderr.replaceAll(dir, "<case>").replaceAll(ROOT, "<missive>");
    if (process.env.UPDATE_GOLDEN === "1") {
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
  });
});

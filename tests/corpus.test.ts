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
 * The bad-input corpus: each folder under tests/corpus is one case with its input files, an
 * optional `args` (default: render letter.yaml -o out) and `env`, and the pinned
 * `expected.stderr` and `exit-code`. Every case must fail cleanly: the pinned message, a
 * non-zero code, no stack trace, and no output files. `UPDATE_GOLDEN=1` re-pins.
 */
const CORPUS = join(import.meta.dirname, "corpus");
const cases = readdirSync(CORPUS)
  .filter((d) => statSync(join(CORPUS, d)).isDirectory())
  .sort();

const read = (dir: string, f: string) =>
  existsSync(join(dir, f)) ? readFileSync(join(dir, f), "utf8") : undefined;

describe.each(cases)("corpus case %s", (name) => {
  it("fails with the pinned message and exit code, and writes nothing", async () => {
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
    if (process.env.UPDATE_GOLDEN === "1" || read(src, "expected.stderr") === undefined) {
      writeFileSync(join(src, "expected.stderr"), stderr);
      writeFileSync(join(src, "exit-code"), `${r.code}\n`);
    }
    expect(stderr).toBe(read(src, "expected.stderr"));
    expect(r.code).toBe(Number(read(src, "exit-code")));
    expect(r.code).not.toBe(0);
    expect(r.code).not.toBe(70);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

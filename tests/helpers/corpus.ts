import { execFileSync } from "node:child_process";
import {
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { dirname, join, relative } from "node:path";
import { expect } from "vitest";
import { ROOT } from "./render.js";
import type { CliResult } from "./run-cli.js";
import { tempDir } from "./temp-dir.js";

/**
 * The input corpus: each folder under tests/corpus is one case with its input files, an
 * optional `args` (default: render letter.yaml -o out; split at white space, or a JSON array
 * of strings when an argument holds a space) and `env`, and the pinned `expected.stderr` and
 * `exit-code` (and `expected.stdout` for cases that must succeed). A case that succeeds and
 * writes `.txt` files (a merge's letters in `-f txt`) pins their text too, in `expected.text`:
 * each file's text under a `==> out/name.txt <==` line, in the order of their names.
 * A failing case must fail cleanly: the pinned message, a documented non-zero code, no stack
 * trace, and no output files. `links` lists symbolic links to make before the run, one
 * `name -> target` a line, and `fifos` named pipes, one name a line. Why not links in git: a hostile case links to /dev/zero or
 * /proc/self/environ, which tools that walk the tree should never follow. Every case's
 * folder afterwards is pinned in `expected.files` (one path a line, links marked `@`), and
 * every input file must still hold its bytes. `UPDATE_GOLDEN=1` re-pins (in-process only).
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
  makeLinks(dir, read(src, "links"));
  for (const name of (read(src, "fifos") ?? "").split("\n").filter((l) => l.trim()))
    execFileSync("mkfifo", [join(dir, name.trim())]);
  const before = contents(dir);
  const args = parseArgs(read(src, "args") ?? "render letter.yaml -o out");
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
    const text = textOutputs(dir, before);
    if (r.code === 0 && text) writeFileSync(join(src, "expected.text"), text);
    writeFileSync(join(src, "expected.files"), listing(dir));
  }
  for (const [file, bytes] of before)
    expect(readFileSync(join(dir, file), "latin1"), `input ${file} is unchanged`).toBe(bytes);
  expect(listing(dir), "files afterwards (expected.files)").toBe(read(src, "expected.files"));
  expect(read(src, "expected.stderr"), "pinned stderr (UPDATE_GOLDEN=1 pins it)").toBeDefined();
  expect(stderr).toBe(read(src, "expected.stderr"));
  expect(r.code).toBe(Number(read(src, "exit-code")));
  expect(r.code).not.toBe(70);
  if (r.code === 0) {
    expect(r.stdout).toBe(read(src, "expected.stdout"));
    expect(textOutputs(dir, before), "text of the .txt files written (expected.text)").toBe(
      read(src, "expected.text"),
    );
    return;
  }
  expect(stderr).not.toMatch(/\n\s+at /);
  expect(existsSync(join(dir, "out"))).toBe(false);
}

const PINS = new Set([
  "expected.files",
  "expected.stderr",
  "expected.stdout",
  "expected.text",
  "exit-code",
]);

/** A case's `args`: a JSON array of strings (arguments with spaces), else words split at white space. */
export function parseArgs(spec: string): string[] {
  const text = spec.trim();
  if (!text.startsWith("[")) return text.split(/\s+/);
  const args: unknown = JSON.parse(text);
  if (!Array.isArray(args) || !args.every((a) => typeof a === "string"))
    throw new Error(`args: a JSON array must hold only strings: ${text}`);
  return args;
}

/**
 * The text of every `.txt` file the run wrote, each under a `==> path <==` line as `head`
 * prints several files (readable in a diff), or undefined when it wrote none. An input
 * `.txt` is left out: `contents` already pins those bytes.
 */
function textOutputs(dir: string, inputs: Map<string, string>): string | undefined {
  const files = listing(dir)
    .split("\n")
    .filter((f) => f.endsWith(".txt") && !inputs.has(f));
  if (files.length === 0) return undefined;
  return files.map((f) => `==> ${f} <==\n${readFileSync(join(dir, f), "utf8")}`).join("\n");
}

function makeLinks(dir: string, spec: string | undefined): void {
  for (const line of (spec ?? "").split("\n")) {
    const [name, target] = line.split(" -> ");
    if (!name || !target) continue;
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    symlinkSync(target.trim(), join(dir, name.trim()));
  }
}

/** Every file in the folder but the pins (not through links), one a line; links marked `@`, pipes `|`. */
function listing(dir: string): string {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (d === dir && PINS.has(e.name)) continue;
      const p = join(d, e.name);
      if (e.isDirectory()) walk(p);
      else out.push(`${relative(dir, p)}${e.isSymbolicLink() ? " @" : e.isFIFO() ? " |" : ""}`);
    }
  };
  walk(dir);
  return `${out.sort().join("\n")}\n`;
}

/** The bytes of every regular file in the folder, to check no input was changed. */
function contents(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const line of listing(dir).split("\n")) {
    if (line === "" || line.endsWith(" @") || line.endsWith(" |")) continue;
    if (lstatSync(join(dir, line)).isFile()) out.set(line, readFileSync(join(dir, line), "latin1"));
  }
  return out;
}

import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync } from "node:fs";
import { afterEach, expect, it } from "vitest";
import { processIo } from "../../src/cli/io.js";
import { ROOT } from "../helpers/render.js";
import { BIN } from "../helpers/run-cli.js";

const counts = (): [number, number] => [
  process.listenerCount("SIGINT"),
  process.listenerCount("SIGTERM"),
];
const before = counts();

afterEach(() => {
  expect(counts()).toEqual(before);
});

it("hears the first Ctrl-C or SIGTERM only, then leaves the signals to Node", () => {
  const heard: string[] = [];
  processIo().onInterrupt?.((s) => heard.push(s));
  expect(counts()).toEqual([before[0] + 1, before[1] + 1]);
  process.emit("SIGTERM", "SIGTERM");
  expect(heard).toEqual(["SIGTERM"]);
  // A second Ctrl-C finds no listener of missive's: Node ends the process as usual.
  expect(counts()).toEqual(before);
});

it("stops listening when the command says so", () => {
  const heard: string[] = [];
  const release = processIo().onInterrupt?.((s) => heard.push(s));
  release?.();
  expect(counts()).toEqual(before);
  expect(heard).toEqual([]);
});

// Before, the stream's error was thrown on: a crash (exit 1) that printed the snapshot's source
// line, some 40 KB of it, and a stack.
it.runIf(existsSync("/dev/full"))(
  "says that standard output cannot be written, exit 8, when the disk is full",
  () => {
    const full = openSync("/dev/full", "w");
    try {
      for (const args of [
        ["render", "data/personal-cover-letter.yaml", "-f", "txt", "-o", "-"],
        ["--json", "check", "data/personal-cover-letter.yaml"],
      ]) {
        const r = spawnSync(BIN, args, {
          cwd: ROOT,
          stdio: ["ignore", full, "pipe"],
          env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
          encoding: "utf8",
        });
        expect([r.status, r.stderr]).toEqual([
          8,
          "error: cannot write standard output: no space left (ENOSPC)\n  hint: the disk is full\n",
        ]);
      }
    } finally {
      closeSync(full);
    }
  },
);

it.runIf(existsSync("/dev/full"))(
  "ends with the command's own exit code when messages cannot be written",
  () => {
    const full = openSync("/dev/full", "w");
    try {
      const code = (args: string[]) =>
        spawnSync(BIN, args, {
          cwd: ROOT,
          stdio: ["ignore", "ignore", full],
          env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
        }).status;
      expect(code(["check", "data/personal-cover-letter.yaml"])).toBe(0);
      expect(code(["check", "tests/fixtures/check/five-mistakes.yaml"])).toBe(4);
    } finally {
      closeSync(full);
    }
  },
);

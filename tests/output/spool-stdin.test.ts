import { Readable, Writable } from "node:stream";
import { afterEach, expect, it, vi } from "vitest";
import { isMissiveError } from "../../src/errors.js";

const full = vi.hoisted(() => ({ on: false }));

// A disk that is full: every write of the spool fails as a real one would.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  return {
    ...fs,
    createWriteStream: (path: string) =>
      full.on
        ? new Writable({
            write: (_c, _e, done) =>
              done(Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" })),
          })
        : fs.createWriteStream(path),
  };
});

const { spoolStdin } = await import("../../src/output/spool-stdin.js");

afterEach(() => {
  full.on = false;
});

async function failure(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (e) {
    if (!isMissiveError(e)) throw e;
    return `${e.kind} ${e.exitCode}: ${e.message.replace(/\/\S+/, "<tmp>")} (${e.problems[0]?.hints})`;
  }
  return "no error";
}

it("copies a stream to a file it removes on dispose", async () => {
  const spool = await spoolStdin(Readable.from(["a\n", "b\n"]), ".jsonl");
  const { readFileSync, existsSync } = await import("node:fs");
  expect(readFileSync(spool.path, "utf8")).toBe("a\nb\n");
  spool.dispose();
  expect(existsSync(spool.path)).toBe(false);
});

it("stops a stream that goes past the limit", async () => {
  const endless = Readable.from(
    (function* () {
      for (;;) yield Buffer.alloc(1024);
    })(),
  );
  expect(await failure(() => spoolStdin(endless, ".jsonl", undefined, 10_000))).toBe(
    "input 3: the records stream is over 10000 bytes, the limit (split the records into several runs (--shard) or write them to a file)",
  );
});

it("reports a full disk as an output error (exit 8), never as a bug", async () => {
  full.on = true;
  expect(await failure(() => spoolStdin(Readable.from(["a\n"]), ".jsonl"))).toBe(
    "output 8: cannot write <tmp> no space left (ENOSPC) (the disk is full)",
  );
});

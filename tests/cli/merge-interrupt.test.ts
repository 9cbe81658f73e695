import { execFileSync, spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it } from "vitest";
import { BIN, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const ROOT = resolve(import.meta.dirname, "../..");
const LETTER = join(ROOT, "data/senate-itu-2020.yaml");

/** A folder with a records file of n people. */
function records(n: number): string {
  const dir = tempDir("interrupt");
  const rows = Array.from({ length: n }, (_, i) => `Person ${i},${i} Main St,"Dear P${i},"`);
  writeFileSync(join(dir, "p.csv"), `recipient.0,recipient.1,salutation\n${rows.join("\n")}\n`);
  return dir;
}

/** Every file below a folder, hidden ones too. */
function filesIn(dir: string): string[] {
  return existsSync(dir) ? (readdirSync(dir, { recursive: true }) as string[]) : [];
}

/** Resolves once a file ending in `suffix` appears in the folder. */
function appears(dir: string, suffix: string): Promise<void> {
  return new Promise((done) => {
    const poll = setInterval(() => {
      if (filesIn(dir).some((f) => f.endsWith(suffix))) {
        clearInterval(poll);
        done();
      }
    }, 5);
  });
}

/** A merge that, stopped, takes back what it wrote. */
const ARGS = ["render", LETTER, "--merge", "p.csv", "-o", "out", "--all-or-nothing", "-j", "1"];

describe("Ctrl-C during a merge", () => {
  // -j 1 with few records renders in the main thread, which must still see the signal.
  it("stops, removes every letter it wrote and the manifest's entries, and exits 130", async () => {
    const cwd = records(40);
    const r = await runCli(ARGS, {
      cwd,
      interrupt: (ctrlC) => void appears(join(cwd, "out"), ".pdf").then(ctrlC),
    });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain("SIGINT: stopping before more letters are written");
    expect(r.stderr).toContain("error: SIGINT: the merge stopped");
    expect(r.stderr).toContain("hint: the letters it had written were removed");
    expect(filesIn(join(cwd, "out"))).toEqual([]);
    // Nor the hidden file that held the manifest's entries.
    expect(readdirSync(cwd).filter((f) => f !== "out")).toEqual(["p.csv"]);
  });

  it("stops a run whose last letter was already rendering", async () => {
    const cwd = records(1);
    // The second letter is long: it is still rendering, in its worker, when Ctrl-C comes.
    const long = Array.from({ length: 300 }, (_, i) => `Paragraph ${i} of a long letter.`);
    writeFileSync(
      join(cwd, "p.jsonl"),
      `{"salutation":"Dear A,"}\n${JSON.stringify({ body: long.join("\n\n") })}\n`,
    );
    const args = [
      "render",
      LETTER,
      "--merge",
      "p.jsonl",
      "-o",
      "out",
      "--all-or-nothing",
      "-j",
      "2",
    ];
    const r = await runCli(args, {
      cwd,
      interrupt: (ctrlC) => void appears(join(cwd, "out"), "-1.pdf").then(ctrlC),
    });
    expect(r.code).toBe(130);
    expect(filesIn(join(cwd, "out"))).toEqual([]);
  });

  it("stops copying standard input, and removes the copy", async () => {
    const cwd = records(1);
    const spools = tempDir("spools");
    const before = process.env.TMPDIR;
    process.env.TMPDIR = spools;
    try {
      // Standard input that never ends: the copy waits until Ctrl-C.
      const stdin = new PassThrough();
      stdin.write('{"salutation":"Dear A,"}\n');
      const args = ["render", LETTER, "--merge", "-", "-o", "out", "-j", "1"];
      const r = await runCli(args, { cwd, stdin, interrupt: (ctrlC) => setTimeout(ctrlC, 50) });
      expect(r.code).toBe(130);
      expect(r.stderr).toContain("error: SIGINT: the merge stopped");
      expect(readdirSync(spools)).toEqual([]);
    } finally {
      if (before === undefined) delete process.env.TMPDIR;
      else process.env.TMPDIR = before;
    }
  });

  it("before any letter is rendered, writes nothing", async () => {
    const cwd = records(3);
    const r = await runCli(ARGS, { cwd, interrupt: (ctrlC) => ctrlC() });
    expect(r.code).toBe(130);
    expect(filesIn(join(cwd, "out"))).toEqual([]);
  });

  it.each([
    ["SIGINT", "1"],
    ["SIGTERM", "2"],
  ] as const)("handles a real %s sent to the process (-j %s)", async (signal, jobs) => {
    // Enough records that the run is still rendering when the signal comes, even when this
    // test's poll is starved for a while on a loaded machine: a run already finished would
    // exit 0 with its letters, which is right but not what this test is about.
    const cwd = records(400);
    const args = [...ARGS.slice(0, -1), jobs];
    const child = spawn(process.execPath, [join(ROOT, "bin/missive.js"), ...args], {
      cwd,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
    await appears(join(cwd, "out"), ".pdf");
    child.kill(signal);
    const code = await exited;
    // All in one: a failure shows the exit code, what was left and what the run said.
    expect({ code, left: filesIn(join(cwd, "out")), stderr }).toEqual({
      code: 130,
      left: [],
      stderr: expect.stringContaining(`error: ${signal}: the merge stopped`),
    });
  });

  // A letter laid out in a worker hears no signal; the main thread ends that worker at once,
  // as it has written nothing of its letter. The second record's grid of 100,000 signers
  // alone takes far longer to lay out than the bound below, even on an idle machine.
  it.each(["SIGTERM"] as const)(
    "%s ends a merge at once while a worker lays out a 100,000-signer letter",
    async (signal) => {
      const cwd = tempDir("interrupt-grid");
      const grid = Array.from({ length: 100_000 }, (_, i) => `    - { name: S${i}, title: T }`);
      writeFileSync(
        join(cwd, "p.yaml"),
        `- closing: Yours,\n- closing: Best,\n  signers:\n${grid.join("\n")}\n`,
      );
      const child = spawn(BIN, ["render", LETTER, "--merge", "p.yaml", "-o", "out", "-j", "1"], {
        cwd,
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      });
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
      });
      const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
      // The first letter is written: the second is being laid out.
      await appears(join(cwd, "out"), ".pdf");
      const sent = Date.now();
      child.kill(signal);
      expect(await exited).toBe(130);
      expect(Date.now() - sent).toBeLessThan(10_000);
      expect(stderr).toContain(`error: ${signal}: the merge stopped`);
      // The first letter is kept, for --resume; of the second nothing was written.
      const m = JSON.parse(readFileSync(join(cwd, "out", "manifest.json"), "utf8"));
      expect(m.summary).toMatchObject({ rendered: 1, pending: 1 });
      const out = filesIn(join(cwd, "out"));
      expect(out.filter((f) => /\.(pdf|txt)$/.test(f))).toHaveLength(2);
      expect(out.filter((f) => f.startsWith("."))).toEqual([]);
    },
    60_000,
  );
});

/** Resolves once a thread of process `pid` waits in a named pipe's open (Linux's /proc). */
function waitsForWriter(pid: number): Promise<void> {
  const waiting = () => {
    try {
      return readdirSync(`/proc/${pid}/task`).some(
        (t) => readFileSync(`/proc/${pid}/task/${t}/wchan`, "utf8") === "wait_for_partner",
      );
    } catch {
      return false;
    }
  };
  return new Promise((done) => {
    const poll = setInterval(() => {
      if (waiting()) {
        clearInterval(poll);
        done();
      }
    }, 20);
  });
}

// A named pipe as the records file is read once, copied; until a program writes to it, the
// merge waits, as any reader of a pipe does. Before, SIGTERM there printed "the merge stopped"
// and the process went on waiting in the pipe's open, alive until a second signal.
describe.runIf(process.platform === "linux" && existsSync("/proc/self/wchan"))(
  "a merge waiting for a named pipe's writer",
  () => {
    it("ends at SIGTERM, having written nothing", async () => {
      const cwd = tempDir("fifo");
      execFileSync("mkfifo", [join(cwd, "p.csv")]);
      const child = spawn(BIN, ["render", LETTER, "--merge", "p.csv", "-o", "out"], {
        cwd,
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      });
      let stderr = "";
      child.stderr.on("data", (c: Buffer) => {
        stderr += c.toString();
      });
      const exited = new Promise<number | null>((done) => child.on("close", (code) => done(code)));
      await waitsForWriter(child.pid as number);
      child.kill("SIGTERM");
      expect(await exited).toBe(130);
      expect(stderr).toContain("error: SIGTERM: the merge stopped");
      expect(readdirSync(cwd)).toEqual(["p.csv"]);
    }, 60_000);
  },
);

describe("a merge stopped by SIGTERM", () => {
  /** Runs bin/missive as a user would; resolves with its exit code and stderr. */
  function missive(args: string[], cwd: string, killAfter?: number) {
    const child = spawn(join(ROOT, "bin/missive"), args, {
      cwd,
      env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", SOURCE_DATE_EPOCH: "1583884800" },
    });
    let stderr = "";
    child.stderr.on("data", (c: Buffer) => {
      stderr += c.toString();
    });
    if (killAfter !== undefined) {
      // SIGTERM once that many letters are finished (both files of each there).
      const poll = setInterval(() => {
        const done = filesIn(join(cwd, "out")).filter((f) => f.endsWith(".txt")).length;
        if (done >= killAfter) {
          clearInterval(poll);
          child.kill("SIGTERM");
        }
      }, 5);
      child.on("close", () => clearInterval(poll));
    }
    return new Promise<{ code: number | null; stderr: string }>((done) =>
      child.on("close", (code) => done({ code, stderr })),
    );
  }

  /** The letters of a folder, by name, as bytes. */
  function letters(dir: string): Record<string, string> {
    return Object.fromEntries(
      filesIn(dir)
        .filter((f) => /\.(pdf|txt)$/.test(f))
        .sort()
        .map((f) => [f, readFileSync(join(dir, f), "hex")]),
    );
  }

  it("keeps the finished letters, and --resume completes them byte for byte", async () => {
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", "2"];
    const whole = records(30);
    expect((await missive(args, whole)).code).toBe(0);
    const cwd = records(30);
    const stopped = await missive(args, cwd, 4);
    expect(stopped.code).toBe(130);
    expect(stopped.stderr).toContain("error: SIGTERM: the merge stopped");
    expect(stopped.stderr).toContain("hint: run the same command with --resume");
    const m = JSON.parse(readFileSync(join(cwd, "out", "manifest.json"), "utf8"));
    expect(m.complete).toBe(false);
    expect(m.summary.rendered).toBeGreaterThanOrEqual(4);
    expect(m.summary.pending).toBe(30 - m.summary.rendered);
    // Every letter the manifest lists is there, whole; no hidden file is left behind.
    const kept = letters(join(cwd, "out"));
    expect(Object.keys(kept)).toHaveLength(2 * m.summary.rendered);
    expect(filesIn(join(cwd, "out")).filter((f) => f.startsWith("."))).toEqual([]);
    const resumed = await missive([...args, "--resume"], cwd);
    expect(resumed.code).toBe(0);
    const after = JSON.parse(readFileSync(join(cwd, "out", "manifest.json"), "utf8"));
    expect(after.complete).toBe(true);
    expect(after.summary.skipped).toBe(m.summary.rendered);
    expect(letters(join(cwd, "out"))).toEqual(letters(join(whole, "out")));
  }, 60_000);
});

import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT, SEED } from "../helpers/render.js";
import { BIN, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Every file in a folder, hidden ones too. */
const filesIn = (dir: string) => (existsSync(dir) ? readdirSync(dir) : []);

/**
 * The seed letter with a body long enough to take well over half a second from a cold start
 * (the emphasis makes the Markdown lexer read it, as plain prose would not need it).
 */
function longLetter(dir: string): string {
  const seed = readFileSync(SEED, "utf8");
  const body = Array.from({ length: 5000 }, (_, i) => `  Paragraph ${i} of a *long* letter.`);
  const file = join(dir, "long.yaml");
  writeFileSync(file, seed.replace(/^body: \|\n/m, `body: |\n${body.join("\n\n")}\n\n`));
  return file;
}

describe("Ctrl-C during a render", () => {
  it("writes nothing and exits 130", async () => {
    const out = tempDir("render-stop");
    const r = await runCli(["render", SEED, "-o", out], { interrupt: (ctrlC) => ctrlC() });
    expect(r.code).toBe(130);
    expect(r.stderr).toContain(
      "SIGINT: stopping before anything is written (again to quit at once)",
    );
    expect(r.stderr).toContain("error: SIGINT: the render stopped");
    expect(r.stderr).toContain("hint: nothing was written");
    expect(filesIn(out)).toEqual([]);
  });

  // Before, a signal queued while the files were written (synchronously) went unheard: the
  // gate was released before the event loop turned (exit 0), where docs/security.md says 130.
  it("while it writes: writes every file whole, then exits 130, saying so", async () => {
    const out = tempDir("render-stop-writing");
    const r = await runCli(["--json", "render", SEED, "-o", out, "-f", "pdf,txt"], {
      interrupt: (ctrlC) => setImmediate(ctrlC),
    });
    expect([r.code, r.stderr.split("\n").slice(0, 3)]).toEqual([
      130,
      [
        "warning: SIGINT: the output is being written (again to quit at once)",
        "error: SIGINT: the render stopped once it had written",
        "  hint: its 2 files were written whole",
      ],
    ]);
    expect(filesIn(out).sort()).toEqual(["senate-itu-2020.pdf", "senate-itu-2020.txt"]);
    const json = JSON.parse(r.stdout) as { ok: boolean; files: { path: string }[] };
    expect([json.ok, json.files.map((f) => f.path.split("/").pop())]).toEqual([
      false,
      ["senate-itu-2020.pdf", "senate-itu-2020.txt"],
    ]);
  });

  it("nor to standard output with --emit", async () => {
    const r = await runCli(["render", SEED, "--emit", "markup"], {
      interrupt: (ctrlC) => ctrlC(),
    });
    expect(r.code).toBe(130);
    expect(r.stdout).toBe("");
  });

  it.each(["SIGINT", "SIGTERM"] as const)(
    "%s from outside while it renders: the command ends within a second, nothing written",
    async (signal) => {
      const dir = tempDir("render-signal");
      const letter = longLetter(dir);
      const child = spawn(BIN, ["--debug", "render", letter, "-o", join(dir, "out")], {
        cwd: ROOT,
        env: { PATH: process.env.PATH ?? "", NO_COLOR: "1" },
      });
      let stderr = "";
      const started = new Promise<void>((ready) =>
        child.stderr.on("data", (c: Buffer) => {
          stderr += c.toString();
          if (stderr.includes("started from the startup snapshot")) ready();
        }),
      );
      const exited = new Promise<{ code: number | null; signal: string | null; at: number }>(
        (done) => child.on("close", (code, sig) => done({ code, signal: sig, at: Date.now() })),
      );
      // Well inside the long letter's synchronous layout, which hears no signal.
      await started;
      await new Promise((r) => setTimeout(r, 150));
      const sent = Date.now();
      child.kill(signal);
      const end = await exited;
      // Rendering writes nothing, so the signal ends the process as it ends any program.
      expect(end).toMatchObject({ code: null, signal });
      expect(end.at - sent).toBeLessThan(1000);
      expect(filesIn(join(dir, "out"))).toEqual([]);
    },
  );
});

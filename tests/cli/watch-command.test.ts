import { spawn } from "node:child_process";
import {
  copyFileSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it, onTestFinished } from "vitest";
import { ROOT } from "../helpers/render.js";
import { BIN, runBin } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** bin/missive watch as a process, with a way to wait for what it says on stderr. */
function startWatch(args: string[], cwd: string) {
  const child = spawn(BIN, ["watch", ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? "", NO_COLOR: "1", SOURCE_DATE_EPOCH: "1583884800" },
  });
  // A test that fails while waiting leaves no watch running.
  onTestFinished(() => {
    if (child.exitCode === null) child.kill("SIGKILL");
  });
  let stderr = "";
  const waiters: (() => void)[] = [];
  child.stderr.on("data", (d: Buffer) => {
    stderr += d.toString("utf8");
    for (const w of waiters.splice(0)) w();
  });
  const exited = new Promise<number | null>((done) => child.on("exit", (code) => done(code)));
  /** Resolves once stderr matches `re` `times` times. */
  const said = (re: RegExp, times = 1) =>
    new Promise<void>((done) => {
      const check = () => {
        if ((stderr.match(new RegExp(re, "g")) ?? []).length >= times) done();
        else waiters.push(check);
      };
      check();
    });
  return { child, said, exited, stderr: () => stderr };
}

describe("missive watch", () => {
  it("renders again on each change, keeps the last good output on an error, stops on Ctrl-C", async () => {
    const dir = tempDir("watch");
    const letter = join(dir, "letter.yaml");
    copyFileSync(join(ROOT, "data/personal-cover-letter.yaml"), letter);
    const text = () => readFileSync(join(dir, "out/letter.txt"), "utf8");
    const w = startWatch(["letter.yaml", "-o", "out/"], dir);
    await w.said(/watching \d+ files and folders; Ctrl-C to stop/);
    expect(text()).toMatch(/Dear Ms\.\sOkafor,/);

    const edit = (from: RegExp, to: string) =>
      writeFileSync(letter, readFileSync(letter, "utf8").replace(from, to));
    edit(/^salutation: .*$/m, "salutation: Dear Friends,");
    await w.said(/wrote .*letter\.txt/, 2);
    expect(text()).toContain("Dear Friends,");

    edit(/^closing: .*$/m, "closing: Yours,\nbogus: 1");
    await w.said(/the last good output stays/);
    expect(w.stderr()).toMatch(/^error: letter\.yaml:\d+:1: bogus: unknown field `bogus`$/m);
    expect(text()).toContain("Dear Friends,");

    edit(/^bogus: 1\n/m, "");
    await w.said(/wrote .*letter\.txt/, 3);
    expect(text()).toContain("Yours,");

    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
    expect(w.stderr()).toMatch(/stopped watching\n$/);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["letter.pdf", "letter.txt"]);
  });

  it("renders again when the pack's files change (an ejected pack)", async () => {
    const dir = tempDir("watch-pack");
    expect(runBin(["init", "-q", "--eject"], { cwd: dir }).code).toBe(0);
    const w = startWatch(["letter.yaml", "-f", "txt"], dir);
    await w.said(/watching \d+ files and folders/);
    const template = join(dir, "templates/business/letter.hbs");
    writeFileSync(template, `${readFileSync(template, "utf8")}\n`);
    await w.said(/wrote .*letter\.txt/, 2);
    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
  });

  // Before, the watcher's error had no listener: Node's trace, exit 1. A pack's folder from a
  // pull request may hold anything; a link out (`x -> /`) made it walk the machine too, until
  // a folder it could not read ended it the same way (watched-places.test.ts).
  it("warns of a pack file it cannot watch, a link loop, and watches the rest", async () => {
    const dir = tempDir("watch-loop");
    expect(runBin(["init", "-q", "--eject"], { cwd: dir }).code).toBe(0);
    symlinkSync("loop", join(dir, "templates/business/loop"));
    const w = startWatch(["letter.yaml", "-f", "txt"], dir);
    const ended = w.exited.then((code) => {
      throw new Error(`ended with exit ${code}: ${w.stderr()}`);
    });
    ended.catch(() => {}); // heard here too: the watch ends when the test stops it
    await Promise.race([w.said(/watching \d+ files and folders/), ended]);
    expect(w.stderr()).toMatch(
      /^warning: cannot watch a file: ELOOP: too many symbolic links encountered, stat 'templates\/business\/loop'$/m,
    );
    const template = join(dir, "templates/business/letter.hbs");
    writeFileSync(template, `${readFileSync(template, "utf8")}\n`);
    await w.said(/wrote .*letter\.txt/, 2);
    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
  });

  // review24: watch-command.ts must pass --root on to watchInputs, which refuses a data file
  // linked out of its folder without it: the watch then watched the data file alone.
  it("watches the pack of a data file linked from outside its folder when --root allows it", async () => {
    const dir = tempDir("watch-root");
    const project = join(dir, "project");
    mkdirSync(project);
    expect(runBin(["init", "-q", "--eject"], { cwd: project }).code).toBe(0);
    renameSync(join(project, "letter.yaml"), join(dir, "letter.yaml"));
    symlinkSync("../letter.yaml", join(project, "letter.yaml"));
    const w = startWatch(["letter.yaml", "-f", "txt", "--root", ".."], project);
    await w.said(/watching \d+ file/);
    expect(w.stderr()).toMatch(/watching \d+ files and folders/);
    const template = join(project, "templates/business/letter.hbs");
    writeFileSync(template, `${readFileSync(template, "utf8")}\n`);
    await w.said(/wrote .*letter\.txt/, 2);
    w.child.kill("SIGINT");
    expect(await w.exited).toBe(0);
  });

  // Before, each kept it watching for ever, saying "the last good output stays".
  it("ends at once when the flags cannot work, as no edit of a watched file mends them", async () => {
    const dir = tempDir("watch-flags");
    copyFileSync(join(ROOT, "data/personal-cover-letter.yaml"), join(dir, "letter.yaml"));
    for (const [args, code, error] of [
      [["-o", "/dev/null"], 8, "error: -o /dev/null: /dev/null is a device, not a folder"],
      [["--root", "imgs"], 2, "error: --root imgs: no such folder"],
    ] as const) {
      const w = startWatch(["letter.yaml", ...args], dir);
      expect(await w.exited).toBe(code);
      expect(w.stderr().split("\n")[0]).toBe(error);
      expect(w.stderr()).not.toContain("watching");
    }
    expect(readdirSync(dir)).toEqual(["letter.yaml"]);
  });

  // Before, a mistyped name watched for ever, saying "the last good output stays" of none.
  it("ends at once, exit 3, when the data file is not there", async () => {
    const dir = tempDir("watch-missing");
    const w = startWatch(["letter.yml"], dir);
    expect(await w.exited).toBe(3);
    expect(w.stderr().split("\n")[0]).toBe("error: letter.yml: file not found");
    expect(w.stderr()).not.toContain("watching");
  });

  it("is a usage error for standard input", () => {
    const r = runBin(["watch", "-"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("watch reads its letter from a file");
  });
});

import {
  copyFileSync,
  cpSync,
  mkdirSync,
  readFileSync,
  renameSync,
  statSync,
  utimesSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/cli/reporter.js";
import { fail } from "../../src/errors.js";
import { readText } from "../../src/load/read-text.js";
import { ROOT } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

/** Ten minutes ago: a process whose clock runs that far behind its files' (an NFS server's). */
const behind = () => Date.now() - 600_000;

function reporter(cwd: string, started?: number): { rep: Reporter; err: () => string } {
  let err = "";
  const rep = new Reporter({
    stdout: { write: () => true },
    stderr: {
      write: (s: string) => {
        err += s;
        return true;
      },
    },
    env: {},
    cwd,
    ...(started === undefined ? {} : { started }),
  });
  return { rep, err: () => err };
}

const bad = (file: string) => fail("data", "bad", { file, line: 1 });

// audit35: a code frame asked whether its file changed since the run began, comparing the
// file's ctime (the filesystem's clock) with the process's clock. Where the filesystem's
// clock runs ahead (NFS), every file edited within that lead lost its frame
// (`faketime -f -600s missive check bad.yaml`). The frame now compares the file it opens
// with the one the run read: device, inode, size, ctime and mtime, no clock.
describe("a code frame shows the file the run read, and only it", () => {
  it("shows the line of a file read just now, though the process's clock runs behind", () => {
    const dir = tempDir("frame-skew");
    writeFileSync(join(dir, "a.yaml"), "subjectt: x\n");
    const { rep, err } = reporter(dir, behind());
    readText("a.yaml", { cwd: dir, reads: rep.reads });
    rep.error(bad("a.yaml"), false);
    expect(err()).toBe("error: a.yaml:1: bad\n1 | subjectt: x\n");
  });

  it("shows no line of a file rewritten or replaced after it was read", () => {
    const dir = tempDir("frame-changed");
    const { rep, err } = reporter(dir, behind());
    writeFileSync(join(dir, "longer.yaml"), "a: 1\n");
    writeFileSync(join(dir, "renamed.yaml"), "a: 1\n");
    writeFileSync(join(dir, "touched.yaml"), "a: 1\n");
    for (const f of ["longer.yaml", "renamed.yaml", "touched.yaml"])
      readText(f, { cwd: dir, reads: rep.reads });
    writeFileSync(join(dir, "longer.yaml"), "token = hunter2\n");
    // Another file of the same size, renamed over it: another inode.
    writeFileSync(join(dir, "new.tmp"), "b: 2\n");
    renameSync(join(dir, "new.tmp"), join(dir, "renamed.yaml"));
    // Rewritten in place, the same size, its times set back to what they were: its change
    // time moves all the same, once the kernel's clock has ticked past the read's.
    const was = statSync(join(dir, "touched.yaml"));
    for (let probe = was.ctimeMs; probe <= was.ctimeMs; ) {
      writeFileSync(join(dir, "probe"), "");
      probe = statSync(join(dir, "probe")).ctimeMs;
    }
    writeFileSync(join(dir, "touched.yaml"), "b: 2\n");
    utimesSync(join(dir, "touched.yaml"), was.atime, was.mtime);
    for (const f of ["longer.yaml", "renamed.yaml", "touched.yaml"]) rep.error(bad(f), false);
    expect(err()).toBe(
      "error: longer.yaml:1: bad\nerror: renamed.yaml:1: bad\nerror: touched.yaml:1: bad\n",
    );
  });

  // A merge reads its records more than once: an error of the first read must not show a
  // line of a file put in its place before the next.
  it("shows no line of a file that was another file at another read of the run", () => {
    const dir = tempDir("frame-reread");
    const { rep, err } = reporter(dir, behind());
    writeFileSync(join(dir, "p.yaml"), "a: 1\n");
    readText("p.yaml", { cwd: dir, reads: rep.reads });
    writeFileSync(join(dir, "new.tmp"), "token = hunter2\n");
    renameSync(join(dir, "new.tmp"), join(dir, "p.yaml"));
    readText("p.yaml", { cwd: dir, reads: rep.reads });
    readText("p.yaml", { cwd: dir, reads: rep.reads });
    rep.error(bad("p.yaml"), false);
    expect(err()).toBe("error: p.yaml:1: bad\n");
    rep.runBegins(); // watch renders again: what it reads now is what it shows
    readText("p.yaml", { cwd: dir, reads: rep.reads });
    rep.error(bad("p.yaml"), false);
    expect(err()).toBe("error: p.yaml:1: bad\nerror: p.yaml:1: bad\n1 | token = hunter2\n");
  });

  // A folder on the way swapped for another holding an older file of the same name: the old
  // check asked the file's ctime, older than the run, and no folder's (outputs change them).
  it("shows no line of an older file a swapped folder brings", () => {
    const dir = tempDir("frame-folder");
    mkdirSync(join(dir, "old"));
    writeFileSync(join(dir, "old", "x.yaml"), "token = hunter2\n");
    mkdirSync(join(dir, "pack"));
    writeFileSync(join(dir, "pack", "x.yaml"), "a: 1\n");
    const { rep, err } = reporter(dir);
    readText("pack/x.yaml", { cwd: dir, reads: rep.reads });
    renameSync(join(dir, "pack"), join(dir, "gone"));
    renameSync(join(dir, "old"), join(dir, "pack"));
    rep.error(bad("pack/x.yaml"), false);
    expect(err()).toBe("error: pack/x.yaml:1: bad\n");
  });

  it("keeps the frames of check, render and merge with the process's clock behind", async () => {
    const dir = tempDir("frame-cli");
    copyFileSync(join(ROOT, "data", "personal-cover-letter.yaml"), join(dir, "letter.yaml"));
    writeFileSync(join(dir, "bad.yaml"), "template: personal\nsubjectt: x\n");
    writeFileSync(join(dir, "p.csv"), "name,date\nAda,2024-01-01\n");
    const opts = { cwd: dir, started: behind() };
    const check = await runCli(["check", "bad.yaml"], opts);
    expect(check.stderr).toContain("2 | subjectt: x\n");
    const render = await runCli(["render", "bad.yaml", "-o", "out"], opts);
    expect(render.stderr).toContain("2 | subjectt: x\n");
    const merge = await runCli(["render", "letter.yaml", "--merge", "p.csv", "-o", "m"], opts);
    expect(merge.stderr).toContain("error: p.csv:2: name:");
    expect(merge.stderr).toContain("2 | Ada,2024-01-01\n");
  });

  it("keeps the frames of a pack's templates with the process's clock behind", async () => {
    const dir = tempDir("frame-pack");
    copyFileSync(join(ROOT, "data", "personal-cover-letter.yaml"), join(dir, "letter.yaml"));
    cpSync(join(ROOT, "templates", "personal"), join(dir, "pk"), { recursive: true });
    writeFileSync(join(dir, "pk", "partials", "oops.hbs"), "{{#each}}\n");
    const opts = { cwd: dir, started: behind() };
    const check = await runCli(["check", "-t", "./pk", "letter.yaml"], opts);
    expect(check.stderr).toContain("1 | {{#each}}\n");
    writeFileSync(join(dir, "p.csv"), "subject\nHi\n");
    const argv = ["render", "-t", "./pk", "letter.yaml", "--merge", "p.csv", "-o", "m"];
    expect((await runCli(argv, opts)).stderr).toContain("1 | {{#each}}\n");
  });

  // audit36: a pack's template.yaml and schema.json were read before the run's record of
  // reads was given to the loader, so their frames fell back to the clock and were lost.
  it("keeps the frames of a pack's manifest and schema with the process's clock behind", async () => {
    const dir = tempDir("frame-manifest");
    copyFileSync(join(ROOT, "data", "personal-cover-letter.yaml"), join(dir, "letter.yaml"));
    cpSync(join(ROOT, "templates", "personal"), join(dir, "pk"), { recursive: true });
    const manifest = join(dir, "pk", "template.yaml");
    const good = readFileSync(manifest, "utf8");
    const opts = { cwd: dir, started: behind() };
    writeFileSync(manifest, good.replace("size: letter", "size: lettr"));
    const page = await runCli(["check", "-t", "./pk", "letter.yaml"], opts);
    expect(page.stderr).toContain("unknown page size lettr\n7 |   size: lettr\n");
    writeFileSync(manifest, good);
    writeFileSync(join(dir, "pk", "schema.json"), '{\n  "type": "object",\n  oops\n}\n');
    const schema = await runCli(["check", "-t", "./pk", "letter.yaml"], opts);
    expect(schema.stderr).toContain("schema is not valid JSON");
    expect(schema.stderr).toContain("3 |   oops\n");
    // A font found broken only once the letter is laid out, its pack loaded long before:
    // the error is placed at the manifest's line naming it, in a merge's main thread too.
    cpSync(join(ROOT, "templates", "personal", "schema.json"), join(dir, "pk", "schema.json"));
    writeFileSync(join(dir, "pk", "broken.ttf"), Buffer.alloc(2000, 7));
    writeFileSync(manifest, good.replace(/regular: pkg:@expo[^\n]*/, "regular: broken.ttf"));
    const font = await runCli(["render", "-t", "./pk", "letter.yaml", "-o", "out"], opts);
    expect(font.stderr).toContain("12 |     regular: broken.ttf\n");
    writeFileSync(join(dir, "p.csv"), "subject\nHi\nHo\n");
    const argv = ["render", "-t", "./pk", "letter.yaml", "--merge", "p.csv", "-o", "m"];
    expect((await runCli(argv, opts)).stderr).toContain("12 |     regular: broken.ttf\n");
  });
});

import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { ROOT } from "../helpers/render.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { hostilePack } from "../helpers/temp-pack.js";

describe("missive init", () => {
  it.each(["senate", "business", "din5008", "personal"])(
    "scaffolds a %s letter that passes check",
    async (pack) => {
      const dir = tempDir("init");
      const r = await runCli(["init", "out", "-t", pack], { cwd: dir });
      expect(r.code).toBe(0);
      const text = readFileSync(join(dir, "out", "letter.yaml"), "utf8");
      // Not inside a project that installed missive: the package's own file, on unpkg.com.
      expect(text).toMatch(
        new RegExp(
          `^# yaml-language-server: \\$schema=https://unpkg\\.com/missive-letters@[^/]+/dist/schemas/${pack}\\.json\n`,
        ),
      );
      expect(text).toContain(`template: ${pack}`);
      expect(r.stderr).toContain(
        "next: edit out/letter.yaml, then run `missive render out/letter.yaml`",
      );
      const check = await runCli(["check", "out/letter.yaml"], { cwd: dir });
      expect(check.stderr).toContain(`ok out/letter.yaml (${pack}`);
      expect(check.code).toBe(0);
    },
  );

  // Before, it said `missive render …` there too, which is not on the PATH of a project that
  // installed missive (nor of a checkout): the shell answered "command not found".
  it("says npx missive in the project that installed missive", async () => {
    const dir = tempDir("init-project");
    const r = await runCli(["init", dir], { cwd: ROOT });
    expect(r.code).toBe(0);
    const data = relative(ROOT, join(dir, "letter.yaml"));
    expect(r.stderr).toContain(`next: edit ${data}, then run \`npx missive render ${data}\``);
  });

  // Before, `missive init letter.yaml` made a folder letter.yaml holding letter.yaml, and
  // `missive render letter.yaml` then said it is a folder.
  it("takes a .yaml name that is no folder as the data file's name", async () => {
    const dir = tempDir("init-named");
    const r = await runCli(["init", "mine.yaml", "-t", "personal"], { cwd: dir });
    expect([r.code, readdirSync(dir)]).toEqual([0, ["mine.yaml"]]);
    expect(r.stderr).toContain("next: edit mine.yaml, then run `missive render mine.yaml`");
    expect((await runCli(["init", "sub/a.yml"], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, "sub"))).toEqual(["a.yml"]);
    mkdirSync(join(dir, "old.yaml"));
    expect((await runCli(["init", "old.yaml"], { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, "old.yaml"))).toEqual(["letter.yaml"]);
    const both = await runCli(["init", "x.yaml", "--name", "y.yaml"], { cwd: dir });
    expect([both.code, both.stderr]).toEqual([
      2,
      "error: init takes a folder, and x.yaml names a file while --name names another\n  hint: write missive init . --name y.yaml, or missive init x.yaml\n",
    ]);
    // The same name twice is one file, not two.
    expect((await runCli(["init", "z.yaml", "--name", "z.yaml"], { cwd: dir })).code).toBe(0);
    expect(readdirSync(dir)).toContain("z.yaml");
  });

  it("refuses a folder that is a file, or a device, before writing", async () => {
    const dir = tempDir("init-file");
    writeFileSync(join(dir, "notes"), "mine\n");
    for (const [args, message] of [
      [["init", "notes"], "error: init notes: notes is a file, not a folder"],
      [["init", "/dev/null"], "error: init /dev/null: /dev/null is a device, not a folder"],
      [["init", ".", "-n", "notes/letter.yaml"], "error: init .: notes is a file, not a folder"],
    ] as const) {
      const r = await runCli([...args], { cwd: dir });
      expect([r.code, r.stderr.split("\n")[0]]).toEqual([8, message]);
    }
    expect(readdirSync(dir)).toEqual(["notes"]);
  });

  it("refuses to eject a pack whose name is a path, writing nothing", async () => {
    const dir = hostilePack("hostile", "../../escaped", "a pack from a pull request");
    const r = await runCli(["init", "out", "-t", "hostile", "--eject"], { cwd: dir });
    expect([r.code, r.stderr.split("\n")[0]]).toEqual([
      5,
      'error: the pack\'s name "../../escaped" is not a folder name',
    ]);
    // Before, its files were written to out/templates/../../escaped, outside out/.
    expect(readdirSync(dir)).toEqual(["templates"]);
  });

  // Before, exit 70: "File size (3221225472) is greater than 2 GiB", with a stack trace; a
  // file just under 2 GiB was held whole and copied.
  it("refuses to eject a pack holding a file larger than any a letter reads, writing nothing", async () => {
    const dir = hostilePack("hostile", "hostile", "a pack from a pull request");
    const huge = join(dir, "templates", "hostile", "assets", "huge.bin");
    mkdirSync(join(dir, "templates", "hostile", "assets"));
    writeFileSync(huge, "");
    truncateSync(huge, 3 * 1024 ** 3);
    const r = await runCli(["init", "out", "-t", "hostile", "--eject"], { cwd: dir });
    expect([r.code, r.stderr.split("\n")[0]]).toEqual([
      3,
      // Shown relative to the current folder, the pack's folder (reporter.ts).
      "error: templates/hostile/assets/huge.bin: cannot read templates/hostile/assets/huge.bin: it is 3221225472 bytes; the limit is 67108864",
    ]);
    expect(readdirSync(dir)).toEqual(["templates"]);
  });

  // Before, init heard no signal: one while an ejected pack of a gigabyte was written ended
  // the process with the temporary files left in the new pack's folders for good. Now a
  // signal before the writing stops it (here, one sent as soon as init listens), and one
  // during it waits for the files to be written whole.
  it("stops at Ctrl-C before it writes, writing nothing", async () => {
    const dir = tempDir("init-stop");
    const r = await runCli(["init", dir, "-t", "business", "--eject"], {
      interrupt: (ctrlC) => ctrlC(),
    });
    expect([r.code, r.stderr.split("\n").slice(0, 3)]).toEqual([
      130,
      [
        "warning: SIGINT: stopping before anything is written (again to quit at once)",
        "error: SIGINT: init stopped",
        "  hint: nothing was written",
      ],
    ]);
    expect(readdirSync(dir)).toEqual([]);
  });

  // Before, a signal queued during the synchronous write went unheard once the gate was
  // released: every file whole, exit 0, no word of the signal.
  it("at Ctrl-C while it writes, writes every file whole and exits 130, saying so", async () => {
    const dir = tempDir("init-stop-writing");
    const r = await runCli(["init", dir, "-t", "business", "--eject"], {
      interrupt: (ctrlC) => setImmediate(ctrlC),
    });
    const lines = r.stderr.split("\n");
    expect([r.code, lines[1], lines[2]?.replace(/\d+/, "N")]).toEqual([
      130,
      "error: SIGINT: init stopped once it had written",
      "  hint: its N files were written whole",
    ]);
    expect(readFileSync(join(dir, "letter.yaml"), "utf8")).toContain("template:");
    expect(existsSync(join(dir, "templates", "business", "letter.hbs"))).toBe(true);
    expect(
      readdirSync(join(dir, "templates", "business")).filter((f) => f.includes(".tmp")),
    ).toEqual([]);
  });

  it("ejects a pack next to the letter, where the search order finds it first", async () => {
    const dir = tempDir("eject");
    const r = await runCli(["init", ".", "-t", "business", "--eject"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(existsSync(join(dir, "templates", "business", "partials", "letterhead.hbs"))).toBe(true);
    const text = readFileSync(join(dir, "letter.yaml"), "utf8");
    expect(text.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=templates/business/schema.json",
    );
    const again = await runCli(["init", ".", "-t", "business"], { cwd: dir });
    expect(again.code).toBe(8);
    expect(again.stderr).toContain("letter.yaml already exists");
  });

  it("refuses to eject through a link in the folder that leads out of it, writing nothing", async () => {
    const dir = realpathSync(tempDir("eject-link"));
    mkdirSync(join(dir, "repo", "templates"), { recursive: true });
    mkdirSync(join(dir, "home"));
    symlinkSync(join(dir, "home"), join(dir, "repo", "templates", "business"));
    const r = await runCli(["init", "repo", "--eject", "--force"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([
      8,
      `error: repo/templates/business/letter.hbs would be written outside repo: a link leads to home/letter.hbs\n  hint: remove the link, or choose another folder\n`,
    ]);
    // Before, the pack's files were written into home/, and --force overwrote what was there.
    expect(readdirSync(join(dir, "home"))).toEqual([]);
    expect(readdirSync(join(dir, "repo"))).toEqual(["templates"]);
  });
});

import { execFileSync } from "node:child_process";
import { mkdirSync, renameSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { Reporter } from "../../src/cli/reporter.js";
import { fail, type Location, MissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";

function report(stack: string, fromSnapshot = false): string {
  let err = "";
  const rep = new Reporter(
    {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
      env: {},
      cwd: "/",
      fromSnapshot,
    },
    false,
  );
  const e = new Error("boom");
  e.stack = stack;
  rep.error(e, false);
  return err;
}

it("reports a bug with its stack, and how to get file names when it came from the snapshot", () => {
  const plain = report("Error: boom\n    at layout (/x/dist/layout/layout.js:3:4)");
  expect(plain).toContain("internal error: boom");
  expect(plain).toContain("This is a bug in missive");
  expect(plain).not.toContain("MISSIVE_NO_SNAPSHOT");
  const snap = report("Error: boom\n    at layout (/x/dist/snapshot/missive.cjs:1:2)", true);
  expect(snap).toContain("Run it again with MISSIVE_NO_SNAPSHOT=1");
});

// A bug's message may quote data, and its stack starts with the message: the escaped message
// was followed by the same text raw, an ESC or a CSI that drove the terminal (audit32).
it("shows a bug's stack with its control characters escaped", () => {
  const said = report("Error: bad \x1b]0;x\x07 \u009b2J \u202e\n    at f (/x/dist/a.js:1:2)");
  expect(said).toContain(
    "Error: bad \\x1b]0;x\\x07 \\x9b2J \\u202e\n    at f (/x/dist/a.js:1:2)\n",
  );
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
  expect(said).not.toMatch(/[\u001b\u0007\u009b\u202e]/);
});

describe("the code frame of a located problem", () => {
  const dir = tempDir("frame");
  writeFileSync(join(dir, "p.csv"), "name\nAnn\n");
  // A zip's first bytes, as a workbook or any binary file starts: a NUL among them.
  writeFileSync(
    join(dir, "bin.xlsx"),
    Buffer.from("PK\u0003\u0004\u0014\u0000\u0006\u0000\n\u001c\u00ff\u00fe\n"),
  );
  const shown = (location: Location) => {
    let err = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } };
    new Reporter({ ...io, env: {}, cwd: dir }).error(fail("data", "bad", location), false);
    return err;
  };

  it("shows the line of a text file", () => {
    expect(shown({ file: "p.csv", line: 2 })).toBe("error: p.csv:2: bad\n2 | Ann\n");
  });

  // Each problem read the whole file again: 100,000 problems in a file of a megabyte, hours.
  // 40,000 problems in one file (a key on every line) once read it 40,000 times, for hours.
  it("frames the problems it shows from the file, and counts the rest", () => {
    const lines = Array.from({ length: 40_000 }, (_, i) => `k${i}: ${"x".repeat(40)}`);
    writeFileSync(join(dir, "big.yaml"), `${lines.join("\n")}\n`);
    let err = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } };
    const problems = lines.map((_, i) => ({
      message: "unknown field",
      location: { file: "big.yaml", line: i + 1, col: 1 },
    }));
    new Reporter({ ...io, env: {}, cwd: dir }).error(new MissiveError("data", problems), false);
    expect(err).toContain(`error: big.yaml:50:1: unknown field\n50 | k49: ${"x".repeat(40)}\n`);
    expect(err).toContain(
      "… 39950 more not shown (--json lists every one)\n40000 problems found\n",
    );
  });

  // The frame reads its file again by name once the error is known (audit32): a name that is
  // by then a named pipe must not hang the report, nor a device feed it without end.
  it.skipIf(process.platform === "win32")("shows no line of a named pipe or a device", () => {
    execFileSync("mkfifo", [join(dir, "pipe.yaml")]);
    expect(shown({ file: "pipe.yaml", line: 1 })).toBe("error: pipe.yaml:1: bad\n");
    expect(shown({ file: "/dev/zero", line: 1 })).toBe("error: /dev/zero:1: bad\n");
  });

  // The sixteenth pass (audit33): a file swapped for a link between missive's read and its
  // error was framed through the link, a line of a file outside every root (or of the
  // checkout's .git/config) shown. A link made before the run, inside or out, still shows.
  it.skipIf(process.platform === "win32")(
    "shows no line of a file swapped since the run began",
    () => {
      const secrets = tempDir("frame-secret");
      writeFileSync(join(secrets, "credentials"), "token = hunter2\n");
      mkdirSync(join(dir, "pack"), { recursive: true });
      writeFileSync(join(dir, "pack", "x.hbs"), "{{name}}\n");
      symlinkSync(join(secrets, "credentials"), join(dir, "old-link.hbs"));
      const rep = (out: { err: string }) =>
        new Reporter({
          stdout: { write: () => true },
          stderr: {
            write: (s: string) => {
              out.err += s;
              return true;
            },
          },
          env: {},
          cwd: dir,
        });
      const before = { err: "" };
      const early = rep(before);
      const late = { err: "" };
      const reader = rep(late);
      const until = Date.now() + 15; // the run reads for a moment (more than a clock's tick)
      while (Date.now() < until);
      // The run reads pack/x.hbs; then someone swaps it (and its folder) for links out.
      const swap = join(dir, "swap.tmp");
      symlinkSync(join(secrets, "credentials"), swap);
      renameSync(swap, join(dir, "pack", "x.hbs"));
      reader.error(fail("template", "bad", { file: "pack/x.hbs", line: 1 }), false);
      expect(late.err).toBe("error: pack/x.hbs:1: bad\n");
      symlinkSync(secrets, join(dir, "pack2"));
      reader.error(fail("template", "bad", { file: "pack2/credentials", line: 1 }), false);
      expect(late.err).not.toContain("hunter2");
      // What a run began after (watch renders again) shows: the link was there when it read.
      const later = Date.now() + 15;
      while (Date.now() < later);
      early.runBegins();
      early.error(fail("template", "bad", { file: "old-link.hbs", line: 1 }), false);
      expect(before.err).toBe("error: old-link.hbs:1: bad\n1 | token = hunter2\n");
    },
  );

  it("shows no bytes of a binary file as a line", () => {
    expect(shown({ file: "bin.xlsx", line: 2 })).toBe("error: bin.xlsx:2: bad\n");
  });

  it("names a spreadsheet's sheet, row and columns, and shows no line", () => {
    const at = { file: "p.csv", line: 2, sheet: "People" };
    expect(shown({ ...at, column: "B", path: "name" })).toBe(
      "error: p.csv, sheet People, row 2, column B: name: bad\n",
    );
    expect(shown({ ...at, column: "B, C" })).toBe(
      "error: p.csv, sheet People, row 2, columns B, C: bad\n",
    );
  });
});

it("colours when FORCE_COLOR asks, and not when it is 0 or false", () => {
  const said = (env: Record<string, string>) => {
    let err = "";
    const io = { stdout: { write: () => true }, stderr: { write: (s: string) => (err += s) } };
    new Reporter({ ...io, env, cwd: "/" }).error(fail("data", "bad"), false);
    return err;
  };
  expect(said({ FORCE_COLOR: "1" })).toBe("\x1b[31merror:\x1b[39m bad\n");
  for (const off of ["0", "false", ""]) expect(said({ FORCE_COLOR: off })).toBe("error: bad\n");
});

// A letter with thousands of unknown keys printed four lines for each, burying the first.
it("prints and annotates the first 50 problems of an error, and says how many more", () => {
  let err = "";
  const rep = new Reporter(
    {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
      env: { GITHUB_ACTIONS: "true" },
      cwd: "/",
    },
    false,
  );
  const problems = Array.from({ length: 60 }, (_, i) => ({
    message: `unknown field \`k${i}\``,
    location: { file: "letter.yaml", line: i + 1 },
  }));
  rep.error(new MissiveError("data", problems), false);
  const lines = err.split("\n");
  expect(lines.filter((l) => l.startsWith("error: "))).toHaveLength(50);
  expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(50);
  expect(err).toContain("error: letter.yaml:50: unknown field `k49`\n");
  expect(err).not.toContain("`k50`");
  expect(err).toContain("… 10 more not shown (--json lists every one)\n60 problems found\n");
});

// review41: annotations named files relative to the current folder, and GitHub reads `file=`
// relative to the checkout: a job in a subfolder annotated files the repository lacks.
it("names an annotation's file relative to the checkout, whatever folder the job runs in", () => {
  let err = "";
  const rep = new Reporter(
    {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
      env: { GITHUB_ACTIONS: "true", GITHUB_WORKSPACE: "/home/runner/work/repo/repo" },
      cwd: "/home/runner/work/repo/repo/letters",
    },
    false,
  );
  rep.error(
    new MissiveError("data", [
      { message: "bad", location: { file: "march.yaml", line: 3 } },
      { message: "worse", location: { file: "/home/runner/work/repo/repo/letters/t/x.hbs" } },
      { message: "elsewhere", location: { file: "/srv/pack/letter.hbs", line: 2 } },
    ]),
    false,
  );
  expect(err.split("\n").filter((l) => l.startsWith("::"))).toEqual([
    "::error file=letters/march.yaml,line=3::bad",
    "::error file=letters/t/x.hbs::worse",
    "::error file=/srv/pack/letter.hbs,line=2::elsewhere",
  ]);
  expect(err).toContain("error: t/x.hbs: worse\n");
});

// A pack's files were named by their absolute paths (`/home/runner/work/repo/templates/…`),
// so a CI log showed the runner's checkout folder and user name.
it("shows paths inside the current folder relative to it, in places, messages, hints and annotations", () => {
  let err = "";
  const cwd = "/home/runner/work/letters";
  const rep = new Reporter(
    {
      stdout: { write: () => true },
      stderr: { write: (s: string) => (err += s) },
      env: { GITHUB_ACTIONS: "true" },
      cwd,
    },
    false,
  );
  const problem = {
    message: `font file not found: ${cwd}/templates/acme/fonts/x.ttf`,
    location: {
      file: `${cwd}/templates/acme/template.yaml`,
      line: 5,
      col: 14,
      path: "fonts.serif",
    },
    hints: [`looked in ${cwd}/templates/acme, /opt/missive/templates/acme`],
  };
  const outside = {
    message: `image /srv${cwd}/x.png is outside the root ${cwd}`,
    location: { file: "/srv/pack/letter.hbs", line: 2 },
  };
  rep.error(new MissiveError("template", [problem, outside]), false);
  rep.warn(`${cwd}/templates/acme/letter.hbs:3:1: a word is wider than the line`);
  expect(err).toBe(
    [
      "error: templates/acme/template.yaml:5:14: fonts.serif: font file not found: templates/acme/fonts/x.ttf",
      "  hint: looked in templates/acme, /opt/missive/templates/acme",
      `error: /srv/pack/letter.hbs:2: image /srv${cwd}/x.png is outside the root ${cwd}`,
      "2 problems found",
      "::error file=templates/acme/template.yaml,line=5,col=14::fonts.serif: font file not found: templates/acme/fonts/x.ttf",
      `::error file=/srv/pack/letter.hbs,line=2::image /srv${cwd}/x.png is outside the root ${cwd}`,
      "warning: templates/acme/letter.hbs:3:1: a word is wider than the line",
      "",
    ].join("\n"),
  );
});

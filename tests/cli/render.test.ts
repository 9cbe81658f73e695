import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { FIXTURES } from "../helpers/golden.js";
import { ROOT, SEED } from "../helpers/render.js";
import { runBin, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const temp = () => tempDir("cli");

describe("missive render", () => {
  it("prints the text rendering to stdout with -f txt -o -", async () => {
    const r = await runCli(["render", SEED, "-f", "txt", "-o", "-"]);
    expect(r).toMatchObject({ code: 0, stderr: "" });
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, "senate-itu-2020", "letter.txt"), "utf8"));
  });

  it("writes <stem>.pdf and <stem>.txt into the -o folder and says so on stderr", async () => {
    const dir = temp();
    const r = await runCli(["render", SEED, "-o", dir]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    expect(readdirSync(dir).sort()).toEqual(["senate-itu-2020.pdf", "senate-itu-2020.txt"]);
    expect(readFileSync(join(dir, "senate-itu-2020.pdf")).subarray(0, 5).toString()).toBe("%PDF-");
    expect(r.stderr).toBe(
      `wrote ${dir}/senate-itu-2020.pdf (3 pages)\nwrote ${dir}/senate-itu-2020.txt\n`,
    );
  });

  it("writes a PDF to stdout byte-identical to the file, given SOURCE_DATE_EPOCH", async () => {
    const dir = temp();
    await runCli(["render", SEED, "-o", join(dir, "x.pdf")]);
    const r = await runCli(["render", SEED, "-f", "pdf", "-o", "-"]);
    expect(r.stdoutBytes.equals(readFileSync(join(dir, "x.pdf")))).toBe(true);
  });

  it("reports written files as JSON with --json", async () => {
    const dir = temp();
    const r = await runCli(["--json", "render", SEED, "-o", dir]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const json = JSON.parse(r.stdout);
    expect(json.ok).toBe(true);
    expect(json.files.map((f: { format: string; pages?: number }) => [f.format, f.pages])).toEqual([
      ["pdf", 3],
      ["txt", undefined],
    ]);
    expect(json.files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("escapes in --json the C1 and bidirectional controls a file name from data holds", async () => {
    const dir = temp();
    const letter = join(dir, "a\u009bb\u202e.yaml");
    writeFileSync(letter, readFileSync(SEED));
    const r = await runCli(["--json", "render", letter, "-o", dir, "-f", "txt"]);
    expect(r.code).toBe(0);
    expect(r.stdout).not.toMatch(/[\u0080-\u009f\u202e]/);
    expect(r.stdout).toContain('a\\u009bb\\u202e.txt"');
    expect(JSON.parse(r.stdout).files[0].path).toBe(join(dir, "a\u009bb\u202e.txt"));
  });

  it("prints a pipeline stage with --emit and writes nothing", async () => {
    const r = await runCli(["render", SEED, "--emit", "markup"], { cwd: temp() });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(readFileSync(join(FIXTURES, "senate-itu-2020", "markup.xml"), "utf8"));
    const layout = await runCli(["render", SEED, "--emit", "layout"]);
    expect(JSON.parse(layout.stdout).pages).toHaveLength(3);
  });

  // letters37: every string starting with "/" was made a relative path, the letter's text too:
  // a conformed signature "/s/ Margaret A. Whitfield" printed as "../../../s/ Margaret A. Whitfield".
  it("makes the paths of --emit relative, and leaves text starting with a slash as written", async () => {
    const dir = temp();
    writeFileSync(
      join(dir, "slash.yaml"),
      'template: personal\nsender: { name: A }\nrecipient: ["/ Nakasuk School"]\nbody: "/s/ Jo"\n',
    );
    const r = await runCli(["render", "slash.yaml", "--emit", "layout"], { cwd: dir });
    expect(r.code).toBe(0);
    const texts = JSON.parse(r.stdout).pages[0].items.map((i: { text?: string }) => i.text);
    expect(texts).toContain("/ Nakasuk School");
    expect(texts).toContain("/s/ Jo");
    expect(r.stdout).toMatch(/"font": "<npm>\/@expo-google-fonts\/source-serif-4\//);
  });

  it("takes the template from -t over the data's template: key", async () => {
    const r = await runCli(["render", SEED, "-t", "no-such-pack", "-o", temp()]);
    expect(r.code).toBe(5);
    expect(r.stderr).toMatch(/^error: template pack not found: no-such-pack\n/);
  });
});

describe("missive render, failing", () => {
  it("exits 3 for a missing data file, without a stack trace", async () => {
    const r = await runCli(["render", "nope.yaml"], { cwd: temp() });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      "error: nope.yaml: file not found\n  hint: check the path and the current folder\n",
    );
  });

  it("exits 4 for bad YAML with file:line:col, a code frame and a hint", async () => {
    const dir = temp();
    writeFileSync(join(dir, "bad.yaml"), "template: senate\ndate: 2020-03-11\ndate: 2020-03-12\n");
    const r = await runCli(["render", "bad.yaml"], { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(
      "error: bad.yaml:3:1: Map keys must be unique\n3 | date: 2020-03-12\n  | ^\n  hint: each key may appear once in a mapping; remove or rename one\n",
    );
    expect(readdirSync(dir)).toEqual(["bad.yaml"]);
  });

  it("exits 2 for bad usage", async () => {
    expect((await runCli(["render", SEED, "-f", "docx"])).code).toBe(2);
    expect((await runCli(["render", SEED, "-o", "-"])).stderr).toBe(
      "error: -o - writes one format to standard output\n  hint: add -f pdf or -f txt\n",
    );
    expect((await runCli(["render"])).code).toBe(2);
    expect((await runCli([])).code).toBe(2);
    expect((await runCli(["frobnicate"])).code).toBe(2);
  });

  it("shows help and the exit-code table with --help", async () => {
    const r = await runCli(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Exit codes:");
    expect(r.stdout).toContain("render [options] <data>");
  });

  // Before, the help named neither Excel records nor the thread limit that exit 71 also means.
  it("names every records format and every meaning of exit 71 in the help", async () => {
    const r = await runCli(["render", "--help"]);
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "mail merge: one letter per record (.csv .tsv .txt .xlsx .ods .yaml .json .jsonl, - = JSON Lines on stdin)",
    );
    expect(r.stdout.replace(/\s+/g, " ")).toContain(
      "71 the system's limits leave too little memory (ulimit -v below what WebAssembly reserves) or threads (a mail merge cannot start a worker thread)",
    );
  });

  it("prints errors as JSON on stdout with --json", async () => {
    const r = await runCli(["--json", "render", "nope.yaml"], { cwd: temp() });
    expect(r.code).toBe(3);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      files: [],
      warnings: [],
      errors: [
        {
          kind: "input",
          message: "file not found",
          file: "nope.yaml",
          hints: ["check the path and the current folder"],
        },
      ],
    });
  });

  // Before, a usage error commander finds (an unknown option, a missing argument) printed
  // nothing on stdout under --json, where a script waits for JSON; missive's own did.
  it.each([
    [["render", "--bogus", "x.yaml"], "unknown option '--bogus'"],
    [["render"], "missing required argument 'data'"],
    [["bogus"], "unknown command 'bogus'"],
  ])("prints a usage error as JSON on stdout with --json: %j", async (args, message) => {
    const r = await runCli(["--json", ...args], { cwd: temp() });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({
      ok: false,
      files: [],
      warnings: [],
      errors: [{ kind: "usage", message, hints: [] }],
    });
    expect(r.stderr).toBe(`error: ${message}\n`);
  });

  const MERGE_HINT =
    "a mail merge is render with --merge: missive render letter.yaml --merge records.csv -o out/ (missive help render; docs/merge.md)";

  // Before, commander's "(Did you mean render?)" was a second line of the message, in
  // parentheses, unlike every other suggestion, and in --json part of the message.
  it.each([
    [["rendr", "x.yaml"], "unknown command 'rendr'", "did you mean render?"],
    [
      ["render", "x.yaml", "--fromat", "pdf"],
      "unknown option '--fromat'",
      "did you mean --format?",
    ],
    [["letter.yaml"], "unknown command 'letter.yaml'", "to render it: missive render letter.yaml"],
    // Before, `help rendr` printed the main help and exited 2, naming nothing.
    [["help", "rendr"], "unknown command 'rendr'", "did you mean render?"],
    // Before, no hint: a mail merge is an option of render, not a command.
    [["merge", "people.csv"], "unknown command 'merge'", MERGE_HINT],
    [["help", "merge"], "unknown command 'merge'", MERGE_HINT],
  ])("gives commander's suggestion as a hint: %j", async (args, message, hint) => {
    const r = await runCli(args, { cwd: temp() });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`error: ${message}\n  hint: ${hint}\n`);
    const j = await runCli(["--json", ...args], { cwd: temp() });
    expect(JSON.parse(j.stdout).errors).toEqual([{ kind: "usage", message, hints: [hint] }]);
  });

  it("answers help for a command, and for a name it does not know", async () => {
    expect((await runCli(["help", "render"], { cwd: temp() })).stdout).toMatch(
      /^Usage: missive render/,
    );
    const r = await runCli(["help", "zzzzzz"], { cwd: temp() });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "error: unknown command 'zzzzzz'\n"]);
  });

  it("adds GitHub Actions annotations when GITHUB_ACTIONS=true", async () => {
    const dir = temp();
    writeFileSync(join(dir, "bad.yaml"), "template: senate\ndate: [\n");
    const r = await runCli(["render", "bad.yaml"], { cwd: dir, env: { GITHUB_ACTIONS: "true" } });
    expect(r.stderr).toMatch(/^::error file=bad\.yaml,line=\d+,col=\d+::/m);
  });

  it("escapes a file name in an annotation, so it cannot end the property or the line", async () => {
    const dir = temp();
    const name = "a,line=1:b\n::warning::x.yaml";
    writeFileSync(join(dir, name), "template: senate\ndate: [\n");
    const r = await runCli(["render", name], { cwd: dir, env: { GITHUB_ACTIONS: "true" } });
    expect(r.stderr).toMatch(
      /^::error file=a%2Cline=1%3Ab\\x0a%3A%3Awarning%3A%3Ax\.yaml,line=\d+,/m,
    );
    expect(r.stderr).not.toMatch(/^::warning/m);
  });

  // The names of what was written come from the data's file name: a pull request's
  // `l\x1b]0;…\x07.yaml` set the terminal's title, and a line feed in it started a line of
  // its own, a command to GitHub Actions. Before, "wrote" printed them as they were.
  it("escapes the control characters of the files it says it wrote, as every message does", async () => {
    const dir = temp();
    const name = "l\x1b]0;owned\x07\n::error::x.yaml";
    writeFileSync(join(dir, name), readFileSync(SEED, "utf8"));
    const r = await runCli(["render", name, "-o", "out/"], { cwd: dir });
    expect(r.code).toBe(0);
    const stem = "l\\x1b]0;owned\\x07\\x0a::error::x";
    expect(r.stderr).toBe(`wrote ${dir}/out/${stem}.pdf (3 pages)\nwrote ${dir}/out/${stem}.txt\n`);
  });

  it("leaves nothing on disk when rendering fails late (a broken signature image)", async () => {
    const dir = temp();
    writeFileSync(
      join(dir, "sig.png"),
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]),
    );
    const data = readFileSync(SEED, "utf8").replace(
      "  - name: Rob Portman\n",
      "  - name: Rob Portman\n    image: sig.png\n",
    );
    writeFileSync(join(dir, "letter.yaml"), data);
    const r = await runCli(["render", "letter.yaml", "-o", "out"], { cwd: dir });
    expect(r.code).toBe(6);
    expect(r.stderr).toMatch(
      /^error: letter\.yaml:\d+:\d+: signers\.0\.image: broken PNG image \(truncated\)/,
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });
});

it("renders the bundled example exactly as `npm start` does", () => {
  const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
  const [bin, ...args] = (pkg.scripts.start as string).split(" ");
  expect(bin).toBe("bin/missive");
  expect(args).toEqual(["render", "data/senate-itu-2020.yaml", "-o", "out/"]);
  const dir = temp();
  const r = runBin([...args.slice(0, -1), dir], { cwd: ROOT });
  expect(r.code).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(["senate-itu-2020.pdf", "senate-itu-2020.txt"]);
});

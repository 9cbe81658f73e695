import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  cpSync,
  createWriteStream,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { res } from "../helpers/resources.js";
import { runBin, runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const ROOT = resolve(import.meta.dirname, "../..");
const LETTER = join(ROOT, "data/senate-itu-2020.yaml");

function tmp(): string {
  return tempDir("merge");
}

const PEOPLE = [
  { recipient: ["Ann Lee", "1 Main St"], salutation: "Dear Ms Lee," },
  { recipient: ["Bo Chen", "2 Oak Ave"], salutation: "Dear Mr Chen," },
  { recipient: ["Cy Diaz", "3 Elm Rd"], salutation: "Dear Dr Diaz," },
];
const CSV = `recipient.0,recipient.1,salutation\n${PEOPLE.map((p) => `${p.recipient.join(",")},"${p.salutation}"`).join("\n")}\n`;
const NAME = ["--name", "{{slug recipient.[0]}}.pdf"];
/** What a text-only merge of PEOPLE with NAME writes. */
const TXT_OUT = ["ann-lee.txt", "bo-chen.txt", "cy-diaz.txt", "manifest.json"];

function manifest(dir: string, file = "manifest.json") {
  return JSON.parse(readFileSync(join(dir, file), "utf8"));
}

/** A text-only, single-job merge of p.csv into out/, with more flags. */
function txtMerge(...extra: string[]): string[] {
  return ["render", LETTER, "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1", ...extra];
}

/** A text-only, single-job merge of p.csv that re-renders only what changed. */
const SKIP_ARGS = txtMerge("--skip-unchanged", ...NAME);

describe("render --merge", () => {
  it.each([
    ["csv", CSV],
    [
      "yaml",
      PEOPLE.map(
        (p) => `- recipient: [${p.recipient.join(", ")}]\n  salutation: "${p.salutation}"\n`,
      ).join(""),
    ],
    ["json", JSON.stringify(PEOPLE)],
  ])("writes one PDF and text per record from %s", async (ext, text) => {
    const dir = tmp();
    writeFileSync(join(dir, `people.${ext}`), text);
    const r = await runCli(
      ["render", LETTER, "--merge", `people.${ext}`, "-o", "out", "-j", "1", ...NAME],
      { cwd: dir },
    );
    expect(r.stderr).toMatch(/merged 3 records: 3 rendered/);
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "ann-lee.pdf",
      "ann-lee.txt",
      "bo-chen.pdf",
      "bo-chen.txt",
      "cy-diaz.pdf",
      "cy-diaz.txt",
      "manifest.json",
    ]);
    expect(readFileSync(join(dir, "out/bo-chen.txt"), "utf8")).toMatch(
      // "Mr" is tied to the name with a no-break space (typography/tie-words.ts).
      /Bo Chen\n2 Oak Ave\n\nDear Mr\u00a0Chen,/,
    );
    const m = manifest(join(dir, "out"));
    expect(m.entries.map((e: { index: number; pages: number }) => [e.index, e.pages])).toEqual([
      [0, 3],
      [1, 3],
      [2, 3],
    ]);
    expect(m.entries[0].files[0]).toMatchObject({ path: "ann-lee.pdf", format: "pdf" });
    expect(m.entries[0].files[0].sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it("reads JSON Lines from standard input", async () => {
    const dir = tmp();
    const stdin = PEOPLE.map((p) => JSON.stringify(p)).join("\n");
    const r = await runCli(
      ["render", LETTER, "--merge", "-", "-o", "out", "-f", "txt", "-j", "1", ...NAME],
      { cwd: dir, stdin },
    );
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(TXT_OUT);
    expect(manifest(join(dir, "out")).records).toBe("<stdin>");
  });

  it("reads records from a named pipe, which can be read once only", async () => {
    const dir = tmp();
    const fifo = join(dir, "people.csv");
    execFileSync("mkfifo", [fifo]);
    // The writer opens the pipe when the merge opens it for reading; the merge reads it once.
    const writer = createWriteStream(fifo);
    writer.end(CSV);
    const r = await runCli(
      ["render", LETTER, "--merge", "people.csv", "-o", "out", "-f", "txt", "-j", "1", ...NAME],
      { cwd: dir },
    );
    expect(r.stderr).toContain("merged 3 records: 3 rendered");
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(TXT_OUT);
    expect(manifest(join(dir, "out")).records).toBe("people.csv");
  });

  it("keeps hostile names inside the output folder", async () => {
    const dir = tmp();
    // `subject` is a field the senate pack knows; its value becomes the file name.
    const stdin = [{ subject: "../../escape" }, { subject: "CON" }, { subject: "a*b<c>:d" }]
      .map((x) => JSON.stringify(x))
      .join("\n");
    const r = await runCli(
      [
        "render",
        LETTER,
        "--merge",
        "-",
        "-o",
        "out",
        "-f",
        "txt",
        "-j",
        "1",
        "--name",
        "{{subject}}.txt",
      ],
      { cwd: dir, stdin },
    );
    expect(r.code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(["out"]);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "_CON.txt",
      "__.._escape.txt",
      "a_b_c__d.txt",
      "manifest.json",
    ]);
  });

  // A pull request's data file named {{salutation}}.yaml: its name, the default --name,
  // ran as a template over each record, naming the letters from the data.
  it("names the letters by the data file's name as it is when no --name is given", async () => {
    const dir = tmp();
    copyFileSync(LETTER, join(dir, "{{salutation}}.yaml"));
    writeFileSync(join(dir, "p.csv"), "recipient.0,salutation\nAnn Lee,Hi\n");
    const args = ["render", "{{salutation}}.yaml", "--merge", "p.csv", "-o", "out", "-f", "txt"];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["manifest.json", "{{salutation}}-1.txt"]);
  });

  it("refuses two records that would write the same file, naming both, before writing", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), "recipient.0,salutation\nAnn Lee,Hi\nANN LEE,Hello\n");
    const r = await runCli(
      ["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", "1", ...NAME],
      { cwd: dir },
    );
    expect(r.code).toBe(8);
    expect(r.stderr).toContain("record 1 (p.csv:2) and record 2 (p.csv:3) would both write");
    expect(readdirSync(dir)).toEqual(["p.csv"]);
  });

  // Before, only toLowerCase of the whole name was compared: `σας` keeps its final sigma where
  // `ΣΑΣ` gives `σασ`, and `ſ`, `ı`, `µ` stayed, so two records wrote one file on macOS or Windows.
  it("refuses two records whose names one case-blind file system holds as one", async () => {
    const dir = tmp();
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", "1", "-f", "txt"];
    for (const [a, b] of [
      ["ΣΑΣ", "σας"],
      ["ſmith", "smith"],
      ["ıvy", "ivy"],
      ["µ", "μ"],
    ]) {
      writeFileSync(join(dir, "p.csv"), `recipient.0,salutation\n${a},Hi\n${b},Hi\n`);
      const r = await runCli([...args, "--name", "{{recipient.[0]}}"], { cwd: dir });
      expect([a, r.code, r.stderr.split("\n")[0]]).toEqual([
        a,
        8,
        `error: p.csv:3: record 1 (p.csv:2) and record 2 (p.csv:3) would both write out/${b}.txt`,
      ]);
    }
    expect(readdirSync(dir)).toEqual(["p.csv"]);
  });

  // A record's value may name sub-folders: one record's file was another's folder, or a file
  // in the output folder was. The second letter failed to be written after the first.
  it("refuses a record's file that is another's folder, or a folder that is a file, before writing", async () => {
    const dir = tmp();
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", "1", "-f", "txt"];
    const name = ["--name", "{{dept}}{{#if sub}}/{{sub}}{{/if}}"];
    writeFileSync(join(dir, "p.csv"), "recipient.0,dept,sub\nAnn Lee,x.txt,\nBo Chen,X.txt,b\n");
    const r = await runCli([...args, ...name], { cwd: dir });
    expect([r.code, r.stderr.split("\n")[0]]).toEqual([
      8,
      "error: p.csv:3: record 1 (p.csv:2) would write the file out/x.txt, and record 2 (p.csv:3) a file in a folder of that name",
    ]);
    writeFileSync(join(dir, "p.csv"), "recipient.0,dept,sub\nBo Chen,x.txt,b\nAnn Lee,x.txt,\n");
    const back = await runCli([...args, ...name], { cwd: dir });
    expect([back.code, back.stderr.split("\n")[0]]).toEqual([
      8,
      "error: p.csv:3: record 2 (p.csv:3) would write the file out/x.txt, and record 1 (p.csv:2) a file in a folder of that name",
    ]);
    expect(readdirSync(dir)).toEqual(["p.csv"]);
    mkdirSync(join(dir, "out"));
    writeFileSync(join(dir, "out", "x"), "notes");
    writeFileSync(join(dir, "p.csv"), "recipient.0,dept,sub\nAnn Lee,a,a\nBo Chen,x,b\n");
    const file = await runCli([...args, ...name], { cwd: dir });
    expect([file.code, file.stderr.split("\n")[0]]).toEqual([
      8,
      "error: p.csv:3: out/x is a file, and record 2 (p.csv:3) would write out/x/b.txt in a folder of that name",
    ]);
    expect(readdirSync(join(dir, "out"))).toEqual(["x"]);
  });

  // Before, the letters were written where the link led: a record's value chose the folder.
  it("refuses a record's sub-folder that a link in the output folder leads outside", async () => {
    const dir = tmp();
    mkdirSync(join(dir, "out"));
    mkdirSync(join(dir, "elsewhere"));
    symlinkSync("../elsewhere", join(dir, "out", "x"));
    writeFileSync(join(dir, "p.csv"), "recipient.0,salutation,dept\nAnn Lee,Hi,a\nBo Chen,Hi,x\n");
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", "1", "-f", "txt"];
    const r = await runCli([...args, "--name", "{{dept}}/{{slug recipient.[0]}}"], { cwd: dir });
    expect(r.code).toBe(8);
    expect(r.stderr).toContain(
      "error: p.csv:3: out/x/bo-chen.txt would be written outside out: a link leads to elsewhere/bo-chen.txt",
    );
    expect(readdirSync(join(dir, "elsewhere"))).toEqual([]);
    expect(readdirSync(join(dir, "out"))).toEqual(["x"]);
  });

  it("names the earlier record by its line when records far apart collide, or the manifest", async () => {
    const dir = tmp();
    // Record 2 spans two lines, so record 3 starts on line 5, not 4.
    writeFileSync(
      join(dir, "p.csv"),
      'recipient.0,salutation\nAnn Lee,Hi\nBo Chen,"Hi,\nBo"\nCy Diaz,Hi\nann lee,Hey\ncy diaz,Yo\n',
    );
    const far = await runCli(
      ["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", "1", ...NAME],
      { cwd: dir },
    );
    expect(far.code).toBe(8);
    expect(far.stderr).toContain("record 1 (p.csv:2) and record 4 (p.csv:6) would both write");
    writeFileSync(
      join(dir, "p.csv"),
      'recipient.0,salutation\nAnn Lee,Hi\nBo Chen,"Hi,\nBo"\nCy Diaz,Hi\ncy diaz,Yo\n',
    );
    const after = await runCli(
      ["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", "1", ...NAME],
      { cwd: dir },
    );
    expect(after.stderr).toContain("record 3 (p.csv:5) and record 4 (p.csv:6) would both write");
    writeFileSync(join(dir, "q.csv"), "recipient.0,salutation\nlist,Hi\n");
    const reserved = await runCli(
      [
        "render",
        LETTER,
        "--merge",
        "q.csv",
        "-o",
        "out",
        "--manifest",
        "out/list.txt",
        "--name",
        "{{recipient.[0]}}",
      ],
      { cwd: dir },
    );
    expect(reserved.code).toBe(8);
    expect(reserved.stderr).toContain("the manifest and record 1 (q.csv:2) would both write");
    expect(readdirSync(dir).sort()).toEqual(["p.csv", "q.csv"]);
  });

  it("takes the letters back when the manifest cannot be kept or written", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), "recipient.0,salutation\nAnn Lee,Hi\nBo Chen,Hi\n");
    // A name the file system takes but the entries' spool beside it (the name and a suffix)
    // is too long for, for every user, root included: no entry can be kept.
    const long = `${"m".repeat(240)}.json`;
    const kept = await runCli(txtMerge("--manifest", `out/${long}`), { cwd: dir });
    expect(kept.code).toBe(8);
    expect(kept.stderr).toMatch(
      /^error: cannot write .*out\/m{240}\.json: the name is too long \(ENAMETOOLONG\)\n.*\n {2}hint: while the merge runs, the manifest's entries are kept beside it in \.m+\.json\.[0-9a-f]{12}-\d+\.[0-9a-f]{8}\.entries\.tmp$/m,
    );
    expect(kept.stderr).not.toContain("--keep-going");
    expect(kept.stderr).not.toMatch(/\n\s+at /);
    // The output folder too: the run made it.
    expect(existsSync(join(dir, "out"))).toBe(false);
    // The manifest's name is taken by a folder: entries are kept, the last rename fails.
    mkdirSync(join(dir, "out", "m.json"), { recursive: true });
    const written = await runCli(txtMerge("--manifest", "out/m.json"), { cwd: dir });
    expect(written.code).toBe(8);
    expect(written.stderr).toContain("cannot write");
    expect(readdirSync(join(dir, "out"))).toEqual(["m.json"]);
  });

  it("--keep-going skips a bad record, writes the rest, records the error and exits 9", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "p.csv"),
      "recipient.0,date\nAnn Lee,2020-03-11\nBo Chen,2020-02-31\nCy Diaz,2020-03-12\n",
    );
    const r = await runCli(txtMerge("--keep-going", ...NAME), { cwd: dir });
    expect(r.code).toBe(9);
    expect(r.stderr).toContain("record 2 (p.csv:3): skipped:");
    expect(r.stderr).toContain("2020-02-31 is not a real date");
    const m = manifest(join(dir, "out"));
    expect(m.complete).toBe(true);
    expect(m.summary).toEqual({ records: 3, rendered: 2, skipped: 0, failed: 1, pending: 0 });
    expect(m.entries[1]).toMatchObject({
      index: 1,
      line: 3,
      status: "failed",
      files: [],
      error: { kind: "data" },
    });
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "ann-lee.txt",
      "cy-diaz.txt",
      "manifest.json",
    ]);
  });

  // merge41: a JSON or YAML record all of whose fields are null rendered the base letter as
  // it is without a word (a CSV row of empty cells is skipped); now its letter is warned about,
  // on stderr and in the manifest.
  it.each([
    ["p.jsonl", '{"recipient":["Ann Lee"]}\n{"recipient":null,"salutation":null}\n{}\n'],
    ["p.yaml", "- recipient: [Ann Lee]\n- { recipient: null, salutation: null }\n- {}\n"],
  ])("warns of a %s record that sets nothing, and keeps it", async (file, text) => {
    const dir = tmp();
    writeFileSync(join(dir, file), text);
    const args = txtMerge().map((a) => (a === "p.csv" ? file : a));
    const r = await runCli(args, { cwd: dir });
    const said =
      "every field is null (or it has none), so it sets nothing: its letter is the base letter as it is; give it values, or delete it if it is not to get a letter";
    expect([r.code, r.stderr]).toEqual([
      0,
      [
        `warning: record 2 (${file}:2): ${said}`,
        "warning: 1 more warnings are listed in the manifest (1 of them the same as one above, for another record)",
        "done merged 3 records: 3 rendered → out",
        "",
      ].join("\n"),
    ]);
    const m = manifest(join(dir, "out"));
    expect(m.entries.map((e: { warnings: unknown[] }) => e.warnings)).toEqual([
      [],
      [{ message: said }],
      [{ message: said }],
    ]);
  });

  it("tells a problem in the base letter's own text as the letter's, not the record's it was met at", async () => {
    const dir = tmp();
    const long =
      "Muster Haustechnik GmbH und Partner · Lindenallee 12 · Hinterhaus Aufgang C · 50667 Köln am Rhein";
    const letter = readFileSync(join(ROOT, "data/din5008-angebot-2024.yaml"), "utf8");
    writeFileSync(
      join(dir, "l.yaml"),
      letter.replace(
        "  name: Muster Haustechnik GmbH\n",
        `  name: Muster Haustechnik GmbH\n  returnLine: "${long}"\n`,
      ),
    );
    writeFileSync(
      join(dir, "p.csv"),
      "recipient.0,recipient.1\nAnn Lee,1 Main St\nBo Chen,2 Oak Ave\n",
    );
    const merge = (...extra: string[]) =>
      runCli(["render", "l.yaml", "--merge", "p.csv", "-o", "out", "-j", "1", ...extra], {
        cwd: dir,
      });
    const r = await merge();
    expect(r.code).toBe(7);
    expect(r.stderr).toMatch(/^error: l\.yaml:7:16: sender\.returnLine: content placed at /);
    expect(r.stderr).toContain(
      "  hint: no record sets sender.returnLine or puts a value in it: the text is the base letter's, the same in every record; met at record 1 (p.csv:2), so the other records would most likely fail alike\n  hint: nothing was written\n",
    );
    expect(r.stderr).not.toContain("--keep-going");
    expect(existsSync(join(dir, "out"))).toBe(false);
    // --keep-going tells the problem in full once, then names the records it failed alike.
    const kept = await merge("--keep-going");
    expect(kept.code).toBe(7);
    expect(kept.stderr).toContain(
      "warning: record 2 (p.csv:3): skipped: the same problem as record 1 (p.csv:2)\n",
    );
    expect(kept.stderr.match(/is wider than the box/g)).toHaveLength(1);
    // A text that puts a record's value in it is the record's: so is its problem.
    writeFileSync(
      join(dir, "l.yaml"),
      letter.replace(
        "  name: Muster Haustechnik GmbH\n",
        '  name: Muster Haustechnik GmbH\n  returnLine: "{{ret}}"\n',
      ),
    );
    writeFileSync(join(dir, "p.csv"), `recipient.0,ret\nAnn Lee,"${long}"\n`);
    const own = await merge();
    expect(own.code).toBe(7);
    expect(own.stderr).toContain("sender.returnLine: record 1 (p.csv:2): content placed at ");
    expect(own.stderr).toContain(
      "hint: nothing was written; --keep-going renders the other records\n",
    );
  });

  // A record's `paper: a5` put the business pack's letterhead, placed for Letter, past the
  // page's left edge: the merge told it as the base letter's company name, which every record
  // would fail alike, though the records on Letter rendered.
  it("tells a problem as the record's when records set a setting of the letter (paper)", async () => {
    const dir = tmp();
    cpSync(join(ROOT, "data/logos"), join(dir, "logos"), { recursive: true });
    cpSync(join(ROOT, "data/business-northwind-2024.yaml"), join(dir, "l.yaml"));
    writeFileSync(join(dir, "p.csv"), "paper,recipient.0\na5,Ann Lee\nletter,Bo Chen\n");
    const r = await runCli(["render", "l.yaml", "--merge", "p.csv", "-o", "out", "-j", "1"], {
      cwd: dir,
    });
    expect(r.code).toBe(7);
    expect(r.stderr).toContain("sender.company: record 1 (p.csv:2): content placed at ");
    expect(r.stderr).toContain(
      "hint: nothing was written; --keep-going renders the other records\n",
    );
    expect(r.stderr).not.toContain("no record sets");
  });

  // A pack may size a box by any field: here the return line's by the notice a record sets.
  // The second record failed on the base letter's return line, told as the letter's that
  // every record would fail alike, beside the first record's letter it had kept.
  it("tells a problem as the record's when a record before it rendered the same text", async () => {
    const dir = tmp();
    const pack = join(dir, "templates", "cond");
    mkdirSync(join(pack, "partials"), { recursive: true });
    writeFileSync(join(pack, "template.yaml"), "name: cond\nextends: din5008\n");
    const field = readFileSync(join(ROOT, "templates/din5008/partials/address-field.hbs"), "utf8");
    writeFileSync(
      join(pack, "partials", "address-field.hbs"),
      field.replace(
        'y="{{lookup @pack.returnAddress form}}" width="80mm"',
        'y="{{lookup @pack.returnAddress form}}" width="{{#if notice}}80mm{{else}}110mm{{/if}}"',
      ),
    );
    const letter = readFileSync(join(ROOT, "data/din5008-angebot-2024.yaml"), "utf8");
    const long =
      "Muster Haustechnik GmbH und Partner · Lindenallee 12 · Hinterhaus Aufgang C · 50667 Köln";
    writeFileSync(
      join(dir, "l.yaml"),
      letter
        .replace("template: din5008\n", "template: cond\n")
        .replace(
          "  name: Muster Haustechnik GmbH\n",
          `  name: Muster Haustechnik GmbH\n  returnLine: "${long}"\n`,
        ),
    );
    writeFileSync(join(dir, "p.csv"), "notice,recipient.0\n,Ann Lee\nEinschreiben,Bo Chen\n");
    const r = await runCli(["render", "l.yaml", "--merge", "p.csv", "-o", "out", "-j", "1"], {
      cwd: dir,
    });
    expect(r.code).toBe(7);
    expect(r.stderr).toContain("sender.returnLine: record 2 (p.csv:3): content placed at ");
    expect(r.stderr).toContain("hint: the 1 letter finished before the run stopped is kept");
    expect(r.stderr).toContain("hint: --keep-going renders the other records\n");
    expect(r.stderr).not.toContain("no record sets");
  });

  it("tells each record's own text when a personalised text fails alike at one place", async () => {
    const dir = tmp();
    const letter = readFileSync(join(ROOT, "data/din5008-angebot-2024.yaml"), "utf8");
    writeFileSync(
      join(dir, "l.yaml"),
      letter.replace(
        "  name: Muster Haustechnik GmbH\n",
        '  name: Muster Haustechnik GmbH\n  returnLine: "{{ret}}"\n',
      ),
    );
    const first =
      "Muster Haustechnik GmbH und Partner · Lindenallee 12 · Hinterhaus Aufgang C · 50667 Köln";
    const second =
      "Muster Haustechnik GmbH Niederlassung Bonn · Uferstraße 7 · Hinterhaus · 53111 Bonn";
    writeFileSync(join(dir, "p.csv"), `recipient.0,ret\nAnn Lee,"${first}"\nBo Chen,"${second}"\n`);
    const r = await runCli(
      ["render", "l.yaml", "--merge", "p.csv", "-o", "out", "-j", "1", "--keep-going"],
      { cwd: dir },
    );
    expect(r.code).toBe(7);
    // Both fail at the template's line with one message; each record's text is its own.
    expect(r.stderr).toContain(`hint: "${first}" is wider than the box`);
    expect(r.stderr).toContain(`hint: "${second}" is wider than the box`);
    expect(r.stderr).not.toContain("the same problem as");
  });

  // A pull request's output folder may hold a link out and a manifest naming a file through
  // it: the warning told whether that file existed on the machine.
  it("looks for an earlier run's letters only inside the output folder, after links", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    expect((await runCli(txtMerge(...NAME), { cwd: dir })).code).toBe(0);
    mkdirSync(join(dir, "home"));
    writeFileSync(join(dir, "home", "id_rsa"), "secret");
    symlinkSync(join(dir, "home"), join(dir, "out", "home"));
    const path = join(dir, "out", "manifest.json");
    const m = JSON.parse(readFileSync(path, "utf8"));
    m.entries[0].files.push({ path: "home/id_rsa", format: "txt", bytes: 6, sha256: "x" });
    writeFileSync(path, JSON.stringify(m, null, 2));
    const r = await runCli(txtMerge(...NAME), { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, "done merged 3 records: 3 rendered → out\n"]);
  });

  it("names the letters of an earlier run that no record makes now, and leaves them", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    expect((await runCli(txtMerge(...NAME), { cwd: dir })).code).toBe(0);
    // Bo Chen is gone from the records, and Cy Diaz is now Cy Diaz-Ruiz.
    const lines = CSV.split("\n");
    writeFileSync(
      join(dir, "p.csv"),
      [lines[0], lines[1], lines[3]?.replace("Cy Diaz", "Cy Diaz-Ruiz"), ""].join("\n"),
    );
    const r = await runCli(txtMerge(...NAME), { cwd: dir });
    expect([r.code, r.stderr]).toEqual([
      0,
      "warning: out/bo-chen.txt, out/cy-diaz.txt: left by an earlier run, and no letter of this run replaced them (no record makes them now, or their records failed); delete them, or they will be taken for this run's letters\n" +
        "done merged 2 records: 2 rendered → out\n",
    ]);
    expect(readdirSync(join(dir, "out")).sort()).toEqual([
      "ann-lee.txt",
      "bo-chen.txt",
      "cy-diaz-ruiz.txt",
      "cy-diaz.txt",
      "manifest.json",
    ]);
    // A file the user deleted, or one outside the output folder, is not named.
    rmSync(join(dir, "out/bo-chen.txt"));
    writeFileSync(join(dir, "p.csv"), CSV);
    const again = await runCli(txtMerge(...NAME), { cwd: dir });
    expect(again.stderr).toBe(
      "warning: out/cy-diaz-ruiz.txt: left by an earlier run, and no letter of this run replaced it (no record makes it now, or its record failed); delete it, or it will be taken for this run's letters\n" +
        "done merged 3 records: 3 rendered → out\n",
    );
    // A record that fails now (--keep-going) leaves its earlier letter, which would pass for new.
    writeFileSync(join(dir, "p.csv"), CSV.replace("Bo Chen,2 Oak Ave", "Bo Chen,2 Oak Ave\u0000"));
    const failed = await runCli(txtMerge("--keep-going", ...NAME), { cwd: dir });
    expect(failed.code).toBe(9);
    expect(failed.stderr).toContain(
      "warning: out/bo-chen.txt: left by an earlier run, and no letter of this run replaced it (no record makes it now, or its record failed)",
    );
  });

  it("--keep-going reports the first 20 failed records one by one, the manifest every one", async () => {
    const dir = tmp();
    const rows = Array.from(
      { length: 24 },
      (_, i) => `P${i},${i === 5 ? "2020-03-11" : "2020-02-31"}`,
    );
    writeFileSync(join(dir, "p.csv"), `recipient.0,date\n${rows.join("\n")}\n`);
    const r = await runCli(txtMerge("--keep-going", "-j", "1"), {
      cwd: dir,
      env: { GITHUB_ACTIONS: "true" },
    });
    expect(r.code).toBe(9);
    const skipped = r.stderr.split("\n").filter((l) => l.includes(": skipped: "));
    expect(skipped).toHaveLength(20);
    expect(skipped[19]).toMatch(/^warning: record 21 \(p\.csv:22\): skipped: /);
    expect(r.stderr.split("\n").filter((l) => l.startsWith("::error"))).toHaveLength(20);
    expect(r.stderr).toContain("warning: 3 more failed records are listed in the manifest\n");
    expect(manifest(join(dir, "out")).summary).toMatchObject({ rendered: 1, failed: 23 });
  });

  it("--keep-going keeps every problem of a failed record, each at its place", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "p.csv"),
      "recipient.0,signers.0.name,signers.0.signature,signers.1.name,signers.1.signature\n" +
        "Ann Lee,A,a.png,B,b.png\nBo Chen,A,,B,\n",
    );
    const r = await runCli(txtMerge("--keep-going", ...NAME), {
      cwd: dir,
      env: { GITHUB_ACTIONS: "true" },
    });
    expect(r.code).toBe(9);
    const hint = "  hint: known fields here: conformed, image, lang, name, title, titles\n";
    expect(r.stderr).toContain(
      "warning: record 1 (p.csv:2): skipped (problem 1 of 2): p.csv:2: signers.0.signature: unknown field `signature`\n" +
        hint +
        "::error file=p.csv,line=2::record 1 (p.csv:2): p.csv:2: signers.0.signature: unknown field `signature`\n" +
        "warning: record 1 (p.csv:2): skipped (problem 2 of 2): p.csv:2: signers.1.signature: unknown field `signature`\n" +
        hint +
        "::error file=p.csv,line=2::record 1 (p.csv:2): p.csv:2: signers.1.signature: unknown field `signature`\n",
    );
    const problem = (n: number) => ({
      message: "unknown field `signature`",
      location: `p.csv:2: signers.${n}.signature`,
      hints: ["known fields here: conformed, image, lang, name, title, titles"],
    });
    // message and location as before (every message, the first place), and each problem.
    expect(manifest(join(dir, "out")).entries[0].error).toEqual({
      kind: "data",
      message: "unknown field `signature`; unknown field `signature`",
      location: "p.csv:2: signers.0.signature",
      problems: [problem(0), problem(1)],
    });
  });

  it("says what is wrong with a record's value --name cannot take, with the helper's hint", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), "recipient.0,xs\nAnn Lee,abc\n");
    const each = await runCli(txtMerge("--name", "{{#each xs}}{{this}}{{/each}}"), { cwd: dir });
    expect(each.code).toBe(4);
    expect(each.stderr).toBe(
      [
        'error: p.csv:2: --name for record 1: each: xs is "abc", not a list or a mapping',
        "2 | Ann Lee,abc",
        "  hint: e.g. {{#each items}}{{this}}{{/each}}",
        "  hint: change the record's value, or --name",
        "",
      ].join("\n"),
    );
    // A field that is not set keeps the hints about fields, and is named (letters29: "a field
    // it uses", in a pattern over a CRM export's many columns).
    const unset = await runCli(txtMerge("--name", "{{slug nope}}", "--allow-unused"), {
      cwd: dir,
    });
    expect(unset.code).toBe(4);
    expect(unset.stderr).toContain(
      [
        "error: p.csv:2: --name for record 1: slug: nope is not set in the record",
        "2 | Ann Lee,abc",
        "  hint: set that field in every record (or in the base letter), or change --name",
        "  hint: write a list item as recipient.[0]",
      ].join("\n"),
    );
    expect(existsSync(join(dir, "out"))).toBe(false);
  });

  it("--all-or-nothing stops at the failure and leaves nothing behind", async () => {
    const dir = tmp();
    writeFileSync(
      join(dir, "p.csv"),
      "recipient.0,date\nAnn Lee,2020-03-11\nBo Chen,2020-02-31\nCy Diaz,2020-03-12\n",
    );
    const r = await runCli(txtMerge("--all-or-nothing", ...NAME), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/error: .*record 2 \(p\.csv:3\): 2020-02-31 is not a real date/);
    // The output folder too: the run made it.
    expect(existsSync(join(dir, "out"))).toBe(false);
    // Files are found again from the entries, whose paths are relative to the manifest.
    const away = await runCli([...txtMerge("--all-or-nothing"), "--manifest", "m/list.json"], {
      cwd: dir,
    });
    expect(away.code).toBe(4);
    // The output folder too: the run made it.
    expect(existsSync(join(dir, "out"))).toBe(false);
    // The folder the manifest's spool made is gone too.
    expect(readdirSync(dir).sort()).toEqual(["p.csv"]);
    // So are the sub-folders --name made for the letters taken back, but not a folder that
    // was there before the run, though the run wrote into it and it is empty again.
    mkdirSync(join(dir, "out", "ann-lee"), { recursive: true });
    const nested = await runCli(
      txtMerge("--all-or-nothing", "--name", "{{slug recipient.[0]}}/letter"),
      { cwd: dir },
    );
    expect(nested.code).toBe(4);
    expect(readdirSync(join(dir, "out"))).toEqual(["ann-lee"]);
    expect(readdirSync(join(dir, "out", "ann-lee"))).toEqual([]);
    // An output folder several levels deep that the run made goes up to where it began.
    const deep = await runCli(
      [
        ...["render", LETTER, "--merge", "p.csv", "-o", "new/deep/out"],
        "-f",
        "txt",
        "-j",
        "1",
        "--all-or-nothing",
      ],
      { cwd: dir },
    );
    expect(deep.code).toBe(4);
    expect(readdirSync(dir).sort()).toEqual(["out", "p.csv"]);
  });

  it("stops at a failing record keeping the letters before it; --resume renders the rest", async () => {
    const dir = tmp();
    const csv = (date: string) =>
      `recipient.0,date\nAnn Lee,2020-03-11\nBo Chen,${date}\nCy Diaz,2020-03-12\n`;
    writeFileSync(join(dir, "p.csv"), csv("2020-02-31"));
    const r = await runCli(txtMerge(...NAME), { cwd: dir });
    expect(r.code).toBe(4);
    expect(r.stderr).toContain(
      "hint: the 1 letter finished before the run stopped is kept; out/manifest.json lists it and says the run is incomplete",
    );
    expect(r.stderr).toContain("hint: run the same command with --resume to render only the rest");
    expect(readdirSync(join(dir, "out")).sort()).toEqual(["ann-lee.txt", "manifest.json"]);
    const stopped = manifest(join(dir, "out"));
    expect(stopped.complete).toBe(false);
    expect(stopped.summary).toEqual({ records: 3, rendered: 1, skipped: 0, failed: 1, pending: 1 });
    const first = readFileSync(join(dir, "out", "ann-lee.txt"), "utf8");
    // --json says what was kept: before, "files": [] and no word of the manifest.
    const json = await runCli(["--json", ...txtMerge(...NAME), "-o", "json-out"], { cwd: dir });
    expect(JSON.parse(json.stdout)).toMatchObject({
      ok: false,
      incomplete: true,
      summary: { records: 3, rendered: 1, skipped: 0, failed: 1, pending: 1 },
      manifest: join(dir, "json-out", "manifest.json"),
      errors: [{ kind: "data", line: 3 }],
    });
    // Fixed, the rerun renders only the two records the stopped run did not finish.
    writeFileSync(join(dir, "p.csv"), csv("2020-03-13"));
    const resumed = await runCli(txtMerge("--resume", ...NAME), { cwd: dir });
    expect(resumed.code).toBe(0);
    const m = manifest(join(dir, "out"));
    expect(m.complete).toBe(true);
    expect(m.entries.map((e: { status: string }) => e.status)).toEqual([
      "skipped",
      "rendered",
      "rendered",
    ]);
    expect(readdirSync(join(dir, "out")).sort()).toEqual(TXT_OUT);
    expect(readFileSync(join(dir, "out", "ann-lee.txt"), "utf8")).toBe(first);
  });

  it.each(["1", "2"])(
    "run again into an earlier run's folder and failing, leaves that folder as it was (-j %s)",
    async (jobs) => {
      const dir = tmp();
      const csv = (bad: string) =>
        `recipient.0,date\nAnn Lee,2020-03-11\nBo Chen,${bad}\nCy Diaz,2020-03-12\n`;
      const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", jobs, ...NAME];
      writeFileSync(join(dir, "p.csv"), csv("2020-03-13"));
      expect((await runCli(args, { cwd: dir })).code).toBe(0);
      const out = join(dir, "out");
      const snapshot = () =>
        Object.fromEntries(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "hex")]));
      const before = snapshot();
      // Other letters now (a different salutation), and one bad record among them.
      writeFileSync(join(dir, "p.csv"), csv("2020-02-31").replaceAll("2020-03-1", "2021-03-1"));
      const failed = await runCli([...args, "--creation-date", "2021-01-01", "--all-or-nothing"], {
        cwd: dir,
      });
      expect(failed.code).toBe(4);
      expect(failed.stderr).toContain("hint: nothing was written");
      expect(snapshot()).toEqual(before);
      // A run that finishes replaces them and keeps nothing of them beside its own.
      writeFileSync(join(dir, "p.csv"), csv("2021-03-14"));
      expect((await runCli(args, { cwd: dir })).code).toBe(0);
      expect(readdirSync(out).sort()).toEqual(Object.keys(before).sort());
      expect(readFileSync(join(out, "bo-chen.txt"), "utf8")).toMatch(/March\s14,\s2021/);
    },
  );

  it("puts back and forgets the right files in a folder whose name holds a backslash", async () => {
    const dir = tmp();
    const csv = (date: string) => `recipient.0,date\nAnn Lee,2020-03-11\nBo Chen,${date}\n`;
    // The manifest elsewhere, so its paths to the letters hold the folder's name.
    const args = [
      ...["render", LETTER, "--merge", "p.csv", "-o", "o\\ut", "--manifest", "m.json"],
      ...["-f", "txt", "-j", "1"],
    ];
    writeFileSync(join(dir, "p.csv"), csv("2020-03-12"));
    expect((await runCli([...args, ...NAME], { cwd: dir })).code).toBe(0);
    const out = join(dir, "o\\ut");
    const before = readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")]);
    writeFileSync(join(dir, "p.csv"), csv("2020-02-31").replace("2020-03-11", "2021-03-11"));
    const failed = await runCli([...args, ...NAME, "--all-or-nothing"], { cwd: dir });
    expect(failed.code).toBe(4);
    expect(failed.stderr).not.toContain("could not remove");
    expect(readdirSync(out).map((f) => [f, readFileSync(join(out, f), "utf8")])).toEqual(before);
    expect(existsSync(join(dir, "o"))).toBe(false);
    writeFileSync(join(dir, "p.csv"), csv("2020-03-13"));
    expect((await runCli([...args, ...NAME], { cwd: dir })).code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(before.map(([f]) => f).sort());
    expect(manifest(dir, "m.json").entries[0].files[0].path).toBe("o\\ut/ann-lee.txt");
  });

  it("--shard slices together cover every record exactly once", async () => {
    const dir = tmp();
    const rows = Array.from({ length: 12 }, (_, i) => `Person ${i},Hi`).join("\n");
    writeFileSync(join(dir, "p.csv"), `recipient.0,salutation\n${rows}\n`);
    const seen: number[] = [];
    for (const s of ["1/3", "2/3", "3/3"]) {
      // The name takes a field of the base letter and every record's number.
      const r = await runCli(
        txtMerge("--shard", s, "--name", "{{slug letterhead.org}}-{{pad @number}}"),
        {
          cwd: dir,
        },
      );
      expect(r.code).toBe(0);
      const m = manifest(join(dir, "out"), `manifest.shard-${s.replace("/", "-of-")}.json`);
      seen.push(...m.entries.map((e: { index: number }) => e.index));
    }
    expect(seen.sort((a, b) => a - b)).toEqual([...Array(12).keys()]);
    // Names count every record of every shard ({{pad @number}} pads to 12, not to a shard's 4).
    const names = Array.from(
      { length: 12 },
      (_, i) => `united-states-senate-${String(i + 1).padStart(2, "0")}.txt`,
    );
    expect(readdirSync(join(dir, "out")).filter((f) => f.endsWith(".txt"))).toEqual(names);
  });

  it("--combine writes one PDF; --duplex starts each letter on a front side", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    const a = await runCli(
      ["--json", "render", LETTER, "--merge", "p.csv", "--combine", "all.pdf", "-j", "1"],
      { cwd: dir },
    );
    expect(a.code).toBe(0);
    expect(JSON.parse(a.stdout).combinedPages).toBe(9);
    expect(pageCount(join(dir, "all.pdf"))).toBe(9);
    // A one-signer letter with a short body has one page, so --duplex adds a blank after it.
    const short = JSON.stringify({ body: "Short.", signers: [{ name: "A B", title: "Senator" }] });
    const b = await runCli(
      ["render", LETTER, "--merge", "-", "--combine", "short.pdf", "--duplex", "-j", "1"],
      { cwd: dir, stdin: `${short}\n${short}\n` },
    );
    expect(b.code).toBe(0);
    expect(pageCount(join(dir, "short.pdf"))).toBe(3);
    const one = await runCli(
      ["render", LETTER, "--merge", "-", "--combine", "one.pdf", "-j", "1"],
      {
        cwd: dir,
        stdin: `${short}\n`,
      },
    );
    expect(one.stderr).toBe("done merged 1 record: 1 rendered → one.pdf (1 page)\n");
    rmSync(join(dir, "one.pdf"));
    expect(readdirSync(dir).sort()).toEqual(["all.pdf", "p.csv", "short.pdf"]);
  });

  it("--combine paints in the main thread while workers render (a process of its own)", () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    // In-process tests load HarfBuzz in every thread (tests/setup.ts); a real process does not.
    const r = runBin(["render", LETTER, "--merge", "p.csv", "--combine", "all.pdf", "-j", "2"], {
      cwd: dir,
    });
    expect(r.stderr).toBe("done merged 3 records: 3 rendered → all.pdf (9 pages)\n");
    expect(r.code).toBe(0);
    expect(pageCount(join(dir, "all.pdf"))).toBe(9);
  });

  it("reports a broken installation once, before any record", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    res.shaper.useLoader(() =>
      Promise.reject(new Error("Cannot find module 'harfbuzzjs/dist/harfbuzz.wasm'")),
    );
    try {
      const r = await runCli(["render", LETTER, "--merge", "p.csv", "-o", "out", "-j", "1"], {
        cwd: dir,
      });
      expect(r.code).toBe(70);
      expect(r.stderr).toContain("cannot load HarfBuzz, the text shaper");
      expect(r.stderr).not.toContain("record 1");
      expect(readdirSync(dir)).toEqual(["p.csv"]);
    } finally {
      res.shaper.useLoader("wasm");
    }
  });

  it("--skip-unchanged re-renders exactly the changed record", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    const args = SKIP_ARGS;
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, "p.csv"), CSV.replace("Dear Mr Chen,", "Dear Bo,"));
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(0);
    const m = manifest(join(dir, "out"));
    expect(m.entries.map((e: { status: string }) => e.status)).toEqual([
      "skipped",
      "rendered",
      "skipped",
    ]);
    expect(readFileSync(join(dir, "out/bo-chen.txt"), "utf8")).toContain("Dear Bo,");
  });

  it("writes byte-identical files with 1 job and with 2 (worker threads from dist/)", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    for (const j of ["1", "2"]) {
      const r = await runCli(
        [
          "render",
          LETTER,
          "--merge",
          "p.csv",
          "-o",
          `out${j}`,
          "-j",
          j,
          "--combine",
          `all${j}.pdf`,
          ...NAME,
        ],
        { cwd: dir },
      );
      expect(r.code).toBe(0);
    }
    const m1 = manifest(join(dir, "out1"));
    const m2 = manifest(join(dir, "out2"));
    expect(m2.entries).toEqual(m1.entries);
    expect(readFileSync(join(dir, "all2.pdf")).equals(readFileSync(join(dir, "all1.pdf")))).toBe(
      true,
    );
  });

  it("writes byte-identical letters with images (a logo, a signature) with 1 job and with 2", async () => {
    const dir = tmp();
    copyFileSync(join(ROOT, "data/signatures/scribble.png"), join(dir, "scribble.png"));
    const letter = [
      "template: business",
      "sender: { company: Acme Corp, address: [1 Main St] }",
      "date: 2024-05-01",
      "recipient: [Somebody]",
      "salutation: Dear friend,",
      "body: Hello.",
      "closing: Kind regards,",
      "signer: { name: Jane Boss, titles: [Director], image: scribble.png }",
    ].join("\n");
    writeFileSync(join(dir, "letter.yaml"), `${letter}\n`);
    const rows = Array.from({ length: 8 }, (_, i) => `Person ${i},"Dear Person ${i},"`);
    writeFileSync(join(dir, "p.csv"), `recipient.0,salutation\n${rows.join("\n")}\n`);
    for (const j of ["1", "2"]) {
      const args = ["render", "letter.yaml", "--merge", "p.csv", "-o", `out${j}`, "-f", "pdf"];
      expect((await runCli([...args, "-j", j], { cwd: dir })).code).toBe(0);
    }
    const letters = readdirSync(join(dir, "out1")).sort();
    expect(letters.filter((f) => f.endsWith(".pdf"))).toHaveLength(8);
    expect(readdirSync(join(dir, "out2")).sort()).toEqual(letters);
    for (const f of letters)
      expect(readFileSync(join(dir, "out2", f)).equals(readFileSync(join(dir, "out1", f))), f).toBe(
        true,
      );
  });

  it("writes byte-identical letters with an SVG logo and signature whatever -j and the records' order", async () => {
    // Each thread draws an SVG once and copies it into its later letters (write/svg-form.ts).
    const dir = tmp();
    const NS = 'xmlns="http://www.w3.org/2000/svg"';
    writeFileSync(
      join(dir, "logo.svg"),
      `<svg ${NS} viewBox="0 0 120 60"><defs><linearGradient id="g"><stop offset="0" stop-color="#1b5e9e"/><stop offset="1" stop-color="#33a3c4" stop-opacity="0.5"/></linearGradient></defs><rect width="120" height="60" rx="8" fill="url(#g)"/><circle cx="30" cy="30" r="20" fill="#f39c12" opacity="0.8"/></svg>`,
    );
    writeFileSync(
      join(dir, "sig.svg"),
      `<svg ${NS} viewBox="0 0 200 60"><path d="M5 40 C 25 5, 40 60, 60 30 S 140 50, 195 35" fill="none" stroke="#123" stroke-width="2.5"/></svg>`,
    );
    const letter = [
      "template: business",
      "sender: { company: Acme Corp, address: [1 Main St], logo: logo.svg }",
      "date: 2024-05-01",
      "recipient: [Somebody]",
      "salutation: Dear friend,",
      "body: Hello.",
      "closing: Kind regards,",
      "signer: { name: Jane Boss, image: sig.svg }",
    ].join("\n");
    writeFileSync(join(dir, "letter.yaml"), `${letter}\n`);
    const rows = Array.from({ length: 8 }, (_, i) => `Person ${i},"Dear Person ${i},"`);
    const csv = (r: string[]) => `recipient.0,salutation\n${r.join("\n")}\n`;
    writeFileSync(join(dir, "p.csv"), csv(rows));
    writeFileSync(join(dir, "reversed.csv"), csv([...rows].reverse()));
    const runs: [string, string][] = [
      ["p.csv", "1"],
      ["p.csv", "2"],
      ["reversed.csv", "2"],
    ];
    for (const [records, j] of runs) {
      const args = ["render", "letter.yaml", "--merge", records, "-o", `out-${records}-${j}`];
      const named = [...args, "-f", "pdf", "-j", j, "--name", "{{slug recipient.[0]}}.pdf"];
      expect((await runCli(named, { cwd: dir })).code).toBe(0);
    }
    const letters = readdirSync(join(dir, "out-p.csv-1")).filter((f) => f.endsWith(".pdf"));
    expect(letters).toHaveLength(8);
    const first = readFileSync(join(dir, "out-p.csv-1", letters[0] as string)).toString("latin1");
    expect(first).toMatch(/\/XObject <<\n\/SVG1 \d+ 0 R\n\/SVG2 \d+ 0 R/);
    for (const out of ["out-p.csv-2", "out-reversed.csv-2"])
      for (const f of letters)
        expect(
          readFileSync(join(dir, out, f)).equals(readFileSync(join(dir, "out-p.csv-1", f))),
          f,
        ).toBe(true);
  });

  it("rejects flag combinations a merge cannot honour, before reading any record", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    const cases: [string[], RegExp][] = [
      [["-o", "one.pdf"], /-o one\.pdf must be a folder/],
      [["--duplex"], /--duplex only applies to --combine/],
      [
        ["--combine", "all.pdf", "--skip-unchanged"],
        /--skip-unchanged cannot be used with --combine/,
      ],
      [["--shard", "3/2"], /--shard takes i\/n/],
      [["-j", "0"], /--jobs takes a whole number/],
      [
        ["--name", "{{#if x}}"],
        /error: --name is not a valid pattern: \{\{#if x\}\} is never closed\n/,
      ],
      [
        ["--name", "{{#if}}"],
        /error: --name is not a valid pattern: \{\{#if\}\} is never closed\n/,
      ],
      [["--name", "{{#if}}x{{/if}}"], /error: --name: if takes 1 value, not 0\n/],
      [["--name", "{{slug}}.pdf"], /error: --name: slug takes 1 value, not 0\n/],
      [
        ["--name", "{{pad @number 1000000000}}"],
        /error: --name: pad: 1000000000 is not a whole number from 1 to 20\n/,
      ],
      [
        ["--name", "{{id}"],
        /error: --name is not a valid pattern: \{\{id\} is never closed with \}\}\n/,
      ],
    ];
    for (const [flags, message] of cases) {
      const r = await runCli(["render", LETTER, "--merge", "p.csv", ...flags], { cwd: dir });
      expect(r.code, flags.join(" ")).toBe(2);
      expect(r.stderr).toMatch(message);
    }
    expect(readdirSync(dir)).toEqual(["p.csv"]);
  });

  it("--shard auto/n that disagrees with the CI's total is a usage error, nothing written", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    const r = await runCli(txtMerge("--shard", "auto/4"), {
      cwd: dir,
      env: { CI_NODE_INDEX: "1", CI_NODE_TOTAL: "2" },
    });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(
      'error: --shard auto/4 disagrees with the CI\'s CI_NODE_TOTAL="2": slices of 4 in a pipeline of 2 jobs would leave records unrendered\n',
    );
    expect(readdirSync(dir)).toEqual(["p.csv"]);
  });

  it("makes sub-folders from slashes written in --name", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    const r = await runCli(txtMerge("--name", "{{slug salutation}}/{{pad @number}}.txt"), {
      cwd: dir,
    });
    expect(r.code).toBe(0);
    expect(readdirSync(join(dir, "out/dear-mr-chen"))).toEqual(["2.txt"]);
  });

  it.each([
    [
      "a pattern ending in a slash",
      "{{slug salutation}}/",
      "Dear Mr Chen,",
      2,
      /^error: --name "\{\{slug salutation\}\}\/" gives no usable file name: "dear-mr-chen\/"\n/,
    ],
    [
      "a value that shows nothing after a slash",
      "{{pad @number}}/{{subject}}",
      ".",
      4,
      /^error: <stdin>:1: --name made an unusable file name for record 1 \(<stdin>:1\): "1\/\."\n/,
    ],
  ])(
    "refuses a name whose file part is empty (%s): no file without an extension",
    async (_, name, subject, code, message) => {
      const dir = tmp();
      const stdin = `${JSON.stringify({ salutation: "Dear Mr Chen,", subject })}\n`;
      const r = await runCli(
        ["render", LETTER, "--merge", "-", "-o", "out", "-f", "pdf,txt", "-j", "1", "--name", name],
        { cwd: dir, stdin },
      );
      // The pattern's fault is a usage error; a record's value, bad data at the record.
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(code);
      expect(readdirSync(dir)).toEqual([]);
    },
  );

  it.each([
    [["-o", "notes"], "-o notes: notes is a file, not a folder"],
    [["-o", "notes/out"], "-o notes/out: notes is a file, not a folder"],
    [
      ["-o", "out", "--manifest", "notes/m.json"],
      "--manifest notes/m.json: notes is a file, not a folder",
    ],
    [["--combine", "notes/all.pdf"], "--combine notes/all.pdf: notes is a file, not a folder"],
  ])(
    "refuses %j, an output folder that is a file, naming the option, before writing",
    async (args, error) => {
      const dir = tmp();
      writeFileSync(join(dir, "p.csv"), CSV);
      writeFileSync(join(dir, "notes"), "mine\n");
      const r = await runCli(["render", LETTER, "--merge", "p.csv", "-j", "1", ...args], {
        cwd: dir,
      });
      expect(r.stderr).toBe(
        `error: ${error}\n  hint: choose a folder, or a path where one can be made\n`,
      );
      expect(r.code).toBe(8);
      expect(readdirSync(dir).sort()).toEqual(["notes", "p.csv"]);
      expect(readFileSync(join(dir, "notes"), "utf8")).toBe("mine\n");
    },
  );

  it("--skip-unchanged re-renders a record whose file was deleted", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "p.csv"), CSV);
    const args = SKIP_ARGS;
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    rmSync(join(dir, "out/cy-diaz.txt"));
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    const statuses = manifest(join(dir, "out")).entries.map((e: { status: string }) => e.status);
    expect(statuses).toEqual(["skipped", "skipped", "rendered"]);
  });

  it("--skip-unchanged re-renders a record whose signature image changed", async () => {
    const dir = tmp();
    copyFileSync(LETTER, join(dir, "letter.yaml"));
    copyFileSync(join(ROOT, "data/signatures/scribble.png"), join(dir, "sig.png"));
    const stdin = [
      { signers: [{ name: "A B", title: "Senator", image: "sig.png" }] },
      { signers: [{ name: "C D", title: "Senator" }] },
    ]
      .map((x) => JSON.stringify(x))
      .join("\n");
    const args = [
      "render",
      "letter.yaml",
      "--merge",
      "-",
      "-o",
      "out",
      "-f",
      "pdf",
      "-j",
      "1",
      "--skip-unchanged",
    ];
    expect((await runCli(args, { cwd: dir, stdin })).code).toBe(0);
    copyFileSync(join(ROOT, "docs/img/senate-itu-2020-page1.png"), join(dir, "sig.png"));
    expect((await runCli(args, { cwd: dir, stdin })).code).toBe(0);
    const m = manifest(join(dir, "out"));
    expect(m.entries[0].assets).toEqual(["../sig.png"]);
    expect(m.entries.map((e: { status: string }) => e.status)).toEqual(["rendered", "skipped"]);
  });
});

/** Counts page objects; pdfkit writes each page as an uncompressed `/Type /Page` dictionary. */
function pageCount(file: string): number {
  return (readFileSync(file, "latin1").match(/\/Type \/Page\b/g) ?? []).length;
}

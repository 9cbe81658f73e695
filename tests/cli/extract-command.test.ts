import { execFileSync } from "node:child_process";
import {
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

const LETTER = `template: personal
date: 2024-05-01
sender:
  name: Ann Writer
recipient:
  - "{{name}}"
  - 1 Main St
salutation: "Dear {{name}},"
body: |
  Thank you.
closing: Yours,
`;

function setUp(): string {
  const dir = tempDir("extract");
  writeFileSync(join(dir, "letter.yaml"), LETTER.replace(/\{\{name\}\}/g, "Bo Kim"));
  writeFileSync(join(dir, "base.yaml"), LETTER);
  writeFileSync(join(dir, "p.csv"), "name\nAnn Lee\n");
  return dir;
}

describe("--embed-source and missive extract", () => {
  it("gives back the data file a letter was rendered from, byte for byte", async () => {
    const dir = setUp();
    const r = await runCli(["render", "letter.yaml", "-f", "pdf", "--embed-source"], { cwd: dir });
    expect(r.code).toBe(0);
    const pdf = readFileSync(join(dir, "letter.pdf"), "latin1");
    expect(pdf).toMatch(/\/AFRelationship \/Source/);
    expect(pdf).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
    const x = await runCli(["extract", "letter.pdf", "-o", "back.yaml"], { cwd: dir });
    expect([x.code, x.stderr]).toEqual([0, `wrote ${join(dir, "back.yaml")}\n`]);
    expect(readFileSync(join(dir, "back.yaml"), "utf8")).toBe(
      readFileSync(join(dir, "letter.yaml"), "utf8"),
    );
    const out = await runCli(["extract", "letter.pdf", "-o", "-"], { cwd: dir });
    expect(out.stdout).toBe(readFileSync(join(dir, "letter.yaml"), "utf8"));
  });

  // Before, extract heard no signal: one while it wrote a PDF's sources (up to 1 GiB) ended
  // the process with their temporary files left for good (write-whole.ts).
  it("stops at Ctrl-C before it writes, writing nothing", async () => {
    const dir = setUp();
    await runCli(["render", "letter.yaml", "-f", "pdf", "--embed-source"], { cwd: dir });
    const x = await runCli(["extract", "letter.pdf", "-o", "back.yaml"], {
      cwd: dir,
      interrupt: (ctrlC) => ctrlC(),
    });
    expect([x.code, x.stderr.split("\n").slice(1, 3)]).toEqual([
      130,
      ["error: SIGINT: extract stopped", "  hint: nothing was written"],
    ]);
    expect(existsSync(join(dir, "back.yaml"))).toBe(false);
  });

  // A signal that comes while the files are written (synchronously) is queued until the
  // event loop turns: sent from the next turn here. Before, the gate was released first and
  // the signal went unheard (exit 0, no word of it).
  it("at Ctrl-C while it writes, writes the file whole and exits 130, saying so", async () => {
    const dir = setUp();
    await runCli(["render", "letter.yaml", "-f", "pdf", "--embed-source"], { cwd: dir });
    const x = await runCli(["extract", "letter.pdf", "-o", "back.yaml"], {
      cwd: dir,
      interrupt: (ctrlC) => setImmediate(ctrlC),
    });
    expect([x.code, x.stderr.split("\n").slice(0, 3)]).toEqual([
      130,
      [
        "warning: SIGINT: the files are being written (again to quit at once)",
        "error: SIGINT: extract stopped once it had written",
        "  hint: its file was written whole",
      ],
    ]);
    expect(readFileSync(join(dir, "back.yaml"), "utf8")).toBe(
      readFileSync(join(dir, "letter.yaml"), "utf8"),
    );
  });

  it("never turns a named pipe -o names into a file, nor writes below a file", async () => {
    const dir = setUp();
    await runCli(["render", "letter.yaml", "-f", "pdf", "--embed-source"], { cwd: dir });
    execFileSync("mkfifo", [join(dir, "pipe")]);
    const pipe = await runCli(["extract", "letter.pdf", "-o", "pipe"], { cwd: dir });
    expect([pipe.code, pipe.stderr.split("\n")[0]]).toEqual([
      8,
      "error: cannot write pipe: it is a named pipe (FIFO), not a file",
    ]);
    expect(lstatSync(join(dir, "pipe")).isFIFO()).toBe(true);
    const below = await runCli(["extract", "letter.pdf", "-o", "letter.yaml/back.yaml"], {
      cwd: dir,
    });
    expect([below.code, below.stderr.split("\n")[0]]).toEqual([
      8,
      "error: -o letter.yaml/back.yaml: letter.yaml is a file, not a folder",
    ]);
  });

  // A PDF may come from anyone and names its files itself. Before, `missive extract their.pdf`
  // wrote its ".profile" (or Makefile, package.json) over the one in the current folder.
  it("never writes a name the PDF chose over an existing file, unless --force", async () => {
    const dir = setUp();
    writeFileSync(join(dir, ".profile"), LETTER);
    await runCli(["render", ".profile", "-f", "pdf", "--embed-source", "-o", "their.pdf"], {
      cwd: dir,
    });
    writeFileSync(join(dir, ".profile"), "precious\n");
    const x = await runCli(["extract", "their.pdf"], { cwd: dir });
    expect([x.code, x.stderr]).toEqual([
      8,
      "error: .profile already exists; the PDF names it, and extract never writes over a file\n  hint: give -o a new file or folder, or pass --force to overwrite\n",
    ]);
    expect(readFileSync(join(dir, ".profile"), "utf8")).toBe("precious\n");
    expect((await runCli(["extract", "their.pdf", "-o", "."], { cwd: dir })).code).toBe(8);
    // A file -o names is the user's own choice, as --force is.
    expect((await runCli(["extract", "their.pdf", "-o", ".profile"], { cwd: dir })).code).toBe(0);
    writeFileSync(join(dir, ".profile"), "precious\n");
    expect((await runCli(["extract", "their.pdf", "--force"], { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, ".profile"), "utf8")).toBe(LETTER);
  });

  it("embeds nothing unless asked", async () => {
    const dir = setUp();
    await runCli(["render", "letter.yaml", "-f", "pdf"], { cwd: dir });
    expect(readFileSync(join(dir, "letter.pdf"), "latin1")).not.toMatch(/EmbeddedFile/);
    const x = await runCli(["extract", "letter.pdf"], { cwd: dir });
    expect([x.code, x.stderr]).toEqual([
      3,
      "error: letter.pdf: the PDF carries no source\n  hint: render the letter with --embed-source (PDF/A-3) to embed its data\n",
    ]);
  });

  it("gives a merged letter's base data and record", async () => {
    const dir = setUp();
    const args = ["render", "base.yaml", "--merge", "p.csv", "-o", "out", "-f", "pdf", "-j", "1"];
    expect((await runCli([...args, "--embed-source"], { cwd: dir })).code).toBe(0);
    const [pdf] = readdirSync(join(dir, "out")).filter((f) => f.endsWith(".pdf"));
    const x = await runCli(["extract", join("out", pdf as string), "-o", "src/"], { cwd: dir });
    expect(x.code).toBe(0);
    expect(readFileSync(join(dir, "src", "base.yaml"), "utf8")).toBe(LETTER);
    expect(JSON.parse(readFileSync(join(dir, "src", "record.json"), "utf8"))).toEqual({
      name: "Ann Lee",
    });
  });

  it("gives a combined PDF's base data once and every letter's record", async () => {
    const dir = setUp();
    writeFileSync(join(dir, "p.csv"), "name\nAnn Lee\nBo Kim\nCy Park\n");
    // A footnote in every letter: each letter's Note keeps an id of its own in one file.
    writeFileSync(
      join(dir, "base.yaml"),
      LETTER.replace("Thank you.", "Thank you.[^1]\n\n  [^1]: A note."),
    );
    const args = ["render", "base.yaml", "--merge", "p.csv", "--combine", "all.pdf", "-j", "1"];
    expect((await runCli(args, { cwd: dir })).code).toBe(0);
    expect(readFileSync(join(dir, "all.pdf"), "latin1")).not.toMatch(/EmbeddedFile/);
    expect((await runCli([...args, "--embed-source"], { cwd: dir })).code).toBe(0);
    const raw = readFileSync(join(dir, "all.pdf"), "latin1");
    expect(raw.match(/\/AFRelationship \/Source/g)).toHaveLength(4);
    expect(raw).toMatch(/<pdfaid:part>3<\/pdfaid:part>/);
    expect(raw.match(/\/ID \(letter-\d\/note-1\)/g)).toEqual([
      "/ID (letter-1/note-1)",
      "/ID (letter-2/note-1)",
      "/ID (letter-3/note-1)",
    ]);
    const x = await runCli(["extract", "all.pdf", "-o", "src/"], { cwd: dir });
    expect(x.code).toBe(0);
    expect(readdirSync(join(dir, "src")).sort()).toEqual([
      "base.yaml",
      "record-0001.json",
      "record-0002.json",
      "record-0003.json",
    ]);
    expect(readFileSync(join(dir, "src", "base.yaml"), "utf8")).toBe(
      readFileSync(join(dir, "base.yaml"), "utf8"),
    );
    const names = ["0001", "0002", "0003"].map(
      (n) =>
        (JSON.parse(readFileSync(join(dir, "src", `record-${n}.json`), "utf8")) as { name: string })
          .name,
    );
    expect(names).toEqual(["Ann Lee", "Bo Kim", "Cy Park"]);
  });

  it("refuses a PDF that carries two files of one name (written elsewhere)", async () => {
    const dir = tempDir("extract");
    const twice = { name: "letter.yaml", data: Buffer.from("a: 1\n") };
    writeFileSync(join(dir, "two.pdf"), await pdfWithSources([twice, twice]));
    const x = await runCli(["extract", "two.pdf", "-o", "src/"], { cwd: dir });
    expect([x.code, x.stderr]).toEqual([
      3,
      "error: two.pdf: the PDF carries two files named letter.yaml\n  hint: extract from a PDF missive wrote; this one was written or changed elsewhere\n",
    ]);
    expect(existsSync(join(dir, "src"))).toBe(false);
  });

  // A PDF from anyone names its files: a right-to-left override would show a file as another
  // (`letter\u202elmay.exe` as `letterexe.yaml`), zero-width characters make two names alike.
  it("refuses a name the PDF gives with format characters, or one Windows reserves or changes, and writes nothing", async () => {
    const dir = tempDir("extract");
    // Before, also written: a Windows device, a name Windows cuts, one it refuses.
    const names = ["letter\u202elmay.exe", "let\u200bter.yaml", "CON.yaml", "a.yaml. ", "a:b.yaml"];
    for (const [n, name] of names.entries()) {
      const pdf = await pdfWithSources([{ name, data: Buffer.from("a: 1\n") }]);
      writeFileSync(join(dir, `${n}.pdf`), pdf);
      const x = await runCli(["extract", `${n}.pdf`, "-o", "src/"], { cwd: dir });
      expect(x.code).toBe(3);
      expect(x.stderr).toContain("is not a file name");
      expect(x.stderr).not.toMatch(/[\u200b\u202e]/);
      expect(existsSync(join(dir, "src"))).toBe(false);
    }
  });

  // Before, a name with a separator was cut to its last part: `a\\b.yaml` (a file so named on
  // Linux, embedded as it is) was written as `b.yaml`, a name the PDF never gave.
  it("refuses a name with a slash or backslash whole, and writes it under the name -o gives", async () => {
    const dir = tempDir("extract");
    for (const [n, name] of ["a\\b.yaml", "..\\..\\x.yaml", "sub/x.yaml"].entries()) {
      writeFileSync(
        join(dir, `${n}.pdf`),
        await pdfWithSources([{ name, data: Buffer.from("a: 1\n") }]),
      );
      const x = await runCli(["extract", `${n}.pdf`, "-o", "src/"], { cwd: dir });
      expect([x.code, x.stderr]).toEqual([
        3,
        `error: the embedded source's name ${JSON.stringify(name)} is not a file name\n  hint: name the file it is written to yourself: -o letter.yaml\n`,
      ]);
    }
    expect(readdirSync(dir).sort()).toEqual(["0.pdf", "1.pdf", "2.pdf"]);
    const named = await runCli(["extract", "0.pdf", "-o", "mine.yaml"], { cwd: dir });
    expect([named.code, readFileSync(join(dir, "mine.yaml"), "utf8")]).toEqual([0, "a: 1\n"]);
  });

  // shownName escapes only format characters; the reporter must escape the rest (audit32): a
  // CSI (U+009B) or an ESC in a name on stderr would drive the terminal.
  it("shows a name's C0, C1 and bidirectional controls escaped", async () => {
    const dir = tempDir("extract");
    const name = "a\u009b2J\u001b]0;x\u0007\u061c\u2066b.yaml";
    writeFileSync(
      join(dir, "c.pdf"),
      await pdfWithSources([{ name, data: Buffer.from("a: 1\n") }]),
    );
    const x = await runCli(["extract", "c.pdf", "-o", "src/"], { cwd: dir });
    expect([x.code, x.stderr.split("\n")[0]]).toEqual([
      3,
      'error: the embedded source\'s name "a\\x9b2J\\u001b]0;x\\u0007\\u061c\\u2066b.yaml" is not a file name',
    ]);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
    expect(x.stderr).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u061c\u2066-\u2069]/);
  });

  it("refuses a source that unpacks past its limit, unwritten", async () => {
    const dir = tempDir("extract");
    // Some 64 KB in the PDF; before, extract wrote all of it out (2 GB from a 2 MB PDF).
    const bomb = { name: "letter.yaml", data: Buffer.alloc(64 * 1024 * 1024 + 1) };
    writeFileSync(join(dir, "bomb.pdf"), await pdfWithSources([bomb]));
    const x = await runCli(["extract", "bomb.pdf"], { cwd: dir });
    expect([x.code, x.stderr]).toEqual([
      3,
      "error: bomb.pdf: the embedded source unpacks to more than 64 MiB\n  hint: missive embeds no source that large; extract from a PDF missive wrote\n",
    ]);
    expect(readdirSync(dir)).toEqual(["bomb.pdf"]);
  });

  it("refuses what cannot work, with its exit code", async () => {
    const dir = setUp();
    await runCli(["render", "letter.yaml", "-f", "pdf", "--embed-source"], { cwd: dir });
    const notPdf = await runCli(["extract", "letter.yaml"], { cwd: dir });
    expect([notPdf.code, notPdf.stderr]).toEqual([
      3,
      "error: letter.yaml: not a PDF\n  hint: name a PDF that missive wrote\n",
    ]);
    const missing = await runCli(["extract", "none.pdf"], { cwd: dir });
    expect(missing.code).toBe(3);
    const onto = await runCli(["extract", "letter.pdf", "-o", "letter.pdf"], { cwd: dir });
    expect(onto.code).toBe(8);
    expect(readFileSync(join(dir, "letter.pdf"), "latin1")).toMatch(/^%PDF-/);
    const a2 = await runCli(["render", "letter.yaml", "--embed-source", "--pdf-standard", "a-2b"], {
      cwd: dir,
    });
    expect([a2.code, a2.stderr]).toEqual([
      2,
      "error: --embed-source needs PDF/A-3: PDF/A-2 allows no embedded source files\n  hint: use --pdf-standard ua-1,a-3a (or a-3b)\n",
    ]);
  });

  it("writes the same bytes twice with SOURCE_DATE_EPOCH, and --pdf-standard is a merge input", async () => {
    const dir = setUp();
    await runCli(["render", "letter.yaml", "-f", "pdf", "-o", "a/"], { cwd: dir });
    await runCli(["render", "letter.yaml", "-f", "pdf", "-o", "b/"], { cwd: dir });
    expect(readFileSync(join(dir, "a", "letter.pdf"))).toEqual(
      readFileSync(join(dir, "b", "letter.pdf")),
    );
    const args = ["render", "base.yaml", "--merge", "p.csv", "-o", "out", "-f", "pdf", "-j", "1"];
    const skip = [...args, "--skip-unchanged"];
    expect((await runCli(skip, { cwd: dir })).code).toBe(0);
    expect((await runCli(skip, { cwd: dir })).stderr).toMatch(/0 rendered, 1 unchanged/);
    const other = await runCli([...skip, "--pdf-standard", "ua-1"], { cwd: dir });
    expect(other.stderr).toMatch(/1 rendered/);
  });
});

/** A one-page PDF carrying these files as its sources, as a PDF from anyone may. */
async function pdfWithSources(files: { name: string; data: Buffer }[]): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, font: null });
  const chunks: Uint8Array[] = [];
  doc.on("data", (c) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  doc.addPage({ size: [200, 200], margin: 0 });
  for (const f of files) doc.file(f.data, { name: f.name, relationship: "Source" });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

// A pull request's repo/x.pdf -> a PDF of the machine: its embedded data was written out.
it("refuses a PDF that a link leads out of the current folder", async () => {
  const dir = setUp();
  const r = await runCli(["render", "letter.yaml", "-f", "pdf", "--embed-source"], { cwd: dir });
  expect(r.code).toBe(0);
  mkdirSync(join(dir, "repo"));
  symlinkSync(join(dir, "letter.pdf"), join(dir, "repo", "x.pdf"));
  const x = await runCli(["extract", "x.pdf", "-o", "back.yaml"], { cwd: join(dir, "repo") });
  expect([x.code, x.stderr.split("\n")[0]]).toEqual([
    3,
    `error: x.pdf: the PDF is outside the current folder ${join(dir, "repo")}: a symbolic link leads it to ${join(dir, "letter.pdf")}`,
  ]);
  expect(readdirSync(join(dir, "repo"))).toEqual(["x.pdf"]);
});

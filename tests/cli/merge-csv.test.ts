import { execFileSync } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";
import { xlsxBook } from "../helpers/xlsx-book.js";

const LETTER = resolve(import.meta.dirname, "../../data/senate-itu-2020.yaml");

function merge(csv: string, ...extra: string[]) {
  const dir = tempDir("merge-csv");
  writeFileSync(join(dir, "p.csv"), csv);
  const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1"];
  return { dir, run: () => runCli([...args, ...extra], { cwd: dir }) };
}

describe("render --merge of CSV from a spreadsheet", () => {
  it("reads a semicolon CSV from European Excel (BOM, CRLF)", async () => {
    const { dir, run } = merge('\uFEFFrecipient.0;salutation\r\nAnn Lee;"Dear Ann, hello"\r\n');
    const r = await run();
    expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
    expect(readFileSync(join(dir, "out/senate-itu-2020-1.txt"), "utf8")).toMatch(
      /Ann Lee\n\nDear Ann, hello/,
    );
  });

  it("reads a European Excel CSV's amounts and dates with --records-lang, and says so without", async () => {
    const csv =
      "\uFEFFrecipient.0;salutation;amount;due\r\nAnn Lee;Dear Ann,;1.234,50;15.03.2024\r\n";
    const { dir } = merge(csv);
    const letter = readFileSync(LETTER, "utf8").replace(
      /^body: \|\n/m,
      'body: |\n  You owe {{currency amount "EUR"}} by {{date due}}.\n\n',
    );
    writeFileSync(join(dir, "letter.yaml"), letter);
    const args = ["render", "letter.yaml", "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1"];
    const r = await runCli([...args, "--records-lang", "de-DE"], { cwd: dir });
    expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
    expect(readFileSync(join(dir, "out/letter-1.txt"), "utf8")).toMatch(
      /You owe €1,234\.50 by March\s15,\s2024\./,
    );
    const without = await runCli(args, { cwd: dir });
    expect(without.code).toBe(4);
    expect(without.stderr).toContain(
      "hint: to read numbers as the sheet's language writes them (1.234,50), name it: --records-lang de-DE",
    );
    const wrong = await runCli([...args, "--records-lang", "de_DE"], { cwd: dir });
    expect([wrong.code, wrong.stderr]).toEqual([
      2,
      'error: --records-lang takes a language tag, not "de_DE"\n  hint: e.g. --records-lang de-DE for a CSV that writes 1.234,50 and 15.03.2024\n',
    ]);
  });

  // --name read FALSCH and 0,00 as set while the letter's text read them as false: the file of
  // a donor with no gifts was named "donor" and its letter said "No gifts".
  it("reads a record's FALSE and 0 with --records-lang alike in the letter's texts and --name", async () => {
    const csv = "recipient.0;gifts\r\nAnn;0,00\r\nBen;FALSCH\r\nCem;3\r\n";
    const { dir } = merge(csv);
    const letter = readFileSync(LETTER, "utf8").replace(
      /^body: \|\n/m,
      "body: |\n  {{#if gifts}}You gave {{gifts}} times.{{else}}No gifts.{{/if}}\n\n",
    );
    writeFileSync(join(dir, "letter.yaml"), letter);
    const name = "{{recipient.[0]}}-{{#if gifts}}donor{{else}}none{{/if}}";
    const args = ["render", "letter.yaml", "--merge", "p.csv", "-o", "out", "-f", "txt"];
    const r = await runCli([...args, "-j", "1", "--records-lang", "de-DE", "--name", name], {
      cwd: dir,
    });
    expect(r.stderr).toBe("done merged 3 records: 3 rendered → out\n");
    const files = readdirSync(join(dir, "out")).filter((f) => f.endsWith(".txt"));
    expect(files.sort()).toEqual(["Ann-none.txt", "Ben-none.txt", "Cem-donor.txt"]);
    expect(readFileSync(join(dir, "out/Ann-none.txt"), "utf8")).toContain("No gifts.");
  });

  it("reads Excel's Windows-1252 CSV with --records-encoding, and names the option when refusing it", async () => {
    const { dir, run } = merge("");
    writeFileSync(
      join(dir, "p.csv"),
      Buffer.from("recipient.0;salutation\r\nJ\xfcrgen M\xfcller;Hallo\r\n", "latin1"),
    );
    const refused = await run();
    expect([
      refused.code,
      refused.stderr.split("\n").filter((l) => l.startsWith("  hint")),
    ]).toEqual([
      3,
      [
        '  hint: save the file as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)"; most editors have an encoding menu)',
        '  hint: or name its encoding: --records-encoding windows-1252 (Excel\'s "CSV (Comma delimited)" on Windows, Outlook\'s contacts export), utf-16le (Excel\'s "Unicode Text")',
      ],
    ]);
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1"];
    const r = await runCli([...args, "--records-encoding", "cp1252"], { cwd: dir });
    expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
    expect(readFileSync(join(dir, "out/senate-itu-2020-1.txt"), "utf8")).toMatch(
      /Jürgen Müller\n\nHallo/,
    );
    const bad = await runCli([...args, "--records-encoding", "klingon"], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([
      2,
      'error: --records-encoding: "klingon" is not an encoding\n  hint: e.g. --records-encoding windows-1252 (Excel\'s CSV on Windows), windows-1250, utf-16le\n',
    ]);
    writeFileSync(join(dir, "p.jsonl"), '{"salutation":"Hi"}\n');
    const jsonl = await runCli(
      [...args.map((a) => (a === "p.csv" ? "p.jsonl" : a)), "--records-encoding", "cp1252"],
      { cwd: dir },
    );
    expect([jsonl.code, jsonl.stderr]).toEqual([
      2,
      "error: --records-encoding applies to CSV records only\n",
    ]);
  });

  it("shows the line of a CSV in another encoding as that encoding reads, under its error", async () => {
    const { dir } = merge("");
    const rows = 'recipient.0;salutation\r\nJ\xfcrgen "der" M\xfcller;Hallo\r\n';
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-f", "txt"];
    writeFileSync(join(dir, "p.csv"), Buffer.from(rows, "latin1"));
    const latin = await runCli([...args, "--records-encoding", "windows-1252"], { cwd: dir });
    expect(latin.stderr.split("\n").slice(0, 2)).toEqual([
      'error: p.csv:2: CSV: cell 1 has a quote in it but is not quoted: Jürgen "…',
      '2 | Jürgen "der" Müller;Hallo',
    ]);
    // UTF-16 holds zero bytes, which otherwise mark a file whose lines are not shown.
    writeFileSync(join(dir, "p.csv"), Buffer.from(`\ufeff${rows}`, "utf16le"));
    const wide = await runCli([...args, "--records-encoding", "utf-16le"], { cwd: dir });
    expect(wide.stderr.split("\n")[1]).toBe('2 | Jürgen "der" Müller;Hallo');
  });

  // merge38: Excel's "Unicode Text" is UTF-16LE with a byte-order mark, tab-delimited; it
  // was refused "the file is UTF-16 (little-endian) text, not UTF-8", though its mark says so.
  it("reads a CSV in the UTF-16 its byte-order mark names, and shows its lines so", async () => {
    const { dir } = merge("");
    const args = ["render", LETTER, "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1"];
    const rows = "recipient.0\tsalutation\r\nJürgen Müller\tHallo Jürgen\r\n";
    writeFileSync(join(dir, "p.csv"), Buffer.from(`\ufeff${rows}`, "utf16le"));
    const r = await runCli(args, { cwd: dir });
    expect(r.code).toBe(0);
    const [letter] = readdirSync(join(dir, "out")).filter((f) => f.endsWith(".txt"));
    expect(readFileSync(join(dir, "out", letter as string), "utf8")).toContain("Hallo Jürgen");
    // Big-endian too; an error's line is shown as the file reads.
    const bad = 'recipient.0\tsalutation\r\nJ "der" M\tHallo\r\n';
    writeFileSync(join(dir, "p.csv"), Buffer.from(`\ufeff${bad}`, "utf16le").swap16());
    const wide = await runCli(args, { cwd: dir });
    expect(wide.stderr.split("\n")[1]).toBe('2 | J "der" M\tHallo');
  });

  it("reports malformed quoting as bad data at its line (exit 4), not a crash", async () => {
    const r = await merge('recipient.0,salutation\nAnn "the" Lee,Hi\n').run();
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^error: p\.csv:2: CSV: cell 1 has a quote in it but is not quoted/);
  });

  it("reports a quote never closed at the line and column where it was opened", async () => {
    const r = await merge('recipient.0,salutation\nAnn,Hi\n"Bo,Hi\nCy,Hi\n').run();
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(
      [
        "error: p.csv:3:1: CSV: this quote is never closed: the cell runs to the end of the file",
        '3 | "Bo,Hi',
        "  | ^",
        '  hint: close the quoted cell with a quote; a quote inside a cell is doubled: "Ann ""the"" Lee"',
        "",
      ].join("\n"),
    );
  });

  it("reads CSV on standard input with --merge-format csv", async () => {
    const dir = tempDir("merge-csv");
    const r = await runCli(
      ["render", LETTER, "--merge", "-", "--merge-format", "csv", "-o", "out", "-f", "txt"],
      { cwd: dir, stdin: "recipient.0\tsalutation\nAnn Lee\tDear Ann,\n" },
    );
    expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
    expect(readFileSync(join(dir, "out/senate-itu-2020-1.txt"), "utf8")).toMatch(
      /Ann Lee\n\nDear Ann,/,
    );
  });

  it.each([
    [
      "CSV",
      "recipient.0;salutation\nAnn Lee;Dear Ann,\n",
      `error: <stdin>:1: not valid JSON: Unexpected token 'r', "recipient."... is not valid JSON`,
      ["this looks like CSV (a header row of fields separated by semicolons): --merge-format csv"],
    ],
    [
      "CSV of a CRM export",
      "recipient.0,First Name\nAnn Lee,Ann\n",
      `error: <stdin>:1: not valid JSON: Unexpected token 'r', "recipient."... is not valid JSON`,
      ["this looks like CSV (a header row of fields separated by commas): --merge-format csv"],
    ],
    ["YAML", "- recipient: [Ann]\n", "error: <stdin>:1: not valid JSON: ", []],
  ])(
    "says how to name the format when %s on standard input is read as JSON Lines",
    async (_, stdin, error, looks) => {
      const r = await runCli(["render", LETTER, "--merge", "-", "-o", "out", "-f", "txt"], {
        cwd: tempDir("merge-csv"),
        stdin,
      });
      expect(r.code).toBe(4);
      expect(r.stderr).toContain(error);
      const hints = r.stderr.split("\n").filter((l) => l.startsWith("  hint: "));
      expect(hints).toEqual([
        "  hint: JSON Lines has one complete JSON object per line",
        ...looks.map((h) => `  hint: ${h}`),
        "  hint: <stdin> is read as jsonl unless its format is named: --merge-format csv|jsonl|yaml|json|xlsx|ods",
      ]);
    },
  );

  it("says a spreadsheet on standard input is a zip to name, not text to save as UTF-8", async () => {
    const stdin = Readable.from([
      readFileSync(resolve(import.meta.dirname, "../fixtures/ods/people.ods")),
    ]);
    const r = await runCli(["render", LETTER, "--merge", "-", "-o", "out", "-f", "txt"], {
      cwd: tempDir("merge-csv"),
      stdin,
    });
    expect(r.code).toBe(3);
    expect(r.stderr).toBe(
      [
        "error: <stdin>:1:11: not valid UTF-8: byte 0xa3",
        "  hint: this is a zip, as a spreadsheet is: --merge-format xlsx (Excel) or ods (LibreOffice)",
        "  hint: <stdin> is read as jsonl unless its format is named: --merge-format csv|jsonl|yaml|json|xlsx|ods",
        "",
      ].join("\n"),
    );
  });

  it("reads a CRM export's headers with spaces, used as {{[First Name]}}", async () => {
    const letter = join(tempDir("merge-csv"), "letter.yaml");
    writeFileSync(
      letter,
      readFileSync(LETTER, "utf8").replace(
        /^salutation: .*$/m,
        'salutation: "Dear {{[First Name]}},"',
      ),
    );
    const csv = "recipient.0,First Name,E-mail Address\nAnn Lee,Ann,ann@example.org\n";
    const { dir, run } = merge(csv);
    const r = await runCli(
      ["render", letter, "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1"],
      { cwd: dir },
    );
    expect(r.stderr).toBe(
      [
        "error: p.csv:2: E-mail Address: record 1 (p.csv:2): E-mail Address is not a field of the letter, and no text or --name uses it",
        "2 | Ann Lee,Ann,ann@example.org",
        "  hint: use it in the letter's text ({{[E-mail Address]}}) or in --name, or pass --allow-unused to ignore it",
        "  hint: nothing was written; --keep-going renders the other records",
        "",
      ].join("\n"),
    );
    expect((await run()).code).toBe(4);
    const kept = await runCli(
      ["render", letter, "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1", "--allow-unused"],
      { cwd: dir },
    );
    expect(kept.stderr).toBe("done merged 1 record: 1 rendered → out\n");
    expect(readFileSync(join(dir, "out/letter-1.txt"), "utf8")).toMatch(/Ann Lee\n\nDear Ann,\n/);
  });

  it.each([
    [["--merge-format", "yaml", "--delimiter", ";"], "--delimiter applies to CSV records only"],
    [["--sheet", "2"], "--sheet applies to spreadsheet (.xlsx, .ods) records only"],
    [["--delimiter", "ab"], '--delimiter takes one character, or tab, not "ab"'],
    [["--delimiter", "tab", "--merge", "p.json"], "--delimiter applies to CSV records only"],
  ])("refuses %j", async (extra, message) => {
    const bad = await runCli(["render", LETTER, "--merge", "p.csv", ...extra], {
      cwd: tempDir("merge-csv"),
    });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain(`error: ${message}`);
  });
});

it("merges the records of an Excel sheet", async () => {
  const dir = tempDir("merge-xlsx");
  const book = resolve(import.meta.dirname, "../fixtures/xlsx/people.xlsx");
  const r = await runCli(
    ["render", LETTER, "--merge", book, "--sheet", "Other", "-o", "out", "-f", "txt"],
    { cwd: dir },
  );
  expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
  expect(readFileSync(join(dir, "out/senate-itu-2020-1.txt"), "utf8")).toMatch(/\nCy\n/);
});

it("merges a LibreOffice sheet, a ZIP code as the sheet shows it (02110, not 2110)", async () => {
  const dir = tempDir("merge-ods");
  const book = resolve(import.meta.dirname, "../fixtures/ods/people.ods");
  const r = await runCli(
    [
      "render",
      LETTER,
      "--merge",
      book,
      "--allow-unused",
      "-o",
      "out",
      "-f",
      "txt",
      "--name",
      "{{#if zip}}{{zip}}{{else}}none{{/if}}-{{count}}",
    ],
    { cwd: dir },
  );
  // merge41: its `vip` column warned "looks like a misspelt `zip`" (the --name's); a short
  // name whose first letter is another is another word.
  expect(r.stderr).toBe("done merged 2 records: 2 rendered → out\n");
  expect(readdirSync(join(dir, "out")).sort()).toEqual([
    "02110-1234.5.txt",
    "manifest.json",
    "none-3.txt",
  ]);
});

it("reads a .tsv file as CSV with tabs", async () => {
  const dir = tempDir("merge-tsv");
  writeFileSync(join(dir, "p.tsv"), "recipient.0\tsalutation\nAnn Lee\tDear Ann,\n");
  const r = await runCli(["render", LETTER, "--merge", "p.tsv", "-o", "out", "-f", "txt"], {
    cwd: dir,
  });
  expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
  expect(readFileSync(join(dir, "out/senate-itu-2020-1.txt"), "utf8")).toMatch(
    /Ann Lee\n\nDear Ann,\n/,
  );
});

it("prints a number as the sheet shows it: a ZIP code formatted 00000 keeps its zero in the PDF", async () => {
  const dir = tempDir("merge-xlsx");
  const letter = [
    "template: personal",
    "date: 2024-05-01",
    "sender: { name: Ann Writer }",
    'recipient: ["{{name}}", "1 Main Street", "Boston, MA {{zip}}"]',
    "body: Your share is {{share}} of {{amount}}.",
    "closing: Yours,",
    "",
  ].join("\n");
  writeFileSync(join(dir, "letter.yaml"), letter);
  const rows = [
    ["name", "zip", "share", "amount"],
    [
      "Ann Lee",
      { n: 2110, format: "00000" },
      { n: 0.125, format: "0.0%" },
      { n: 1234.5, format: 4 },
    ],
  ];
  writeFileSync(join(dir, "p.xlsx"), xlsxBook({ Sheet1: rows }));
  const r = await runCli(["render", "letter.yaml", "--merge", "p.xlsx", "-o", "out", "-j", "1"], {
    cwd: dir,
  });
  expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
  // Before: "Boston, MA 2110" and "Your share is 0.125 of 1234.5."
  const pdf = execFileSync("pdftotext", [join(dir, "out/letter-1.pdf"), "-"], { encoding: "utf8" });
  expect(pdf).toContain("Boston, MA 02110");
  expect(pdf.replace(/\s+/g, " ")).toContain("Your share is 12.5% of 1,234.50.");
});

it("says how to give {{currency}} the number of a cell the sheet shows as 1,234.50", async () => {
  const dir = tempDir("merge-xlsx");
  const letter = [
    "template: personal",
    "date: 2024-05-01",
    "sender: { name: Ann Writer }",
    'recipient: ["Ann Lee"]',
    'body: "Due: {{currency amount \\"USD\\"}}"',
    "closing: Yours,",
    "",
  ].join("\n");
  writeFileSync(join(dir, "letter.yaml"), letter);
  const rows = [["amount"], [{ n: 1234.5, format: "#,##0.00" }]];
  writeFileSync(join(dir, "p.xlsx"), xlsxBook({ Sheet1: rows }));
  const r = await runCli(["render", "letter.yaml", "--merge", "p.xlsx", "-o", "out", "-j", "1"], {
    cwd: dir,
  });
  expect(r.code).toBe(4);
  expect(r.stderr).toContain(
    [
      'error: letter.yaml:5:7: body: record 1 (p.xlsx, sheet Sheet1, row 2): amount is "1,234.50", not a number',
      '5 | body: "Due: {{currency amount \\"USD\\"}}"',
      "  |       ^",
      "  hint: write numbers with a dot for decimals and no thousands separator: 1234.5",
      "  hint: an Excel cell reads as its number format shows it: format the column as General for a helper to format its number, name the language the sheet shows it in (--records-lang en-US reads $1,234.50), or print the field as the sheet shows it",
    ].join("\n"),
  );
  const en = await runCli(
    [
      "render",
      "letter.yaml",
      "--merge",
      "p.xlsx",
      "-o",
      "out",
      "-f",
      "txt",
      "-j",
      "1",
      "--records-lang",
      "en-US",
    ],
    { cwd: dir },
  );
  expect(en.stderr).toBe("done merged 1 record: 1 rendered → out\n");
  expect(readFileSync(join(dir, "out/letter-1.txt"), "utf8")).toContain("Due: $1,234.50");
});

describe("render --merge of an Excel sheet with bad records", () => {
  /** Merges a one-sheet workbook of `rows`; `letter` is written as letter.yaml when given. */
  async function mergeBook(rows: (string | null)[][], extra: string[] = [], letter?: string) {
    const dir = tempDir("merge-xlsx");
    writeFileSync(join(dir, "p.xlsx"), xlsxBook({ Sheet1: rows }));
    if (letter !== undefined) writeFileSync(join(dir, "letter.yaml"), letter);
    const data = letter === undefined ? LETTER : "letter.yaml";
    const args = ["render", data, "--merge", "p.xlsx", "-o", "out", "-f", "txt", "-j", "1"];
    const r = await runCli([...args, ...extra], { cwd: dir, env: { GITHUB_ACTIONS: "true" } });
    // No zip bytes taken for a line: no frame, no control or undecodable characters.
    expect(r.stderr).not.toMatch(/^error: p\.xlsx.*\n\s*\d+ \| /m);
    // biome-ignore lint/suspicious/noControlCharactersInRegex: what a zip's bytes hold
    expect(r.stderr).not.toMatch(/[\u0000-\u0008\u000e-\u001f\ufffd]/);
    return r;
  }

  it("names the sheet, row and column of every unused column, and shows no bytes", async () => {
    const r = await mergeBook([
      ["recipient.0", "nmae", "salutaion"],
      ["Ann Lee", "Ann", "Hi"],
    ]);
    expect(r.code).toBe(4);
    expect(r.stderr).toBe(
      [
        "error: p.xlsx, sheet Sheet1, row 2, column B: nmae: record 1 (p.xlsx, sheet Sheet1, row 2): nmae is not a field of the letter, and no text or --name uses it",
        "error: p.xlsx, sheet Sheet1, row 2, column C: salutaion: record 1 (p.xlsx, sheet Sheet1, row 2): salutaion is not a field of the letter, and no text or --name uses it",
        "  hint: did you mean `salutation`?",
        "  hint: use them in the letter's text ({{nmae}}) or in --name, or pass --allow-unused to ignore them",
        "  hint: nothing was written; --keep-going renders the other records",
        "2 problems found",
        // A workbook has no lines: annotations name the file, the place is in the message.
        "::error file=p.xlsx::sheet Sheet1, row 2, column B: nmae: record 1 (p.xlsx, sheet Sheet1, row 2): nmae is not a field of the letter, and no text or --name uses it",
        "::error file=p.xlsx::sheet Sheet1, row 2, column C: salutaion: record 1 (p.xlsx, sheet Sheet1, row 2): salutaion is not a field of the letter, and no text or --name uses it",
        "",
      ].join("\n"),
    );
  });

  it("names the cell of a bad value, also when the run keeps going", async () => {
    const rows = [
      ["recipient.0", "salutation", "date"],
      ["Ann Lee", "Hi", "2020-02-31"],
      ["Bo Kim", "Hi", "2020-03-01"],
    ];
    const r = await mergeBook(rows);
    expect(r.stderr).toMatch(
      /^error: p\.xlsx, sheet Sheet1, row 2, column C: date: record 1 \(p\.xlsx, sheet Sheet1, row 2\): 2020-02-31 is not a real date\n/,
    );
    const going = await mergeBook(rows, ["--keep-going"]);
    expect(going.code).toBe(9);
    expect(going.stderr).toContain(
      "warning: record 1 (p.xlsx, sheet Sheet1, row 2): skipped: p.xlsx, sheet Sheet1, row 2, column C: date: 2020-02-31 is not a real date\n",
    );
  });

  it("names the cell of a bad header, below empty rows", async () => {
    const r = await mergeBook([[], ["recipient.0", "recipient..1"], ["Ann Lee", "Ann"]]);
    expect(r.stderr).toMatch(
      /^error: p\.xlsx, sheet Sheet1, row 2, column B: sheet header 2 "recipient\.\.1" is not a field name\n/,
    );
  });

  it("names the row of a record a text or --name misses a field of", async () => {
    const letter = [
      "template: personal",
      "date: 2024-05-01",
      "sender: { name: Ann Writer }",
      'recipient: ["{{first_name}}"]',
      "body: Hello.",
      "closing: Yours,",
      "",
    ].join("\n");
    const rows = [["body"], ["Hi."]];
    const text = await mergeBook(rows, [], letter);
    expect(text.stderr).toMatch(
      /^error: letter\.yaml:4:\d+: recipient\.0: record 1 \(p\.xlsx, sheet Sheet1, row 2\): first_name is not set in the record\n4 \| /,
    );
    const name = await mergeBook(rows, ["--name", "{{nope}}"]);
    expect(name.stderr).toMatch(
      /^error: p\.xlsx, sheet Sheet1, row 2: --name for record 1: "nope" is not set in the record\n/,
    );
  });
});

describe("render --merge replacing part of a field", () => {
  const BUSINESS = resolve(import.meta.dirname, "../../data/business-northwind-2024.yaml");

  it("replaces the signer whole: another person's letter keeps none of the base signer's lines", async () => {
    const dir = tempDir("merge-part");
    writeFileSync(join(dir, "p.csv"), "signer.name\nAnn Lee\n");
    const r = await runCli(
      ["render", BUSINESS, "--merge", "p.csv", "-o", "out", "-f", "txt", "-j", "1"],
      { cwd: dir },
    );
    expect(r.stderr).toBe("done merged 1 record: 1 rendered → out\n");
    const text = readFileSync(join(dir, "out/business-northwind-2024-1.txt"), "utf8");
    expect(text).toMatch(/Ann Lee/);
    expect(text).not.toMatch(/Jordan Alvarez|Director of Customer Operations/);
  });
});

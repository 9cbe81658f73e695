import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

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

  it("reports malformed quoting as bad data at its line (exit 4), not a crash", async () => {
    const r = await merge('recipient.0,salutation\nAnn "the" Lee,Hi\n').run();
    expect(r.code).toBe(4);
    expect(r.stderr).toMatch(/^error: p\.csv:2: CSV: a quote is found on field 0/);
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
        "  hint: <stdin> is read as jsonl unless its format is named: --merge-format csv|jsonl|yaml|json|xlsx",
      ]);
    },
  );

  it.each([
    [["--merge-format", "yaml", "--delimiter", ";"], "--delimiter applies to CSV records only"],
    [["--sheet", "2"], "--sheet applies to Excel (.xlsx) records only"],
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

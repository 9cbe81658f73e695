import { copyFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it, vi } from "vitest";
import { type RecordSource, readRecords } from "../../src/batch/read-records.js";
import { MAX_XLSX_UNPACKED } from "../../src/batch/xlsx-guard.js";
import { isMissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";
import { xlsxBook } from "../helpers/xlsx-book.js";
import { zipBomb } from "../helpers/zip-bomb.js";

const BOOK = resolve(import.meta.dirname, "../fixtures/xlsx/people.xlsx");

async function read(src: Partial<RecordSource> = {}) {
  const out = [];
  for await (const r of readRecords({ file: BOOK, label: "people.xlsx", format: "xlsx", ...src }))
    out.push([r.index, r.line, r.data]);
  return out;
}

async function failure(src: Partial<RecordSource>) {
  try {
    await read(src);
  } catch (e) {
    if (isMissiveError(e)) return { kind: e.kind, ...e.problems[0] };
    throw e;
  }
  return "no error";
}

/** A workbook of these sheets, its parts changed by `change`, written to a file: its path. */
function edited(sheets: Parameters<typeof xlsxBook>[0], change: (parts: Parts) => void): string {
  const parts = unzipSync(xlsxBook(sheets));
  change(parts);
  const file = join(tempDir("xlsx"), "b.xlsx");
  writeFileSync(file, zipSync(parts));
  return file;
}

type Parts = Record<string, Uint8Array>;

/** Replaces the first `from` in the part `name` by `to`; a test of a text not there fails. */
function edit(parts: Parts, name: string, from: string, to: string): void {
  const text = strFromU8(parts[name] as Uint8Array);
  expect(text).toContain(from);
  parts[name] = strToU8(text.replace(from, to));
}

describe("readRecords of an Excel workbook", () => {
  it("reads the first sheet like CSV, each record at its row, empty rows and cells skipped", async () => {
    expect(await read()).toEqual([
      [0, 2, { recipient: ["Ann Lee"], salutation: "Dear Ann,", count: "3" }],
      [1, 4, { recipient: ["Bo Kim"], count: "1.5" }],
    ]);
  });

  it("reads the sheet given by name or number", async () => {
    const other = [[0, 2, { recipient: ["Cy"] }]];
    expect(await read({ sheet: "Other" })).toEqual(other);
    expect(await read({ sheet: "2" })).toEqual(other);
  });

  it("takes a sheet named by digits (a year) by its name, else by its number", async () => {
    const file = join(tempDir("xlsx"), "years.xlsx");
    const year = (name: string) => [["recipient.0"], [name]];
    writeFileSync(file, xlsxBook({ "2023": year("Old"), "2024": year("New") }));
    expect(await read({ file, sheet: "2024" })).toEqual([[0, 2, { recipient: ["New"] }]]);
    expect(await read({ file, sheet: "1" })).toEqual([[0, 2, { recipient: ["Old"] }]]);
  });

  it("names the sheets there are when the one given is not", async () => {
    expect(await failure({ sheet: "Nope" })).toMatchObject({
      kind: "usage",
      message: "--sheet Nope: Sheet not found: Nope. Available sheets: People, Other",
    });
  });

  it("gives each record its sheet's name and header, the first sheet's or the one given", async () => {
    const sheets = async (sheet?: string) => {
      const out = [];
      for await (const r of readRecords({ file: BOOK, label: "p", format: "xlsx", sheet }))
        out.push(r.sheet);
      return out;
    };
    const people = { name: "People", header: ["recipient.0", "salutation", "count"] };
    expect(await sheets()).toEqual([people, people]);
    expect(await sheets("2")).toEqual([{ name: "Other", header: ["recipient.0"] }]);
    expect(await sheets("Other")).toEqual([{ name: "Other", header: ["recipient.0"] }]);
  });

  it("reads only the sheet it takes: another that the reader could not read is not read", async () => {
    const book = edited({ First: [["recipient.0"], ["Ann"]], Second: [["x"], [1]] }, (parts) =>
      edit(parts, "xl/worksheets/sheet2.xml", '<c r="A2">', '<c r="A2" s="9">'),
    );
    // Before: every sheet was read, so the second's cell with a style the workbook has not
    // failed the merge of the first ("not a readable .xlsx workbook: cell A2: …").
    expect(await read({ file: book })).toEqual([[0, 2, { recipient: ["Ann"] }]]);
    expect(await failure({ file: book, label: "b.xlsx", sheet: "Second" })).toMatchObject({
      kind: "data",
      location: { file: "b.xlsx", sheet: "Second", line: 2, column: "A" },
    });
  });

  it("says at its row that a cell lacks its reference (r), not the reader's own words", async () => {
    const book = edited({ S: [["recipient.0"], ["Ann"], ["Bo"]] }, (parts) =>
      edit(parts, "xl/worksheets/sheet1.xml", '<c r="A3" ', "<c "),
    );
    // Before: "not a readable .xlsx workbook: Cannot read properties of undefined (reading 'length')".
    expect(await failure({ file: book, label: "b.xlsx" })).toEqual({
      kind: "data",
      message:
        'not a readable .xlsx workbook: a cell is written without its reference (r="A1"), which missive reads cells by',
      location: { file: "b.xlsx", sheet: "S", line: 3 },
      hints: [
        "save it again from the spreadsheet (which writes every cell's reference), or as CSV",
      ],
    });
    // Only the sheet read is refused for it.
    const second = edited({ S: [["recipient.0"], ["Ann"]], T: [["x"], ["y"]] }, (parts) =>
      edit(parts, "xl/worksheets/sheet2.xml", '<c r="A2" ', "<c "),
    );
    expect(await read({ file: second })).toEqual([[0, 2, { recipient: ["Ann"] }]]);
  });

  it("counts a cell reference in single quotes toward the sheet's extent", async () => {
    const book = edited({ S: [["x"], ["y"]] }, (parts) =>
      edit(parts, "xl/worksheets/sheet1.xml", '<c r="A2" ', "<c r='Z400000' "),
    );
    // Before: only r="…" was counted, so the reader laid out 10,400,000 cells.
    expect(await failure({ file: book, label: "b.xlsx" })).toMatchObject({
      kind: "data",
      message:
        "the workbook is too large to read: a sheet spans 400000 rows and 26 columns (to cell Z400000), over 10,000,000 cells",
    });
  });

  it("names the sheets there are when the number given is beyond them", async () => {
    expect(await failure({ sheet: "3" })).toMatchObject({
      kind: "usage",
      message: "--sheet 3: Sheet not found: 3. Available sheets: People, Other",
    });
  });

  it("reads a table that starts in column B, and a value under no header is located", async () => {
    const file = join(tempDir("xlsx"), "offset.xlsx");
    const rows = [[], [null, "recipient.0", "salutation", null], [null, "Ann", "Hi", null]];
    writeFileSync(file, xlsxBook({ S: rows }));
    expect(await read({ file })).toEqual([[0, 3, { recipient: ["Ann"], salutation: "Hi" }]]);
    writeFileSync(file, xlsxBook({ S: [...rows, [null, "Bo", "Yo", "stray"]] }));
    expect(await failure({ file, label: "offset.xlsx" })).toEqual({
      kind: "data",
      message: "sheet column 4 has no name in the header row, but this row has a value in it",
      location: { file: "offset.xlsx", sheet: "S", line: 4, column: "D" },
      hints: ["name the column in the header row, or empty it"],
    });
  });

  it("reads TRUE and FALSE as true and false, not as text (which {{#if}} would take as set)", async () => {
    const file = join(tempDir("xlsx"), "flags.xlsx");
    const rows = [
      ["recipient.0", "vip", "sender.logo"],
      ["Ann", false, false],
      ["Bo", true, "logo.png"],
    ];
    writeFileSync(file, xlsxBook({ S: rows }));
    expect(await read({ file })).toEqual([
      [0, 2, { recipient: ["Ann"], vip: false, sender: { logo: false } }],
      [1, 3, { recipient: ["Bo"], vip: true, sender: { logo: "logo.png" } }],
    ]);
  });

  it("refuses a sheet that spans more cells than the reader could hold, before reading it", async () => {
    const file = join(tempDir("xlsx"), "far.xlsx");
    const parts = unzipSync(xlsxBook({ S: [["recipient.0"], ["Ann"]] }));
    const far = '<row r="1048576"><c r="XFD1048576" t="inlineStr"><is><t>z</t></is></c></row>';
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] as Uint8Array);
    parts["xl/worksheets/sheet1.xml"] = strToU8(
      sheet.replace("</sheetData>", `${far}</sheetData>`),
    );
    writeFileSync(file, zipSync(parts));
    expect(await failure({ file, label: "far.xlsx" })).toEqual({
      kind: "data",
      message:
        "the workbook is too large to read: a sheet spans 1048576 rows and 16384 columns (to cell XFD1048576), over 10,000,000 cells",
      location: { file: "far.xlsx" },
      hints: [
        "save the sheet as CSV, which is read a record at a time (or clear the cells beyond the table)",
      ],
    });
  });

  // A format applied to whole columns (or a sheet saved by LibreOffice) writes a cell, or a
  // row, for every formatted place down to row 1,048,576: before, such a sheet of two records
  // was refused as "spans 1048576 rows and 26 columns", and one a little smaller took minutes
  // and a gigabyte, as the reader laid out every empty cell.
  it("reads a sheet whose formatted empty cells and rows run to its last row as its used range", async () => {
    const file = join(tempDir("xlsx"), "styled.xlsx");
    const parts = unzipSync(
      xlsxBook({
        S: [
          ["recipient.0", "salutation"],
          ["Ann", "Hi"],
        ],
      }),
    );
    const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] as Uint8Array);
    const styled = [
      '<row r="3" s="1" customFormat="1"><c r="A3" s="1"/><c r="B3" s="1"></c></row>',
      '<row r="4"><c r="A4" t="inlineStr" s="1"><is><t>Bo</t></is></c><c r="Z4" s="1"/></row>',
      '<row r="5" s="1" customFormat="true" ht="12.8"></row>',
      '<row r="1048576" s="1" customFormat="1"><c r="Z1048576" s=\'1\'/></row>',
    ].join("");
    parts["xl/worksheets/sheet1.xml"] = strToU8(
      sheet.replace("</sheetData>", `${styled}</sheetData>`),
    );
    writeFileSync(file, zipSync(parts));
    expect(await read({ file, label: "styled.xlsx" })).toEqual([
      [0, 2, { recipient: ["Ann"], salutation: "Hi" }],
      [1, 4, { recipient: ["Bo"] }],
    ]);
  });

  it.each([
    // The reader takes every character before the digits as a letter, and the rest as a number.
    ["ZZZZZZZ2", "2 rows and 8353082582 columns (to cell ZZZZZZZ2)"],
    ["A2e9", "2000000000 rows and 1 columns (to cell A2000000000)"],
  ])(
    "refuses a cell at %s, which the reader would lay out, before reading it",
    async (ref, span) => {
      const file = join(tempDir("xlsx"), "far.xlsx");
      const parts = unzipSync(xlsxBook({ S: [["recipient.0"], ["Ann"]] }));
      const far = `<row r="2"><c r="${ref}" t="inlineStr"><is><t>z</t></is></c></row>`;
      const sheet = strFromU8(parts["xl/worksheets/sheet1.xml"] as Uint8Array);
      parts["xl/worksheets/sheet1.xml"] = strToU8(
        sheet.replace("</sheetData>", `${far}</sheetData>`),
      );
      writeFileSync(file, zipSync(parts));
      // Before, only A–Z up to three letters and nine digits were measured: ZZZZZZZ2 crashed Node.
      expect(await failure({ file, label: "far.xlsx" })).toMatchObject({
        message: `the workbook is too large to read: a sheet spans ${span}, over 10,000,000 cells`,
      });
    },
  );

  it("says which cell is formatted as a date but holds no date", async () => {
    const file = join(tempDir("xlsx"), "dates.xlsx");
    const parts = unzipSync(xlsxBook({ S: [["date"], [1]] }));
    const text = (name: string) => strFromU8(parts[name] as Uint8Array);
    const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    const rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    parts["xl/styles.xml"] = strToU8(
      `<styleSheet xmlns="${main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/></numFmts><cellXfs count="2"><xf numFmtId="0"/><xf numFmtId="164" applyNumberFormat="1"/></cellXfs></styleSheet>`,
    );
    parts["xl/_rels/workbook.xml.rels"] = strToU8(
      text("xl/_rels/workbook.xml.rels").replace(
        "</Relationships>",
        `<Relationship Id="rIdS" Type="${rel}/styles" Target="styles.xml"/></Relationships>`,
      ),
    );
    parts["xl/worksheets/sheet1.xml"] = strToU8(
      text("xl/worksheets/sheet1.xml")
        .replace('<c r="A2">', '<c r="A2" s="1">')
        .replace(">1<", ">99999999999<"),
    );
    writeFileSync(file, zipSync(parts));
    // Before: "not a readable .xlsx workbook: Invalid time value", of no cell.
    expect(await failure({ file, label: "dates.xlsx" })).toEqual({
      kind: "data",
      message: "the cell is formatted as a date, but its number is no date",
      location: { file: "dates.xlsx", sheet: "S", line: 2, column: "A" },
      hints: ["type the date into the cell again, or format the cell as a number or text"],
    });
  });

  it("refuses a file that is not a workbook as bad data", async () => {
    const file = join(tempDir("xlsx"), "notes.xlsx");
    writeFileSync(file, "not a zip");
    expect(await failure({ file, label: "notes.xlsx" })).toMatchObject({
      kind: "data",
      message: expect.stringMatching(/^not a readable \.xlsx workbook: /),
      location: { file: "notes.xlsx" },
    });
  });

  it("refuses a device named like a workbook (it would never end)", async () => {
    expect(await failure({ file: "/dev/zero", label: "z.xlsx" })).toMatchObject({
      message: "cannot read z.xlsx: it is a device, not a regular file",
    });
  });

  it("is chosen by the .xlsx extension", async () => {
    const dir = tempDir("xlsx");
    copyFileSync(BOOK, join(dir, "p.XLSX"));
    const { recordFormat } = await import("../../src/batch/read-records.js");
    expect(recordFormat(join(dir, "p.XLSX"))).toBe("xlsx");
  });

  it("refuses a workbook that unpacks to more than it may, whatever sizes it declares", async () => {
    const dir = tempDir("xlsx-bomb");
    const file = join(dir, "bomb.xlsx");
    // About 270 KB that inflate to 260 MB, declaring 1 KB.
    writeFileSync(file, zipBomb(MAX_XLSX_UNPACKED / (1 << 20) + 4));
    expect(await failure({ file, label: "bomb.xlsx" })).toEqual({
      kind: "data",
      message: "the workbook is too large to read: it unpacks to over 256 MB",
      location: { file: "bomb.xlsx" },
      hints: [
        "save the sheet as CSV, which is read a record at a time (or clear the cells beyond the table)",
      ],
    });
  });
});

describe("an Excel workbook read on a slow machine", () => {
  it("reads a sheet of 20,000 rows however long each slice of it takes", async () => {
    // The reader parses a sheet in slices, halving one that takes over 7 ms and calling itself
    // once per slice: a clock that moves 10 ms between any two looks is a machine loaded
    // enough that every slice is slow. Before, this overflowed the stack.
    const rows = [["id"], ...Array.from({ length: 20_000 }, (_, i) => [`r${i}`])];
    const file = join(tempDir("xlsx-slow"), "big.xlsx");
    writeFileSync(file, xlsxBook({ S: rows }));
    let t = 0;
    const clock = vi.spyOn(Date, "now").mockImplementation(() => (t += 10));
    try {
      const out = await read({ file, label: "big.xlsx" });
      expect(out.length).toBe(20_000);
      expect(out.at(-1)?.[2]).toEqual({ id: "r19999" });
    } finally {
      clock.mockRestore();
    }
  });
});

// The sixteenth pass (audit33): one shared string of a megabyte used by 500,000 rows, a
// workbook of 2.5 MB, made 500 GB of records, and `render --merge` ran past 300 s unended.
describe("a sheet whose cells share one long text", () => {
  it("is refused once its records hold more text than its parts may unpack to", async () => {
    const long = "y".repeat(1_000_000);
    const rows = [["name"], ...Array.from({ length: 300 }, () => [{ shared: 0 }])];
    const file = join(tempDir("xlsx-shared"), "shared.xlsx");
    writeFileSync(file, xlsxBook({ S: rows }, [long]));
    expect(await failure({ file, label: "shared.xlsx" })).toEqual({
      kind: "data",
      message:
        "the sheet's records hold over 268,435,456 characters by this row, more than its parts may unpack to (a text shared by many cells, or a row repeated, counts each time it is used)",
      location: { file: "shared.xlsx", sheet: "S", line: 270 },
      hints: ["a record holds one letter's fields: is a long value used in every row?"],
    });
  });
});

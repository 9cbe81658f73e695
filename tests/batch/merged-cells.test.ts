import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readRecords } from "../../src/batch/read-records.js";
import { caught } from "../helpers/errors.js";
import { odsBook, odsTable, text } from "../helpers/ods-book.js";
import { tempDir } from "../helpers/temp-dir.js";
import { type Cell, xlsxBook } from "../helpers/xlsx-book.js";

/** An .xlsx of one sheet, People, whose sheet XML says the ranges `refs` are merged. */
function mergedXlsx(rows: Cell[][], refs: string[]): string {
  const parts = unzipSync(xlsxBook({ People: rows }));
  const name = "xl/worksheets/sheet1.xml";
  const merges = `<mergeCells count="${refs.length}">${refs.map((r) => `<mergeCell ref="${r}"/>`).join("")}</mergeCells>`;
  parts[name] = strToU8(
    strFromU8(parts[name] as Uint8Array).replace("</sheetData>", `</sheetData>${merges}`),
  );
  const file = join(tempDir("merged-cells"), "p.xlsx");
  writeFileSync(file, zipSync(parts));
  return file;
}

/** An .ods of one sheet, People, of rows of cells' XML. */
function mergedOds(rows: string[][]): string {
  const file = join(tempDir("merged-cells"), "p.ods");
  writeFileSync(file, odsBook(odsTable("People", rows)));
  return file;
}

const spanned = (s: string, columns: number, rows: number) =>
  `<table:table-cell table:number-columns-spanned="${columns}" table:number-rows-spanned="${rows}" office:value-type="string"><text:p>${s}</text:p></table:table-cell>`;
const covered = "<table:covered-table-cell/>";

async function records(file: string, format: "xlsx" | "ods") {
  const out = [];
  for await (const r of readRecords({ file, label: `p.${format}`, format }))
    out.push([r.line, r.data]);
  return out;
}

async function problem(file: string, format: "xlsx" | "ods") {
  const e = await caught(() => records(file, format));
  return { kind: e.kind, ...e.problems[0] };
}

// merge38: a merged range's value is kept in its top-left cell alone, so a company merged over
// its three contacts' rows went into the first contact's letter only; the others' letters
// were written without it (or with the base letter's), without a word.
describe("merged cells", () => {
  const grouped = {
    message: expect.stringContaining(
      'the cell is part of the merged cells A3:A4, whose value ("Acme") the sheet keeps in A3 only: this record has none in company',
    ),
    location: { file: expect.any(String), sheet: "People", line: 4, column: "A" },
    hints: [expect.stringContaining("unmerge the cells and write the value into each row")],
  };

  it("refuses a record that a merge over rows in the table reaches, at its cell (.xlsx)", async () => {
    const file = mergedXlsx(
      [
        ["company", "name"],
        ["Zeta", "Ann"],
        ["Acme", "Bo"],
        [null, "Cy"],
      ],
      ["A3:A4"],
    );
    expect(await problem(file, "xlsx")).toMatchObject({ kind: "data", ...grouped });
  });

  it("refuses it in an .ods too", async () => {
    const file = mergedOds([
      [text("company"), text("name")],
      [text("Zeta"), text("Ann")],
      [spanned("Acme", 1, 2), text("Bo")],
      [covered, text("Cy")],
    ]);
    expect(await problem(file, "ods")).toMatchObject({ kind: "data", ...grouped });
  });

  it("reads a merge along a row as the sheet shows it, and merges that reach no record's named column", async () => {
    // A note merged over the next named column (the sheet shows it in that record alone), one
    // over the nameless columns right of the table, an empty merged range, one below the table.
    const file = mergedXlsx(
      [
        ["name", "note", "town"],
        ["Ann", "call first", null, null, null],
        ["Bo", null, "York"],
        [null, "x", null],
        ["Total: 2"],
      ],
      ["B2:C2", "D3:E4", "B3:B4", "A6:B7"],
    );
    expect(await records(file, "xlsx")).toEqual([
      [2, { name: "Ann", note: "call first" }],
      [3, { name: "Bo", town: "York" }],
      [4, { note: "x" }],
      [5, { name: "Total: 2" }],
    ]);
  });

  it("says a record's value in a column the header's merge names nothing for comes of the merge", async () => {
    // A title merged over the table's width, above the field names.
    const rows: Cell[][] = [
      ["Donors 2024", null, null],
      ["name", "town", "gift"],
      ["Ann", "Leeds", 5],
    ];
    for (const [file, format] of [
      [mergedXlsx(rows, ["A1:C1"]), "xlsx"],
      [
        mergedOds([
          [spanned("Donors 2024", 3, 1), covered, covered],
          [text("name"), text("town"), text("gift")],
          [text("Ann"), text("Leeds"), text("5")],
        ]),
        "ods",
      ],
    ] as const)
      expect((await problem(file, format)).hints, format).toContain(
        'A1:C1 of the header row is merged cells, which name only their first column (A, "Donors 2024"): unmerge them and name each column, or, for a title above the table, delete its row',
      );
  });

  it("says a header merged over two rows is not read as one name", async () => {
    const file = mergedOds([
      [spanned("name", 1, 2), text("town")],
      [covered, text("Leeds")],
      [text("Ann"), text("York")],
    ]);
    expect(await problem(file, "ods")).toMatchObject({
      location: { line: 2, column: "A" },
      hints: [expect.stringContaining("the merge starts in the header row"), expect.any(String)],
    });
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { expect, it } from "vitest";
import { emptyCellFilter } from "../../src/batch/empty-cells.js";
import { readRecords } from "../../src/batch/read-records.js";
import { unsavedFormulas } from "../../src/batch/unsaved-formula.js";
import { isMissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";
import { type Cell, xlsxBook } from "../helpers/xlsx-book.js";

const row = (cells: string) => `<sheetData><row r="5">${cells}</row></sheetData>`;

it("finds a cell whose formula has no saved result, and only such a cell", () => {
  // openpyxl writes a formula with an empty value; another writer leaves the value out.
  expect(unsavedFormulas(row('<c r="A5" s="1"/><c r="J5" s="7"><f>J4*2</f><v /></c>'))).toEqual([
    "J5",
  ]);
  expect(unsavedFormulas(row('<c r="B5"><f t="shared" si="0"/></c>'))).toEqual(["B5"]);
  expect(unsavedFormulas(row('<x:c r="C5"><x:f>1+1</x:f><x:v></x:v></x:c>'))).toEqual(["C5"]);
  // Saved results: a number, an error, and the empty text Excel saves for =IF(B2="","",B2).
  for (const saved of [
    '<c r="J5"><f>J4*2</f><v>10</v></c>',
    '<c r="J5" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    '<c r="J5" t="str"><f>IF(B2="","",B2)</f><v></v></c>',
    '<c r="J5" t="inlineStr"><is><t>f</t></is></c><c r="K5"><v>1</v></c>',
  ])
    expect(unsavedFormulas(row(saved)), saved).toEqual([]);
});

// merge37: a workbook written by openpyxl holds =J4*2 with no result; the cell read as empty
// and the merge said only "Total is not set in the record", nothing of the formula.
/** A workbook of one sheet, People, of `rows`, with the cells `formulas` names (`B3`) made formulas with no saved result. */
function unsavedBook(rows: Cell[][], formulas: string[]): string {
  const parts = unzipSync(xlsxBook({ People: rows }));
  const name = "xl/worksheets/sheet1.xml";
  let xml = strFromU8(parts[name] as Uint8Array);
  for (const ref of formulas) {
    const cell = new RegExp(`<c r="${ref}"[^>]*>.*?</c>`);
    expect(xml).toMatch(cell);
    xml = xml.replace(cell, `<c r="${ref}"><f>1+1</f><v/></c>`);
  }
  parts[name] = strToU8(xml);
  const file = join(tempDir("unsaved-formula"), "p.xlsx");
  writeFileSync(file, zipSync(parts));
  return file;
}

async function read(file: string) {
  const out = [];
  try {
    for await (const r of readRecords({ file, label: "p.xlsx", format: "xlsx" }))
      out.push([r.line, r.data]);
  } catch (e) {
    if (isMissiveError(e)) return { kind: e.kind, ...e.problems[0] };
    throw e;
  }
  return out;
}

const unsaved = (line: number, column: string) => ({
  kind: "data",
  message: expect.stringContaining(
    "the cell holds a formula whose result the workbook does not hold",
  ),
  location: { file: "p.xlsx", sheet: "People", line, column },
});

it("refuses a workbook's formula with no saved result at its cell", async () => {
  const rows: Cell[][] = [
    ["name", "total"],
    ["Ann", 5],
    ["Bo", 7],
  ];
  expect(await read(unsavedBook(rows, ["B3"]))).toMatchObject(unsaved(3, "B"));
});

// merge38: a total below the table, or a formula beside it, made the whole workbook refused,
// though no record reads it.
it("reads a workbook whose formulas with no result are outside the table", async () => {
  const rows: Cell[][] = [
    ["name", "total", null],
    ["Ann", 5, 1],
    ["Bo", 7, null],
    [null, null, null],
    [null, 12, null],
  ];
  expect(await read(unsavedBook(rows, ["C2", "B5"]))).toEqual([
    [2, { name: "Ann", total: "5" }],
    [3, { name: "Bo", total: "7" }],
  ]);
});

it("refuses a row of formulas with no result between records, which read as no record", async () => {
  const rows: Cell[][] = [
    ["name", "total"],
    ["Ann", 5],
    ["Bo", 6],
    ["Cy", 7],
  ];
  expect(await read(unsavedBook(rows, ["A3", "B3"]))).toMatchObject(unsaved(3, "A"));
});

// merge38: the sheet's XML is read in pieces; a row longer than the 4 MB a piece may keep
// back was cut at its last tag, which could part a formula from its empty value, and the
// formula was missed.
it("finds a formula with no result that a piece of the sheet's XML ends inside", () => {
  const filler = `<c r="A5" t="inlineStr"><is><t>${"x".repeat(5 << 20)}</t></is></c>`;
  const xml = `<worksheet><sheetData><row r="5">${filler}<c r="J5"><f>J4*2</f><v/></c></row></sheetData></worksheet>`;
  const cut = xml.indexOf("<v/>");
  const filter = emptyCellFilter();
  filter.push(Buffer.from(xml.slice(0, cut), "latin1"));
  filter.push(Buffer.from(xml.slice(cut), "latin1"));
  filter.end();
  expect(filter.unsavedFormulas()).toEqual(["J5"]);
});

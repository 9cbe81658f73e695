import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { expect, it } from "vitest";
import { readRecords } from "../../src/batch/read-records.js";
import { odsBook, odsTable, text } from "../helpers/ods-book.js";
import { tempDir } from "../helpers/temp-dir.js";
import { xlsxBook } from "../helpers/xlsx-book.js";

async function hiddenOf(file: string, format: "xlsx" | "ods") {
  const out = [];
  for await (const r of readRecords({ file, label: "p", format }))
    out.push([r.line, r.data.name, r.hidden ?? false]);
  return out;
}

// merge37: a row a filter (or Hide Rows) hid was merged without a word, so the people one had
// filtered out got their letters too.
it("marks a workbook's records from rows the sheet hides", async () => {
  const parts = unzipSync(xlsxBook({ S: [["name"], ["Ann"], ["Bo"], ["Cy"], [null]] }));
  const sheet = "xl/worksheets/sheet1.xml";
  const xml = strFromU8(parts[sheet] as Uint8Array);
  // Row 3 is hidden; so is row 6, a formatted empty row (a hidden range holds many).
  parts[sheet] = strToU8(
    xml
      .replace('<row r="3">', '<row r="3" spans="1:1" hidden="1">')
      .replace("</sheetData>", '<row r="6" hidden="1" s="2"/></sheetData>'),
  );
  const file = join(tempDir("hidden-rows"), "p.xlsx");
  writeFileSync(file, zipSync(parts));
  expect(await hiddenOf(file, "xlsx")).toEqual([
    [2, "Ann", false],
    [3, "Bo", true],
    [4, "Cy", false],
  ]);
});

it("marks an OpenDocument sheet's records from rows the sheet hides or filters out", async () => {
  const rows = [[text("name")], [text("Ann")], [text("Bo")], [text("Cy")]];
  const table = odsTable("S", rows)
    .replace(
      `<table:table-row>${text("Bo")}`,
      `<table:table-row table:visibility="collapsed">${text("Bo")}`,
    )
    .replace(
      `<table:table-row>${text("Cy")}`,
      `<table:table-row table:visibility="filter">${text("Cy")}`,
    );
  const file = join(tempDir("hidden-rows"), "p.ods");
  writeFileSync(file, odsBook(table));
  expect(await hiddenOf(file, "ods")).toEqual([
    [2, "Ann", false],
    [3, "Bo", true],
    [4, "Cy", true],
  ]);
});

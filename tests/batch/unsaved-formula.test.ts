import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { expect, it } from "vitest";
import { readRecords } from "../../src/batch/read-records.js";
import { unsavedFormula } from "../../src/batch/unsaved-formula.js";
import { isMissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";
import { xlsxBook } from "../helpers/xlsx-book.js";

const row = (cells: string) => `<sheetData><row r="5">${cells}</row></sheetData>`;

it("finds a cell whose formula has no saved result, and only such a cell", () => {
  // openpyxl writes a formula with an empty value; another writer leaves the value out.
  expect(unsavedFormula(row('<c r="A5" s="1"/><c r="J5" s="7"><f>J4*2</f><v /></c>'))).toBe("J5");
  expect(unsavedFormula(row('<c r="B5"><f t="shared" si="0"/></c>'))).toBe("B5");
  expect(unsavedFormula(row('<x:c r="C5"><x:f>1+1</x:f><x:v></x:v></x:c>'))).toBe("C5");
  // Saved results: a number, an error, and the empty text Excel saves for =IF(B2="","",B2).
  for (const saved of [
    '<c r="J5"><f>J4*2</f><v>10</v></c>',
    '<c r="J5" t="e"><f>1/0</f><v>#DIV/0!</v></c>',
    '<c r="J5" t="str"><f>IF(B2="","",B2)</f><v></v></c>',
    '<c r="J5" t="inlineStr"><is><t>f</t></is></c><c r="K5"><v>1</v></c>',
  ])
    expect(unsavedFormula(row(saved)), saved).toBeUndefined();
});

// merge37: a workbook written by openpyxl holds =J4*2 with no result; the cell read as empty
// and the merge said only "Total is not set in the record", nothing of the formula.
it("refuses a workbook's formula with no saved result at its cell", async () => {
  const parts = unzipSync(
    xlsxBook({
      People: [
        ["name", "total"],
        ["Ann", 5],
        ["Bo", 7],
      ],
    }),
  );
  const name = Object.keys(parts).find((p) => p.startsWith("xl/worksheets/")) as string;
  const xml = strFromU8(parts[name] as Uint8Array);
  expect(xml).toContain('<c r="B3"><v>7</v></c>');
  parts[name] = strToU8(xml.replace('<c r="B3"><v>7</v></c>', '<c r="B3"><f>B2+2</f><v/></c>'));
  const file = join(tempDir("unsaved-formula"), "p.xlsx");
  writeFileSync(file, zipSync(parts));
  const problem = async () => {
    try {
      for await (const _ of readRecords({ file, label: "p.xlsx", format: "xlsx" }));
    } catch (e) {
      if (isMissiveError(e)) return { kind: e.kind, ...e.problems[0] };
      throw e;
    }
    return "no error";
  };
  expect(await problem()).toMatchObject({
    kind: "data",
    message: expect.stringContaining(
      "the cell holds a formula whose result the workbook does not hold",
    ),
    location: { file: "p.xlsx", sheet: "People", line: 3, column: "B" },
  });
});

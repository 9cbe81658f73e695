import { expect, it } from "vitest";
import { emptyCellFilter } from "../../src/batch/empty-cells.js";

const SHEET = [
  '<?xml version="1.0"?><worksheet><cols><col min="1" max="26" style="1"/></cols><sheetData>',
  '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c><c r="B1" s="1"/></row>',
  '<row r="2" s="1" customFormat="1"><c r="A2" s="1"></c><c r="B2" s=\'1\' /></row>',
  '<x:row r="3"><x:c r="A3" s="2"><x:v>4</x:v></x:c><x:c r="B3" s="1"/></x:row>',
  '<row r="4" ht="12.8"></row><row r="5"/>',
  '<row r="6"><c r="A6" t="inlineStr"><is><t>Zoë &lt;c r="A7"/&gt;</t></is></c></row>',
  "</sheetData></worksheet>",
].join("");

const WITHOUT = [
  '<?xml version="1.0"?><worksheet><cols><col min="1" max="26" style="1"/></cols><sheetData>',
  '<row r="1"><c r="A1" t="inlineStr"><is><t>name</t></is></c></row>',
  '<x:row r="3"><x:c r="A3" s="2"><x:v>4</x:v></x:c></x:row>',
  '<row r="6"><c r="A6" t="inlineStr"><is><t>Zoë &lt;c r="A7"/&gt;</t></is></c></row>',
  "</sheetData></worksheet>",
].join("");

it("leaves out a sheet's empty cells and the rows left with none, however its XML is cut", () => {
  const bytes = Buffer.from(SHEET, "utf8");
  for (const size of [bytes.length, 1, 2, 3, 7, 16, 50]) {
    const filter = emptyCellFilter();
    for (let at = 0; at < bytes.length; at += size) filter.push(bytes.subarray(at, at + size));
    expect(filter.end().toString("utf8"), `chunks of ${size}`).toBe(WITHOUT);
  }
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { expect, it } from "vitest";
import { odsEmptyCellFilter } from "../../src/batch/ods-empty-cells.js";
import { readRecords } from "../../src/batch/read-records.js";
import { odsBook, text } from "../helpers/ods-book.js";
import { tempDir } from "../helpers/temp-dir.js";

const NS = 'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"';
const EMPTY = '<table:table-cell table:style-name="ce1"/>';
const row = (cells: string) => `<table:table-row>${cells}</table:table-row>`;

/** A sheet as a producer that writes each formatted empty cell writes it. */
const SHEET = [
  `<office:document-content ${NS}><table:table table:name="S">`,
  row(
    `${text("name")}${EMPTY}<table:table-cell table:number-columns-repeated="2"/>${text("city")}${EMPTY}`,
  ),
  `<table:table-row table:style-name="ro1">${text("Ann")}<table:table-cell table:style-name="ce1"></table:table-cell>`,
  '<table:covered-table-cell/> <table:table-cell office:value-type="float" office:value="3"/></table:table-row>',
  row(EMPTY.repeat(3)),
  '<table:table-row table:number-rows-repeated="2"><table:table-cell/></table:table-row><table:table-row/>',
  row(
    `<!-- a comment --><table:table-cell table:style-name='ce1' />${EMPTY}${text("Bob &amp; Co")}`,
  ),
  "</table:table></office:document-content>",
].join("");

const FILTERED = [
  `<office:document-content ${NS}><table:table table:name="S">`,
  row(`${text("name")}<table:table-cell table:number-columns-repeated="3"/>${text("city")}`),
  `<table:table-row table:style-name="ro1">${text("Ann")} <table:table-cell table:number-columns-repeated="2"/>`,
  '<table:table-cell office:value-type="float" office:value="3"/></table:table-row>',
  '<table:table-row table:number-rows-repeated="4"/>',
  row(
    `<!-- a comment --><table:table-cell table:number-columns-repeated="2"/>${text("Bob &amp; Co")}`,
  ),
  "</table:table></office:document-content>",
].join("");

it("writes runs of empty cells and rows as counts, leaves out a row's last ones, however its XML is cut", () => {
  for (const size of [SHEET.length, 1, 2, 3, 7, 16, 50]) {
    const filter = odsEmptyCellFilter();
    for (let at = 0; at < SHEET.length; at += size) filter.push(SHEET.slice(at, at + size));
    expect(filter.end(), `chunks of ${size}`).toBe(FILTERED);
  }
});

it("passes on as they are tags it does not fully read, and a part whose table prefix is redeclared", () => {
  const odd = [
    `<office:document-content ${NS}><table:table>`,
    row('<table:table-cell table:number-columns-repeated="&#50;"/><table:table-cell xmlns:x="y"/>'),
    row(EMPTY),
    '<table:table xmlns:table="urn:other">',
    row(EMPTY),
    "</table:table></table:table></office:document-content>",
  ].join("");
  const filter = odsEmptyCellFilter();
  filter.push(odd);
  expect(filter.end()).toBe(
    odd.replace(row(EMPTY), '<table:table-row table:number-rows-repeated="1"/>'),
  );
});

/**
 * An .ods of three records among 2 × `emptyRows` rows (20,000) and 26 columns of styled empty
 * cells, each written as `blank`.
 */
function formattedBook(blank = EMPTY, emptyRows = 10_000): Uint8Array {
  const empty = (n: number) => blank.repeat(n);
  const rows = [
    row(`${text("name")}${empty(1)}${text("city")}${empty(23)}`),
    row(`${text("Ann")}${empty(1)}${text("Oslo")}${empty(23)}`),
    row(empty(26)).repeat(emptyRows),
    row(`${empty(2)}${text("Rome")}${empty(23)}`),
    row(`${text("Cy")}${empty(25)}`),
    row(empty(26)).repeat(emptyRows),
  ];
  return odsBook(`<table:table table:name="S">${rows.join("")}</table:table>`);
}

it("reads the records of a sheet of 20,000 rows of styled empty cells, at their rows", async () => {
  const file = join(tempDir("ods-empty"), "p.ods");
  writeFileSync(file, formattedBook());
  const records = [];
  for await (const r of readRecords({ file, label: "p.ods", format: "ods" }))
    records.push([r.line, r.data]);
  expect(records).toEqual([
    [2, { name: "Ann", city: "Oslo" }],
    [10_003, { city: "Rome" }],
    [10_004, { name: "Cy" }],
  ]);
  // A flat .fods, read whole, is filtered as content.xml is.
  const flat = join(tempDir("ods-empty"), "p.fods");
  writeFileSync(flat, unzipSync(formattedBook())["content.xml"] as Uint8Array);
  const flatRecords = [];
  for await (const r of readRecords({ file: flat, label: "p.fods", format: "ods" }))
    flatRecords.push([r.line, r.data]);
  expect(flatRecords).toEqual(records);
});

// merge37: a producer that writes every blank cell with an empty paragraph
// (`<table:table-cell table:style-name="ce1"><text:p/></table:table-cell>`) was passed on
// cell by cell, so a huge styled sheet of them was slow to read as before the filter.
const TEXT_NS = 'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
const BLANK = '<table:table-cell table:style-name="ce1"><text:p/></table:table-cell>';

it("counts an empty cell of one empty paragraph as empty, and keeps one that reads as text", () => {
  const kept = [
    "<table:table-cell><text:p/><text:p/></table:table-cell>",
    "<table:table-cell><text:p> </text:p></table:table-cell>",
    "<table:table-cell><text:p>x</text:p></table:table-cell>",
    '<table:table-cell><text:p xmlns:a="b"/></table:table-cell>',
  ];
  const sheet = [
    `<office:document-content ${NS} ${TEXT_NS}><table:table table:name="S">`,
    row(
      `${text("a")}${BLANK}${BLANK} <table:table-cell><text:p text:style-name="P1"></text:p> </table:table-cell>${text("b")}${BLANK}`,
    ),
    row(BLANK.repeat(3)),
    ...kept.map((cell) => row(`${BLANK}${cell}${BLANK}`)),
    "</table:table></office:document-content>",
  ].join("");
  const filtered = [
    `<office:document-content ${NS} ${TEXT_NS}><table:table table:name="S">`,
    row(`${text("a")} <table:table-cell table:number-columns-repeated="3"/>${text("b")}`),
    '<table:table-row table:number-rows-repeated="1"/>',
    ...kept.map((cell) => row(`<table:table-cell table:number-columns-repeated="1"/>${cell}`)),
    "</table:table></office:document-content>",
  ].join("");
  for (const size of [sheet.length, 1, 2, 5, 13, 40]) {
    const filter = odsEmptyCellFilter();
    for (let at = 0; at < sheet.length; at += size) filter.push(sheet.slice(at, at + size));
    expect(filter.end(), `chunks of ${size}`).toBe(filtered);
  }
});

it("reads the same records, at the same rows, from blank cells written with empty paragraphs", async () => {
  const dir = tempDir("ods-empty-p");
  const records = async (blank: string) => {
    const file = join(dir, "p.ods");
    writeFileSync(file, formattedBook(blank, 500));
    const out = [];
    for await (const r of readRecords({ file, label: "p.ods", format: "ods" }))
      out.push([r.line, r.data]);
    return out;
  };
  expect(await records(BLANK)).toEqual([
    [2, { name: "Ann", city: "Oslo" }],
    [503, { city: "Rome" }],
    [504, { name: "Cy" }],
  ]);
  expect(await records(EMPTY)).toEqual(await records(BLANK));
});

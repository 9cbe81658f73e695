import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { strToU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { type RecordSource, readRecords } from "../../src/batch/read-records.js";
import { caught } from "../helpers/errors.js";
import { odsBook, odsTable, text } from "../helpers/ods-book.js";
import { tempDir } from "../helpers/temp-dir.js";
import { zipBomb } from "../helpers/zip-bomb.js";

const FIXTURES = resolve(import.meta.dirname, "../fixtures/ods");

async function read(src: Partial<RecordSource> = {}) {
  const file = src.file ?? join(FIXTURES, "people.ods");
  const out = [];
  for await (const r of readRecords({ file, label: "people.ods", format: "ods", ...src }))
    out.push([r.line, r.data]);
  return out;
}

async function failure(src: Partial<RecordSource>) {
  const e = await caught(() => read(src));
  return { kind: e.kind, ...e.problems[0] };
}

/** Writes an .ods (or any bytes) to a fresh folder and gives its path. */
function book(bytes: Uint8Array | string, name = "p.ods"): string {
  const file = join(tempDir("ods"), name);
  writeFileSync(file, bytes);
  return file;
}

/** The records of a one-sheet .ods of a header row and `cells` as its second row. */
async function secondRow(cells: string[], styles = "", named = "") {
  const header = cells.map((_, i) => text(`f${i + 1}`));
  return read({ file: book(odsBook(odsTable("S", [header, cells]), { styles, named })) });
}

const float = (value: string, shown: string, style?: string) =>
  `<table:table-cell${style ? ` table:style-name="${style}"` : ""} office:value-type="float" office:value="${value}"><text:p>${shown}</text:p></table:table-cell>`;
const ZIP_FORMAT =
  '<number:number-style style:name="Nzip"><number:number number:decimal-places="0" number:min-integer-digits="5"/></number:number-style>';
const GENERAL =
  '<number:number-style style:name="N0"><number:number number:min-integer-digits="1"/></number:number-style>';
const cellStyle = (name: string, attrs: string) =>
  `<style:style style:name="${name}" style:family="table-cell" ${attrs}/>`;

describe("readRecords of an OpenDocument spreadsheet", () => {
  it("reads LibreOffice's save as the sheet shows it: formatted numbers as shown, plain ones, dates, TRUE/FALSE", async () => {
    expect(await read()).toEqual([
      [
        2,
        {
          recipient: ["Ann  Lee"],
          zip: "02110",
          amount: "1,234.50",
          share: "12.5%",
          since: "2024-11-20",
          count: "1234.5",
          vip: true,
          // A cell's comment is not its text; its paragraphs are its lines.
          note: "first line\nsecond line",
        },
      ],
      // A merged cell's hidden neighbour is empty; two empty rows repeated, then row 5.
      [5, { recipient: ["Bo Kim"], count: "3", vip: false }],
    ]);
  });

  it("reads a flat .fods; a formatted cell that holds no shown text gives its value", async () => {
    const rows = await read({ file: join(FIXTURES, "people.fods") });
    expect(rows[0]?.[1]).toMatchObject({ zip: "2110", amount: "1234.5", share: "0.125" });
    expect(rows.map((r) => r[0])).toEqual([2, 5]);
  });

  it("reads the sheet given by name or number, and names the sheets there are", async () => {
    const other = [[2, { recipient: ["Cy"] }]];
    expect(await read({ sheet: "Other" })).toEqual(other);
    expect(await read({ sheet: "2" })).toEqual(other);
    expect(await failure({ sheet: "Nope" })).toMatchObject({
      kind: "usage",
      message: "--sheet Nope: Sheet not found: Nope. Available sheets: People, Other",
    });
  });

  it("cuts the list of sheets a missing --sheet names when the workbook holds thousands", async () => {
    const names = Array.from({ length: 5000 }, (_, i) => `Sheet ${i + 1}`);
    const file = book(odsBook(names.map((n) => odsTable(n, [])).join("")));
    const problem = (await failure({ file, sheet: "Nope" })) as { message: string };
    expect(problem.message).toMatch(
      /^--sheet Nope: Sheet not found: Nope\. Available sheets: Sheet 1, Sheet 2, .*…$/,
    );
    expect(problem.message.length).toBeLessThan(400);
  });

  it("takes a sheet named by digits (a year) by its name, else by its number", async () => {
    const year = (name: string) => odsTable(name, [[text("recipient.0")], [text(name)]]);
    const file = book(odsBook(year("2023") + year("2024")));
    expect(await read({ file, sheet: "2024" })).toEqual([[2, { recipient: ["2024"] }]]);
    expect(await read({ file, sheet: "1" })).toEqual([[2, { recipient: ["2023"] }]]);
  });

  it("finds a cell's number format through its style's parents, its row's and its column's default", async () => {
    const styles = ZIP_FORMAT + cellStyle("ce1", 'style:parent-style-name="Zip"');
    const named = cellStyle("Zip", 'style:data-style-name="Nzip"');
    expect(await secondRow([float("2110", "02110", "ce1")], styles, named)).toEqual([
      [2, { f1: "02110" }],
    ]);
    const byColumn = `<table:table table:name="S"><table:table-column table:number-columns-repeated="2"/><table:table-column table:default-cell-style-name="z"/><table:table-row>${text("a")}${text("b")}${text("c")}</table:table-row><table:table-row>${float("1", "1")}${float("2", "2")}${float("3", "00003")}</table:table-row><table:table-row table:default-cell-style-name="z">${float("4", "00004")}</table:table-row></table:table>`;
    const file = book(
      odsBook(byColumn, { styles: ZIP_FORMAT + cellStyle("z", 'style:data-style-name="Nzip"') }),
    );
    expect(await read({ file })).toEqual([
      [2, { a: "1", b: "2", c: "00003" }],
      [3, { a: "00004" }],
    ]);
  });

  it("gives a number in the General format its digits, not the sheet language's separators", async () => {
    const styles = GENERAL + cellStyle("g", 'style:data-style-name="N0"');
    expect(
      await secondRow([float("1234.5", "1234,5", "g"), float("1E+20", "1E+20")], styles),
    ).toEqual([[2, { f1: "1234.5", f2: "100000000000000000000" }]]);
  });

  it("gives currency, times and dates with a time as a person or a letter's date helpers read them", async () => {
    const cells = [
      '<table:table-cell office:value-type="currency" office:currency="USD" office:value="1234.5"><text:p>$1,234.50</text:p></table:table-cell>',
      '<table:table-cell office:value-type="time" office:time-value="PT13H45M00S"><text:p>01:45 PM</text:p></table:table-cell>',
      '<table:table-cell office:value-type="date" office:date-value="2024-11-20T13:45:00"><text:p>11/20/24 13:45</text:p></table:table-cell>',
      '<table:table-cell office:value-type="date" office:date-value="2024-11-20T00:00:00"><text:p>11/20/24</text:p></table:table-cell>',
    ];
    expect(await secondRow(cells)).toEqual([
      [2, { f1: "$1,234.50", f2: "01:45 PM", f3: "2024-11-20T13:45:00.000Z", f4: "2024-11-20" }],
    ]);
  });

  it("leaves out the padding a number format adds to line numbers up (as .xlsx does)", async () => {
    const cells = [
      '<table:table-cell office:value-type="currency" office:currency="USD" office:value="1234.5"><text:p><text:s/>$1,234.50 </text:p></table:table-cell>',
      '<table:table-cell table:style-name="f" office:value-type="float" office:value="0.25"><text:p><text:s text:c="2"/>1/4 </text:p></table:table-cell>',
    ];
    const styles = cellStyle("f", 'style:data-style-name="N9"');
    // Before: " $1,234.50 ", LibreOffice's own save of `_("$"* #,##0.00_)`.
    expect(await secondRow(cells, styles)).toEqual([[2, { f1: "$1,234.50", f2: "1/4" }]]);
  });

  it("refuses elements nested past 250, or of over 250 attributes, as it reads them", async () => {
    // Before, 200,000 nested spans (4.6 MB) took minutes: the XML reader walks up the
    // elements an element is in to resolve its namespace prefixes; and one <text:p> of 800,000
    // attributes (13 MB) took 1.2 GB.
    const cell = (p: string) =>
      `<table:table-cell office:value-type="string">${p}</table:table-cell>`;
    const nested = (n: number) =>
      cell(`<text:p>${"<text:span>".repeat(n)}Ann${"</text:span>".repeat(n)}</text:p>`);
    const attributes = (n: number) =>
      cell(
        `<text:p ${Array.from({ length: n }, (_, i) => `text:a${i}="x"`).join(" ")}>Ann</text:p>`,
      );
    const sheet = (c: string) => book(odsBook(odsTable("S", [[text("a")], [c]])));
    const refusal = (why: string) => ({
      kind: "data",
      message: `not a readable OpenDocument spreadsheet: content.xml, line 1: ${why}`,
      location: { file: "people.ods" },
      hints: ["a spreadsheet writes a few dozen; save it again from the spreadsheet, or as CSV"],
    });
    expect(await read({ file: sheet(nested(200)) })).toEqual([[2, { a: "Ann" }]]);
    expect(await failure({ file: sheet(nested(200_000)) })).toEqual(
      refusal("its elements nest more than 250 deep"),
    );
    expect(await read({ file: sheet(attributes(250)) })).toEqual([[2, { a: "Ann" }]]);
    expect(await failure({ file: sheet(attributes(800_000)) })).toEqual(
      refusal("an element has more than 250 attributes"),
    );
  }, 30_000);

  it("reads a million repeated empty rows and a thousand empty columns without laying them out", async () => {
    const tail =
      '<table:table-row table:number-rows-repeated="1000000000"><table:table-cell table:number-columns-repeated="1000000000"/></table:table-row>';
    const table = `<table:table table:name="S"><table:table-row>${text("a")}</table:table-row><table:table-row>${text("x")}<table:table-cell table:number-columns-repeated="1000000000"/></table:table-row>${tail}<table:table-row>${text("y")}</table:table-row></table:table>`;
    expect(await read({ file: book(odsBook(table)) })).toEqual([
      [2, { a: "x" }],
      [1_000_000_003, { a: "y" }],
    ]);
  });
});

/** The zip with every header's uncompressed size of `name` set to 4 GB, as a hostile zip may say. */
function lyingSizes(zip: Uint8Array, name: string): Buffer {
  const b = Buffer.from(zip);
  for (let at = b.indexOf(name); at >= 0; at = b.indexOf(name, at + 1)) {
    if (at >= 30 && b.readUInt32LE(at - 30) === 0x04034b50)
      b.writeUInt32LE(0xfffffff0, at - 30 + 22);
    if (at >= 46 && b.readUInt32LE(at - 46) === 0x02014b50)
      b.writeUInt32LE(0xfffffff0, at - 46 + 24);
  }
  return b;
}

describe("readRecords of a hostile or broken .ods", () => {
  it("reads a zip whose parts declare sizes they do not have by what they hold", async () => {
    const zip = lyingSizes(odsBook(odsTable("S", [[text("a")], [text("x")]])), "content.xml");
    expect(zip.equals(Buffer.from(odsBook(odsTable("S", [[text("a")], [text("x")]]))))).toBe(false);
    expect(await read({ file: book(zip) })).toEqual([[2, { a: "x" }]]);
  });

  const at = (line: number, column: string) => ({ file: "people.ods", sheet: "S", line, column });

  // merge38: an .ods row ends at its last value, so a title alone in A1 made a header of one
  // cell, and every later column of the table below it was dropped without a word.
  it("refuses a value past the header row's last cell, as one in a column with no name", async () => {
    const file = book(
      odsBook(
        odsTable("S", [
          [text("Donors 2024")],
          [text("name"), text("town")],
          [text("Ann"), text("Leeds")],
        ]),
      ),
    );
    expect(await failure({ file })).toMatchObject({
      kind: "data",
      message: "sheet column 2 has no name in the header row, but this row has a value in it",
      location: { line: 2, column: "B" },
      hints: expect.arrayContaining([
        expect.stringContaining('names one column only ("Donors 2024")'),
      ]),
    });
  });

  it("refuses a value repeated over the cell limit before laying it out", async () => {
    const many = `<table:table-row table:number-rows-repeated="100000000">${text("x")}</table:table-row>`;
    const file = book(
      odsBook(
        `<table:table table:name="S"><table:table-row>${text("a")}</table:table-row>${many}</table:table>`,
      ),
    );
    expect(await failure({ file })).toEqual({
      kind: "data",
      message: "the workbook is too large to read: its sheet holds over 10,000,000 cells",
      location: at(2, "A"),
      hints: [
        "save the sheet as CSV, which is read a record at a time (or clear the cells beyond the table)",
      ],
    });
  });

  // Before, the row was copied ten million times (1 s and 700 MB before the first record),
  // and each copy was a letter to write.
  it("refuses a row of values repeated past the limit, at the row", async () => {
    const row = (n: number) =>
      `<table:table-row table:number-rows-repeated="${n}">${text("x")}</table:table-row>`;
    const table = (n: number) =>
      `<table:table table:name="S"><table:table-row>${text("a")}</table:table-row>${row(n)}</table:table>`;
    expect(await failure({ file: book(odsBook(table(9_999_999))) })).toEqual({
      kind: "data",
      message:
        "this row of values is repeated 9,999,999 times (table:number-rows-repeated); a row of values may stand for at most 1,000",
      location: { file: "people.ods", sheet: "S", line: 2 },
      hints: ["write the records out one to a row, or save the sheet as CSV"],
    });
    const read1000 = await read({ file: book(odsBook(table(1000))) });
    expect(read1000).toHaveLength(1000);
    expect(read1000.at(-1)).toEqual([1001, { a: "x" }]);
  });

  it("refuses a row that repeats a long cell past a letter's data, at the row", async () => {
    // Before: a .fods of 1 MB, a cell of a million characters repeated across 1,000 columns
    // (recipient.0 to recipient.999), was a record of a gigabyte: exit 70, "Invalid string
    // length" with a stack trace, after a minute and 2 GB. Here 10 columns, 10 MB.
    const header = Array.from({ length: 10 }, (_, i) => text(`recipient.${i}`));
    const long = `<table:table-cell office:value-type="string" table:number-columns-repeated="10"><text:p>b<text:s text:c="1000000"/></text:p></table:table-cell>`;
    const file = book(odsBook(odsTable("S", [header, [long]])));
    expect(await failure({ file })).toEqual({
      kind: "data",
      message: "a record is over 4,194,304 characters, more than a letter's data file may hold",
      location: { file: "people.ods", sheet: "S", line: 2 },
      hints: [
        "a record holds one letter's fields, a few kilobytes: is a value pasted in many times?",
      ],
    });
    // Four such cells are within it.
    const four = long.replace('"10"', '"4"');
    expect(await read({ file: book(odsBook(odsTable("S", [header, [four]]))) })).toHaveLength(1);
  });

  it("refuses a cell of over a million characters, at its place", async () => {
    const file = book(
      odsBook(odsTable("S", [[text("a"), text('b<text:s text:c="1000000000000"/>')]])),
    );
    expect(await failure({ file })).toMatchObject({
      kind: "data",
      message: "a cell holds over 1048576 characters",
      location: at(1, "B"),
    });
  });

  // Each text summed the cell's paragraphs so far (audit32): 80,000 one-letter paragraphs
  // (1.4 MB) took 16 s, a cell's million 9 minutes or so; and empty paragraphs, whose line
  // feeds make the cell's value, were not counted at all. Now 300,000 take well under a second.
  it("reads a cell of many paragraphs in time linear in them, counting their line feeds", async () => {
    const many = (n: string, count: number) =>
      `<table:table-cell office:value-type="string">${`<text:p>${n}</text:p>`.repeat(count)}</table:table-cell>`;
    const started = Date.now();
    const rows = await read({
      file: book(odsBook(odsTable("S", [[text("a")], [many("x", 300_000)]]))),
    });
    expect(Date.now() - started).toBeLessThan(15_000);
    const [[, data]] = rows as [[number, { a: string }]];
    expect(data.a).toHaveLength(599_999);
    const empty = book(odsBook(odsTable("S", [[text("a")], [many("", 1_048_578)]])));
    expect(await failure({ file: empty })).toMatchObject({
      message: "a cell holds over 1048576 characters",
      location: at(2, "A"),
    });
  });

  it.each([
    [
      "malformed XML",
      odsBook("<table:table>"),
      /^not a readable OpenDocument spreadsheet: content\.xml, line 1: /,
    ],
    [
      "text that is not UTF-8",
      odsBook("", { raw: { "content.xml": new Uint8Array([0x3c, 0xff, 0xfe]) } }),
      /^not a readable OpenDocument spreadsheet: content\.xml is not UTF-8 text$/,
    ],
    [
      "a text document",
      odsBook("", { mimetype: "application/vnd.oasis.opendocument.text" }),
      /^not an OpenDocument spreadsheet: the file says it is application\/vnd\.oasis\.opendocument\.text$/,
    ],
    [
      "no content",
      odsBook("", { raw: { "content.xml": null } }),
      /^not a readable OpenDocument spreadsheet: it has no content\.xml$/,
    ],
    ["no sheet", odsBook(""), /^not a readable OpenDocument spreadsheet: it has no sheet$/],
    [
      "bytes of no kind",
      strToU8("\u0000\u0001 not a spreadsheet"),
      /^not a readable OpenDocument spreadsheet: the file, line 1: /,
    ],
    [
      "an entity defined in a DTD",
      strToU8('<!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><x>&a;&a;</x>'),
      /^not a readable OpenDocument spreadsheet: the file, line 1: /,
    ],
    [
      "a zip bomb",
      zipBomb(300, "content.xml"),
      /^the workbook is too large to read: it unpacks to over 256 MB$/,
    ],
  ])("says what is wrong with %s, exit 4 (data), no crash", async (_, bytes, message) => {
    const problem = await failure({ file: book(bytes) });
    expect(problem).toMatchObject({ kind: "data", location: { file: "people.ods" } });
    expect((problem as { message: string }).message).toMatch(message);
  });
});

// The sixteenth pass (audit33): every sheet of content.xml was parsed, so a sheet of two
// million rows after the one taken (800 KB) took 79 s and 890 MB; now 24 s, the rest being
// the part's unpacking and scans. The read ends at the element after the sheet taken, so
// what follows it is never parsed, and an end tag that does not match is still an error.
describe("the sheets after the one taken", () => {
  const first = odsTable("S", [[text("name")], [text("Ann")]]);
  const deep = `<table:table table:name="T">${"<text:span>".repeat(300)}</table:table>`;

  it("are not read", async () => {
    const file = book(odsBook(first + deep));
    expect(await read({ file })).toEqual([[2, { name: "Ann" }]]);
  });

  it("are read when --sheet names a later one, or by digits a name may match", async () => {
    const file = book(odsBook(first + deep));
    expect(await failure({ file, sheet: "T" })).toMatchObject({
      message: expect.stringMatching(/nest more than 250 deep$/),
    });
    expect(await failure({ file, sheet: "1" })).toMatchObject({
      message: expect.stringMatching(/nest more than 250 deep$/),
    });
  });
});

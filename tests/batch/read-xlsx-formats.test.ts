import { writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readRecords } from "../../src/batch/read-records.js";
import { isMissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";
import { type Cell, xlsxBook } from "../helpers/xlsx-book.js";

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

/**
 * The records of a one-sheet workbook of `rows` (its sheet S, or the one `sheet` names), or
 * its error; `edit` changes its parts.
 */
async function records(
  rows: Cell[][],
  edit?: (parts: Record<string, Uint8Array>) => void,
  sheet?: string,
) {
  const file = join(tempDir("xlsx-formats"), "book.xlsx");
  const parts = unzipSync(xlsxBook({ S: rows }));
  edit?.(parts);
  writeFileSync(file, zipSync(parts));
  const out = [];
  try {
    for await (const r of readRecords({ file, label: "book.xlsx", format: "xlsx", sheet }))
      out.push(r.data);
  } catch (e) {
    if (isMissiveError(e)) return { kind: e.kind, ...e.problems[0] };
    throw e;
  }
  return out;
}

/** The one value of a sheet of one column `x` holding `cell`. */
async function shown(cell: Cell) {
  const out = await records([["x"], [cell]]);
  return Array.isArray(out) ? out[0]?.x : out;
}

const text = (parts: Record<string, Uint8Array>, name: string) =>
  strFromU8(parts[name] as Uint8Array);

describe("a number in an Excel cell reads as the sheet shows it", () => {
  it.each([
    // Before, each read as its plain value: 2110, 6175551234, 4711, 0.125, 1234.5, …
    ["a ZIP code, 00000", { n: 2110, format: "00000" }, "02110"],
    ["a ZIP+4 code, 00000-0000", { n: 21101234, format: "00000-0000" }, "02110-1234"],
    ["a phone number, 000-000-0000", { n: 6175551234, format: "000-000-0000" }, "617-555-1234"],
    ["an account id, 000000", { n: 4711, format: "000000" }, "004711"],
    ["a percentage, 0.0%", { n: 0.125, format: "0.0%" }, "12.5%"],
    ["an amount, #,##0.00", { n: 1234.5, format: "#,##0.00" }, "1,234.50"],
    ['a number with text, "No. "0', { n: 7, format: '"No. "0' }, "No. 7"],
    [
      "a condition, [<=9999999]###-####;(###) ###-####",
      { n: 6175551234, format: "[<=9999999]###-####;(###) ###-####" },
      "(617) 555-1234",
    ],
    [
      "a negative amount in red, #,##0.00;[Red]-#,##0.00",
      { n: -3, format: "#,##0.00;[Red]-#,##0.00" },
      "-3.00",
    ],
    [
      "a currency with its locale, [$€-407]#,##0.00",
      { n: 1234.5, format: "[$€-407]#,##0.00" },
      "€1.234,50",
    ],
    [
      "padding for a column (_) and * ), trimmed",
      { n: 1234.5, format: '_("$"* #,##0.00_)' },
      "$1,234.50",
    ],
  ])("%s", async (_, cell, value) => {
    expect(await shown(cell)).toBe(value);
  });

  it.each([
    [1, 2.5, "3"],
    [2, 2.5, "2.50"],
    [3, 1234.5, "1,235"],
    [4, 1234.5, "1,234.50"],
    [5, -1234.5, "($1,235)"],
    [7, 1234.5, "$1,234.50"],
    [9, 0.125, "13%"],
    [10, 0.125, "12.50%"],
    [11, 12345, "1.23E+04"],
    [12, 1.5, "1 1/2"],
    [13, 0.25, "1/4"],
    [37, -1234.5, "(1,235)"],
    [39, 1234.5, "1,234.50"],
    [44, 1234.5, "$1,234.50"],
    [48, 12345, "12.3E+3"],
  ])("built-in format %i shows %d as %s", async (id, n, value) => {
    expect(await shown({ n, format: id })).toBe(value);
  });

  it.each([
    ["General (format 0)", { n: 1234.5, format: 0 }, "1234.5"],
    ["General, as its code", { n: 123456789012, format: "General" }, "123456789012"],
    ["General with a locale", { n: 0.1, format: "[$-409]General" }, "0.1"],
    ["Text (format 49)", { n: 2110, format: 49 }, "2110"],
    ["no style", 2110, "2110"],
  ])("%s keeps the number as it was read before", async (_, cell, value) => {
    expect(await shown(cell)).toBe(value);
  });

  it.each([
    ["the built-in date format 14", { n: 45000, format: 14 }],
    ["a date format of its own", { n: 45000, format: "d mmmm yyyy" }],
    // Japanese era years (R5.3.15): the spreadsheet reader takes it for a number, 45000.
    ["a date format the reader does not take for one", { n: 45000, format: "ge.m.d" }],
  ])("a date in %s reads as YYYY-MM-DD, as before", async (_, cell) => {
    expect(await shown(cell)).toBe("2023-03-15");
  });

  it.each([
    [18, 0.5729166667, "1:45 PM"],
    [19, 0.5729166667, "1:45:00 PM"],
    [20, 0.5729166667, "13:45"],
    [21, 0.5729166667, "13:45:00"],
    [46, 1.5, "36:00:00"],
    ["h:mm AM/PM;@", 0.25, "6:00 AM"],
  ])(
    "a time of day in format %s reads as the sheet shows it (%d: %s)",
    async (format, n, value) => {
      // Before: 1899-12-30T13:45:00.000Z, a date no letter means.
      expect(await shown({ n, format })).toBe(value);
    },
  );

  it("a date with a time reads as ISO 8601, as before", async () => {
    expect(await shown({ n: 45000.5729166667, format: 22 })).toBe("2023-03-15T13:45:00.000Z");
  });

  it("counts a 1904 workbook's days from 1904, in every date format", async () => {
    const rows = [
      ["a", "b"],
      [
        { n: 45000, format: 14 },
        { n: 45000, format: "ge.m.d" },
      ],
    ];
    const out = await records(rows, (parts) => {
      parts["xl/workbook.xml"] = strToU8(
        text(parts, "xl/workbook.xml").replace("<sheets>", '<workbookPr date1904="1"/><sheets>'),
      );
    });
    expect(out).toEqual([{ a: "2027-03-16", b: "2027-03-16" }]);
  });

  it("reads a number its format hides (;;;) as an empty cell, which sets nothing", async () => {
    expect(
      await records([
        ["x", "y"],
        ["a", { n: 5, format: ";;;" }],
      ]),
    ).toEqual([{ x: "a" }]);
  });

  it("reads every cell of a sheet that unpacks to several megabytes (tags cut between chunks)", async () => {
    const rows: Cell[][] = [["id"]];
    for (let i = 0; i < 40_000; i++) rows.push([{ n: i, format: "000000" }]);
    const out = await records(rows);
    expect(Array.isArray(out) && out.length).toBe(40_000);
    const ids = (out as { id: string }[]).map((r) => r.id);
    expect(ids.filter((id, i) => id !== String(i).padStart(6, "0"))).toEqual([]);
  });

  it("reads a cell's tag as XML may write it: attributes in any order, quoted either way", async () => {
    const out = await records([["x"], [{ n: 2110, format: "00000" }]], (parts) => {
      parts["xl/worksheets/sheet1.xml"] = strToU8(
        text(parts, "xl/worksheets/sheet1.xml").replace(
          '<c r="A2" s="1">',
          "<c t='n' s = '1'\n r='A2'>",
        ),
      );
    });
    expect(out).toEqual([{ x: "02110" }]);
  });

  it("shows a cell without a style in style 0's format, when that has one", async () => {
    const out = await records(
      [
        ["a", "b", "c"],
        [2110, 2110, 2110],
      ],
      (parts) => {
        parts["xl/worksheets/sheet1.xml"] = strToU8(
          text(parts, "xl/worksheets/sheet1.xml")
            .replace('<c r="B2">', '<c r="B2" s="1">')
            .replace('<c r="C2">', '<c r="C2" s="2">'),
        );
        parts["xl/styles.xml"] = strToU8(
          '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="00000"/></numFmts><cellXfs><xf numFmtId="164"/><xf numFmtId="0"/><xf numFmtId="3"/></cellXfs></styleSheet>',
        );
        parts["xl/_rels/workbook.xml.rels"] = strToU8(
          text(parts, "xl/_rels/workbook.xml.rels").replace(
            "</Relationships>",
            '<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
          ),
        );
      },
    );
    expect(out).toEqual([{ a: "02110", b: "2110", c: "2,110" }]);
  });

  it("leaves text cells as they are, whatever their format", async () => {
    const out = await records([["x"], [2110]], (parts) => {
      parts["xl/worksheets/sheet1.xml"] = strToU8(
        text(parts, "xl/worksheets/sheet1.xml").replace(
          '<c r="A2"><v>2110</v></c>',
          '<c r="A2" s="1" t="inlineStr"><is><t>2110</t></is></c>',
        ),
      );
      parts["xl/styles.xml"] = strToU8(
        '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><numFmts><numFmt numFmtId="164" formatCode="00000"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>',
      );
    });
    expect(out).toEqual([{ x: "2110" }]);
  });

  it("reads each cell's own format, in any column and row", async () => {
    const zip = { n: 2110, format: "00000" };
    expect(
      await records([
        ["name", "zip", "share"],
        ["Ann", zip, { n: 0.5, format: 9 }],
        ["Bo", 2110, 0.5],
        [null, null, null],
        ["Cy", { n: 7030, format: "00000" }, { n: 0.25, format: "0.0%" }],
      ]),
    ).toEqual([
      { name: "Ann", zip: "02110", share: "50%" },
      { name: "Bo", zip: "2110", share: "0.5" },
      { name: "Cy", zip: "07030", share: "25.0%" },
    ]);
  });
});

it("reads LibreOffice's save of a sheet as .xlsx as it reads the sheet's .ods", async () => {
  const fixtures = resolve(import.meta.dirname, "../fixtures");
  const read = async (file: string, format: "xlsx" | "ods") => {
    const out = [];
    for await (const r of readRecords({ file, label: "p", format })) out.push(r.data);
    return out;
  };
  const xlsx = await read(join(fixtures, "xlsx/people-libreoffice.xlsx"), "xlsx");
  // Before: zip "2110", amount "1234.5", share "0.125".
  expect(xlsx[0]).toMatchObject({ zip: "02110", amount: "1,234.50", share: "12.5%" });
  expect(xlsx[0]).toMatchObject({ since: "2024-11-20", count: "1234.5", vip: true });
  expect(xlsx).toEqual(await read(join(fixtures, "ods/people.ods"), "ods"));
});

describe("a workbook's styles that are missing, wrong or hostile", () => {
  const ZIP = [["zip"], [{ n: 2110, format: "00000" }]];
  const styles = (xml: string) => (parts: Record<string, Uint8Array>) => {
    parts["xl/styles.xml"] = strToU8(xml);
  };

  it("is bad data at its cell when a number's style is missing (the reader refuses it)", async () => {
    const noStyles = (parts: Record<string, Uint8Array>) => {
      parts["xl/worksheets/sheet1.xml"] = strToU8(
        text(parts, "xl/worksheets/sheet1.xml").replace('<c r="A2">', '<c r="A2" s="1">'),
      );
    };
    const hints = ["save it from the spreadsheet as Excel Workbook (.xlsx), or as CSV"];
    const reason = "the cell's number names a style the workbook does not have (FORMAT_INVALID)";
    // Before: "not a readable .xlsx workbook: <c/> at row 2, col 1: FORMAT_INVALID".
    expect(await records([["zip"], [2110]], noStyles, "S")).toEqual({
      kind: "data",
      message: `not a readable .xlsx workbook: ${reason}`,
      location: { file: "book.xlsx", sheet: "S", line: 2, column: "A" },
      hints,
    });
    // Without --sheet only the first sheet is read, so its cell is named too (before: "cell
    // A2: …" of no sheet, as the reader read every sheet and did not say which one failed).
    expect(await records([["zip"], [2110]], noStyles)).toEqual({
      kind: "data",
      message: `not a readable .xlsx workbook: ${reason}`,
      location: { file: "book.xlsx", sheet: "S", line: 2, column: "A" },
      hints,
    });
  });

  it.each([
    [
      "a format id that names no format",
      `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="999"/></cellXfs></styleSheet>`,
    ],
    [
      "a format code the formatter cannot read",
      `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="0&quot;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    ],
    [
      "a format code longer than Excel allows",
      `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="${"0".repeat(300)}"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`,
    ],
    [
      "a format id that is no number",
      `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="-1e9"/></cellXfs></styleSheet>`,
    ],
    [
      "a style past Excel's 64,000",
      `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="00000"/></numFmts><cellXfs>${'<xf numFmtId="164"/>'.repeat(70_000)}</cellXfs></styleSheet>`,
      69_999,
    ],
  ])("reads the plain value for %s", async (_, xml, style = 1) => {
    // What a spreadsheet shows for a format it cannot read: General.
    const out = await records(ZIP, (parts) => {
      styles(xml)(parts);
      parts["xl/worksheets/sheet1.xml"] = strToU8(
        text(parts, "xl/worksheets/sheet1.xml").replace(' s="1"', ` s="${style}"`),
      );
    });
    expect(out).toEqual([{ zip: "2110" }]);
  });

  it("reads the plain value for a format past the 1,000 a workbook may write itself", async () => {
    const codes = Array.from(
      { length: 1_001 },
      (_, i) => `<numFmt numFmtId="${164 + i}" formatCode="${"0".repeat(6 + (i % 2))}"/>`,
    ).join("");
    const xml = `<styleSheet xmlns="${MAIN}"><numFmts>${codes}</numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="1163"/><xf numFmtId="1164"/></cellXfs></styleSheet>`;
    const rows = [
      ["a", "b"],
      [
        { n: 1, format: "0" },
        { n: 2, format: "0.0" },
      ],
    ];
    expect(await records(rows, styles(xml))).toEqual([{ a: "0000001", b: "2" }]);
  });

  it("takes a style's format from its base style when it names none", async () => {
    const xml = `<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="00000"/></numFmts><cellStyleXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellStyleXfs><cellXfs><xf numFmtId="0"/><xf xfId="1"/></cellXfs></styleSheet>`;
    expect(await records(ZIP, styles(xml))).toEqual([{ zip: "02110" }]);
  });

  it("reads prefixed elements (x:numFmt) as the reader does", async () => {
    const xml = `<x:styleSheet xmlns:x="${MAIN}"><x:numFmts><x:numFmt numFmtId="164" formatCode="000000"/></x:numFmts><x:cellXfs><x:xf numFmtId="0"/><x:xf numFmtId="164"/></x:cellXfs></x:styleSheet>`;
    expect(await records(ZIP, styles(xml))).toEqual([{ zip: "002110" }]);
  });

  const HINTS = ["save it from the spreadsheet as Excel Workbook (.xlsx), or as CSV"];

  it("says where a styles part that is not well-formed XML goes wrong", async () => {
    // The spreadsheet reader takes a second root element; the formats are not to be guessed.
    const xml = `<styleSheet xmlns="${MAIN}"><cellXfs><xf numFmtId="0"/><xf numFmtId="1"/></cellXfs></styleSheet><more/>`;
    expect(await records(ZIP, styles(xml))).toEqual({
      kind: "data",
      message:
        "not a readable .xlsx workbook: xl/styles.xml:1:152: documents may contain only one root",
      location: { file: "book.xlsx" },
      hints: HINTS,
    });
  });

  it("expands no entities a styles part declares (a billion laughs)", async () => {
    const laughs = `<!DOCTYPE s [<!ENTITY a "${"x".repeat(1000)}"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>`;
    const xml = `<?xml version="1.0"?>${laughs}<styleSheet xmlns="${MAIN}"><numFmts><numFmt numFmtId="164" formatCode="&b;"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="164"/></cellXfs></styleSheet>`;
    expect(await records(ZIP, styles(xml))).toMatchObject({
      kind: "data",
      message:
        "the workbook's part xl/styles.xml declares a document type (<!DOCTYPE …>), which no spreadsheet writes",
    });
  });

  // Before, the reader left the entity as written: the record's name was "&x;", where the
  // styles part (above) and an .ods refused theirs.
  it("refuses a document type in any part, as in a worksheet (an external entity)", async () => {
    const external = (parts: Record<string, Uint8Array>) => {
      const sheet = "xl/worksheets/sheet1.xml";
      parts[sheet] = strToU8(
        text(parts, sheet)
          .replace("<?xml", '<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/hostname">]><?xml')
          .replace(/<\?xml[^>]*\?>/, "")
          .replace(/Ann/, "&x;"),
      );
    };
    expect(await records([["name"], ["Ann"]], external)).toEqual({
      kind: "data",
      message:
        "the workbook's part xl/worksheets/sheet1.xml declares a document type (<!DOCTYPE …>), which no spreadsheet writes",
      location: { file: "book.xlsx" },
      hints: ["save it again from the spreadsheet, or as CSV"],
    });
  });

  // Before, "a sheet spans Infinity rows and 1 columns (to cell AInfinity)".
  it("says so of a worksheet holding a comment of megabytes", async () => {
    const long = (parts: Record<string, Uint8Array>) => {
      const sheet = "xl/worksheets/sheet1.xml";
      const pad = `<!--${"x".repeat(2 * 1024 * 1024)}-->`;
      parts[sheet] = strToU8(text(parts, sheet).replace(/<\?xml[^>]*\?>/, pad));
    };
    expect(await records([["name"], ["Ann"]], long)).toMatchObject({
      kind: "data",
      message:
        "the workbook is too large to read: xl/worksheets/sheet1.xml holds a tag or comment running on over 1 MB",
    });
  });

  // Before, a cell of 50 MB (a workbook of 50 kB) took 80 s and 900 MB in the reader, which
  // copies a text node it has not seen the end of for each slice it parses, then overflowed
  // its stack: "not a readable .xlsx workbook: Maximum call stack size exceeded". A cell of
  // two million characters was read as a record of that size, where CSV stops at a megabyte.
  it("refuses a cell over a megabyte, at the cell, and a text of megabytes before reading", async () => {
    expect(
      await records([
        ["name", "note"],
        ["Ann", "x".repeat(2_000_000)],
      ]),
    ).toEqual({
      kind: "data",
      message: "a cell holds over 1048576 characters",
      location: { file: "book.xlsx", sheet: "S", line: 2, column: "B" },
    });
    expect(
      await records([
        ["name", "note"],
        ["Ann", "x".repeat(50_000_000)],
      ]),
    ).toMatchObject({
      kind: "data",
      message:
        "the workbook is too large to read: xl/worksheets/sheet1.xml holds a text of 50,000,000 bytes; a cell may hold 1,048,576 characters",
    });
  });

  // Before, only the first megabyte a part inflated to was looked at: a declaration after a
  // comment of two megabytes passed, and its entity was read as the record's name.
  it("refuses a document type however far into a part it comes", async () => {
    const late = (parts: Record<string, Uint8Array>) => {
      const sheet = "xl/worksheets/sheet1.xml";
      const pad = `<!--${"x".repeat(2 * 1024 * 1024 + 3)}-->`;
      parts[sheet] = strToU8(
        text(parts, sheet)
          .replace(
            /<\?xml[^>]*\?>/,
            `${pad}<!DOCTYPE w [<!ENTITY x SYSTEM "file:///etc/hostname">]>`,
          )
          .replace(/Ann/, "&x;"),
      );
    };
    expect(await records([["name"], ["Ann"]], late)).toMatchObject({
      kind: "data",
      message:
        "the workbook's part xl/worksheets/sheet1.xml declares a document type (<!DOCTYPE …>), which no spreadsheet writes",
    });
  });

  it("refuses a row that repeats a long shared string past a letter's data, at the row", async () => {
    // Before: a shared string of a million characters, named by each of 1,000 cells of a row,
    // was a record of a gigabyte from a workbook of a few kilobytes. Here 10 cells, 10 MB.
    const header = Array.from({ length: 10 }, (_, i) => `recipient.${i}`);
    const book = (n: number) =>
      xlsxBook({ S: [header, header.map((_, i) => (i < n ? { shared: 0 } : null))] }, [
        "b".repeat(1_000_000),
      ]);
    const file = join(tempDir("xlsx-formats"), "shared.xlsx");
    writeFileSync(file, book(10));
    const read = async () => {
      const out = [];
      for await (const r of readRecords({ file, label: "book.xlsx", format: "xlsx" })) out.push(r);
      return out;
    };
    await expect(read()).rejects.toMatchObject({
      kind: "data",
      message: "a record is over 4,194,304 characters, more than a letter's data file may hold",
      problems: [{ location: { file: "book.xlsx", sheet: "S", line: 2 } }],
    });
    writeFileSync(file, book(4));
    expect((await read())[0]?.data.recipient).toHaveLength(4);
  });

  it("refuses a workbook of over 2,000,000 shared strings before the reader keeps them", async () => {
    // Before: 580 kB of zip whose shared strings unpacked to 14,000,000 items took the reader
    // 2.5 minutes and 1 GB, though the sheet named one. Counted in any XML part, any prefix.
    const items = "<x:si><x:t>a</x:t></x:si>".repeat(2_000_001);
    const book = (name: string) => (parts: Record<string, Uint8Array>) => {
      parts[name] = strToU8(`<x:sst xmlns:x="${MAIN}">${items}</x:sst>`);
    };
    const refused = {
      kind: "data",
      message:
        "the workbook is too large to read: xl/strings.xml brings its shared strings to over 2,000,000",
    };
    expect(await records([["name"], ["Ann"]], book("xl/strings.xml"))).toMatchObject(refused);
  });
});

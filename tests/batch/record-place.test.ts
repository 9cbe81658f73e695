import { describe, expect, it } from "vitest";
import {
  columnName,
  recordLocation,
  recordPlace,
  recordWarning,
} from "../../src/batch/record-place.js";

describe("where a record is", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 1, 25, 26, 27, 701, 702].map(columnName)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "ZZ",
      "AAA",
    ]);
  });

  const sheet = {
    name: "People",
    header: ["recipient.0", "recipient.1", "salutation", "sender.name"],
  };
  const rec = { index: 2, line: 4, sheet };

  it.each([
    ["salutation", "C"],
    ["sender", "D"],
    ["sender.name", "D"],
    // Empty cells are dropped from a list: its second item may come from any of its columns.
    ["recipient.1", "A, B"],
    ["recipient", "A, B"],
  ])("locates the field %s of a sheet's record in column %s", (path, column) => {
    expect(recordLocation(rec, "p.xlsx", path)).toEqual({
      file: "p.xlsx",
      line: 4,
      path,
      sheet: "People",
      column,
    });
  });

  it("locates a field no column holds, and a record, by its row alone", () => {
    expect(recordLocation(rec, "p.xlsx", "closing")).toEqual({
      file: "p.xlsx",
      line: 4,
      path: "closing",
      sheet: "People",
    });
    expect(recordPlace(rec, "p.xlsx")).toBe("record 3 (p.xlsx, sheet People, row 4)");
  });

  it("locates a record of a text file by its line", () => {
    expect(recordLocation({ index: 2, line: 4 }, "p.csv", "salutation")).toEqual({
      file: "p.csv",
      line: 4,
      path: "salutation",
    });
    expect(recordPlace({ index: 2, line: 4 }, "p.csv")).toBe("record 3 (p.csv:4)");
  });

  it("names a warning's place once, also an earlier manifest's warning as one line of text", () => {
    const at = { index: 0, line: 2 };
    const printed = "record 1 (p.csv:2): body: a word is wider than the line";
    const located = { message: "a word is wider than the line", location: "p.csv:2: body" };
    expect(recordWarning(at, "p.csv", located)).toBe(printed);
    // --skip-unchanged reads a manifest of before warnings had fields as { message } alone.
    const text = { message: "p.csv:2: body: a word is wider than the line" };
    expect(recordWarning(at, "p.csv", text)).toBe(printed);
    expect(recordWarning(at, "p.csv", { ...located, location: "letter.yaml:9:7: body" })).toBe(
      "record 1 (p.csv:2): letter.yaml:9:7: body: a word is wider than the line",
    );
    expect(recordWarning(at, "p.csv", { message: "m" })).toBe("record 1 (p.csv:2): m");
    expect(recordWarning({ index: 0, line: 20 }, "p.csv", located)).toBe(
      "record 1 (p.csv:20): p.csv:2: body: a word is wider than the line",
    );
  });

  // review24: a spreadsheet's warning said its record's place twice, the second time with the
  // cell's column: record 1 (p.xlsx, sheet People, row 2): p.xlsx, sheet People, row 2, column B: …
  it("names a spreadsheet warning's record once, then its column", () => {
    const cell = { message: "m", location: "p.xlsx, sheet People, row 4, column B: body" };
    expect(recordWarning(rec, "p.xlsx", cell)).toBe(
      "record 3 (p.xlsx, sheet People, row 4): column B: body: m",
    );
    const row40 = { ...cell, location: "p.xlsx, sheet People, row 40, column B: body" };
    expect(recordWarning(rec, "p.xlsx", row40)).toBe(
      "record 3 (p.xlsx, sheet People, row 4): p.xlsx, sheet People, row 40, column B: body: m",
    );
  });
});

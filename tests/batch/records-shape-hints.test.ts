import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { type RecordSource, readRecords } from "../../src/batch/read-records.js";
import { isMissiveError } from "../../src/errors.js";
import { tempDir } from "../helpers/temp-dir.js";
import { xlsxBook } from "../helpers/xlsx-book.js";

async function hintsOf(src: RecordSource): Promise<string[]> {
  try {
    for await (const _ of readRecords(src));
  } catch (e) {
    if (isMissiveError(e)) return e.problems[0]?.hints ?? [];
    throw e;
  }
  return [];
}

// merge37: a title above the table ("Donor export, …" in A1, a report's name on a CSV's first
// line) is read as the header, and the error said only "name the column in the header row".
it("says a header of one name may be a title above the table", async () => {
  const dir = tempDir("title-row");
  const book = join(dir, "p.xlsx");
  writeFileSync(
    book,
    xlsxBook({ S: [["Donor export"], [null], ["name", "city"], ["Ann", "Oslo"]] }),
  );
  expect(await hintsOf({ file: book, label: "p.xlsx", format: "xlsx" })).toEqual([
    "name the column in the header row, or empty it",
    'the header row names one column only ("Donor export"): if that is a title above the table, delete the rows above the field names, as the first row with a value is read as them',
  ]);
  const csv = join(dir, "p.csv");
  writeFileSync(csv, "Contacts report\n\nname,city\nAnn,Oslo\n");
  expect((await hintsOf({ file: csv, label: "p.csv", format: "csv" }))[1]).toMatch(
    /^the header has one cell only: if the file begins with a title/,
  );
  // A header of two names is a table's: no such hint.
  writeFileSync(
    book,
    xlsxBook({
      S: [
        ["name", "city"],
        ["Ann", "Oslo", "x"],
      ],
    }),
  );
  expect(await hintsOf({ file: book, label: "p.xlsx", format: "xlsx" })).toEqual([
    "name the column in the header row, or empty it",
  ]);
});

// merge37: an API's answer wraps its list ({"data": [...], "meta": {...}}); the error's hint
// said "write one `- field: value` item per letter", YAML's, of a JSON file.
it("says which key of a records mapping holds the list, and how to take it out", async () => {
  const dir = tempDir("wrapped-list");
  const json = join(dir, "api.json");
  writeFileSync(json, '{"meta": {"page": 1}, "data": [{"name": "Ann"}, {"name": "Bo"}]}');
  expect(await hintsOf({ file: json, label: "api.json", format: "json" })).toEqual([
    `the list of records is under "data" (as an API's answer wraps it): take it out, e.g. jq '.data' api.json > records.json`,
  ]);
  const yaml = join(dir, "p.yaml");
  writeFileSync(yaml, "people list:\n  - name: Ann\n");
  expect(await hintsOf({ file: yaml, label: "p.yaml", format: "yaml" })).toEqual([
    'the list of records is under "people list": write its items at the top of the file, each starting with "- "',
  ]);
  writeFileSync(json, '{"name": "Ann"}');
  expect(await hintsOf({ file: json, label: "api.json", format: "json" })).toEqual([
    "write one `- field: value` item per letter",
  ]);
});

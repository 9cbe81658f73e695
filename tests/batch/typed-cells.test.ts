import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { manifestText } from "../../src/batch/manifest.js";
import { runBatch } from "../../src/batch/run-batch.js";
import { type CellPlace, cellPlaces, withTypedCells } from "../../src/batch/typed-cells.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { withCommonKeys } from "../../src/load/validate-data.js";
import { openEntrySpool } from "../../src/output/entry-spool.js";
import { manifestHead } from "../helpers/manifest-head.js";
import { csvMerge } from "../helpers/merge-options.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

const business = () => {
  const schema = loadPack(findPack("business", { cwd: ROOT }), ROOT, res).schema ?? {};
  return cellPlaces(withCommonKeys(schema));
};

/** A place as a test names it: `enclosures [] bool num` (a list, true or false, a number). */
const named = (l: CellPlace) =>
  `${l.path.join(".")}${l.list ? " []" : ""}${l.boolean ? " bool" : ""}${l.number ? " num" : ""}`;

it("finds where a pack takes no text but a list of lines, true or false, or a number", () => {
  const found = business().map(named);
  expect(found).toEqual(
    expect.arrayContaining([
      "recipient []",
      "cc []",
      "sender.address []",
      "signers.*.titles []",
      "enclosures [] bool num",
      "fileCopy bool",
    ]),
  );
  // Places that take text keep it: a logo's file name (or false), a signer's conformed line.
  for (const text of ["body", "sender.logo", "signer.conformed", "signers.*.conformed"])
    expect(found.map((f) => f.split(" ")[0])).not.toContain(text);
});

// A pack may define its list of lines once and name it by $ref: such a place was not found,
// and a merge's address cell of several lines failed "must be a list" in that pack alone.
it("finds a place a pack's schema names by a local $ref", () => {
  const schema = {
    $defs: {
      lines: { type: "array", items: { type: "string" } },
      alias: { $ref: "#/$defs/lines" },
    },
    properties: {
      recipient: { $ref: "#/$defs/lines" },
      sender: { type: "object", properties: { address: { $ref: "#/$defs/alias" } } },
      enclosures: { anyOf: [{ type: "boolean" }, { $ref: "#/$defs/lines" }] },
      loop: { $ref: "#/properties/loop" },
      missing: { $ref: "#/$defs/none" },
      anything: { description: "any value" },
    },
  };
  expect(cellPlaces(schema).map(named)).toEqual([
    "recipient []",
    "sender.address []",
    "enclosures [] bool",
  ]);
});

it("reads a text as its lines where a list of lines is wanted, and leaves the rest as given", () => {
  const lists = business();
  const data = {
    recipient: "Ann Lee\r\nHale Construction, Inc.\n\n5 Elm St",
    cc: "Bo Kim",
    signers: [
      { name: "Ann", titles: "Partner\nTax" },
      { name: "Bo", titles: ["Clerk"] },
    ],
    body: "One\nTwo",
  };
  expect(withTypedCells(data, lists, undefined)).toEqual({
    data: {
      recipient: ["Ann Lee", "Hale Construction, Inc.", "5 Elm St"],
      cc: ["Bo Kim"],
      signers: [
        { name: "Ann", titles: ["Partner", "Tax"] },
        { name: "Bo", titles: ["Clerk"] },
      ],
      body: "One\nTwo",
    },
    problems: [],
  });
  expect(withTypedCells({ cc: "Bo Kim\r\n" }, lists, undefined).data).toEqual({ cc: ["Bo Kim"] });
  const lists2 = { recipient: ["A"] };
  expect(withTypedCells(lists2, lists, undefined).data).toBe(lists2);
});

// A CSV cell is text: enclosures "Resume", "2" and "true" all failed "must be true or false, a
// whole number or a list, not the text …", and fileCopy "TRUE" failed "must be true or false"
// with a hint about YAML, which a CSV cannot heed.
it("reads a one-line text as true or false, a number, or a list of one, as the place takes it", () => {
  const places = business();
  const read = (enclosures: string, lang?: string) =>
    withTypedCells({ enclosures }, places, lang).data.enclosures;
  expect(read("Resume")).toEqual(["Resume"]);
  expect(read("2")).toBe(2);
  expect(read(" 2\n")).toBe(2);
  expect(read("true")).toBe(true);
  expect(read("TRUE")).toBe(true);
  expect(read("False")).toBe(false);
  expect(read("3 copies")).toEqual(["3 copies"]);
  expect(read("Resume\nCover letter")).toEqual(["Resume", "Cover letter"]);
  expect(read("WAHR", "de-DE")).toBe(true);
  expect(read("1.000", "de-DE")).toBe(1000);
  const fileCopy = (v: string, lang?: string) =>
    withTypedCells({ fileCopy: v }, places, lang).data.fileCopy;
  expect(fileCopy("TRUE")).toBe(true);
  expect(fileCopy("false")).toBe(false);
  expect(fileCopy("FALSCH", "de-DE")).toBe(false);
  // Fits no form: left for the schema to refuse ("must be true or false").
  expect(fileCopy("maybe")).toBe("maybe");
});

it("names a one-line text that reads two ways at its place, and how to write each", () => {
  const places = business();
  const problems = (data: Record<string, unknown>, lang?: string) =>
    withTypedCells(data, places, lang).problems;
  expect(problems({ enclosures: "yes", fileCopy: "no" })).toEqual([
    {
      path: "enclosures",
      message: '"yes" reads as neither true nor false',
      hints: [
        "write TRUE or FALSE (in any case)",
        'for a list of one line reading "yes", name the column enclosures.0',
      ],
    },
    {
      path: "fileCopy",
      message: '"no" reads as neither true nor false',
      hints: ["write TRUE or FALSE (in any case)"],
    },
  ]);
  expect(problems({ enclosures: "WAHR" })).toEqual([
    {
      path: "enclosures",
      message:
        '"WAHR" is TRUE or FALSE as a spreadsheet in another language writes it, not in the records\' language',
      hints: [
        "name the records' language: --records-lang de",
        'for a list of one line reading "WAHR", name the column enclosures.0',
      ],
    },
  ]);
  expect(problems({ enclosures: "1,5" })).toEqual([
    {
      path: "enclosures",
      message: '"1,5" looks like a number, but not as the records write numbers',
      hints: [
        "write numbers with a dot for decimals and no thousands separator (2, 1234.5), or name the records' language with --records-lang",
        'for a list of one line reading "1,5", name the column enclosures.0',
      ],
    },
  ]);
  expect(problems({ enclosures: "WAHR" }, "de-DE")).toEqual([]);
});

// merge37: enclosures "0" in a CSV was refused "must be at least 1, not 0" with the field's
// description as its only hint, which did not say how a records file writes "none".
it("says how a cell writes none where a 0 is refused, by what the base letter sets", () => {
  const places = business();
  expect(places.find((p) => p.path.join(".") === "enclosures")?.least).toBe(1);
  const problems = (enclosures: string, base: Record<string, unknown> = {}) =>
    withTypedCells({ enclosures }, places, undefined, base).problems;
  expect(problems("0")).toEqual([
    {
      path: "enclosures",
      message: "must be at least 1, not 0",
      hints: [
        "for no enclosures, leave the cell empty: an empty cell sets nothing (the base letter sets none)",
      ],
    },
  ]);
  expect(problems("0.00", { enclosures: [] })[0]?.hints).toEqual([
    "for no enclosures, leave the cell empty: an empty cell sets nothing (the base letter sets none)",
  ]);
  expect(problems("0", { enclosures: ["Resume"] })[0]?.hints).toEqual([
    "for no enclosures, write FALSE: an empty cell sets nothing, so the base letter's enclosures would stay",
  ]);
  for (const fine of ["1", "FALSE", "Resume"]) expect(problems(fine)).toEqual([]);
});

// merge38: a JSON record's enclosures 0 was refused with the field's description as its only
// hint (a number is no cell, so the hint for a cell's "0" was never given), and a JSON record
// has no cell to leave empty.
it("says how a JSON record writes none where its number 0 is refused", () => {
  const places = business();
  const problems = (enclosures: unknown, base: Record<string, unknown> = {}) =>
    withTypedCells({ enclosures }, places, undefined, base).problems;
  expect(problems(0)).toEqual([
    {
      path: "enclosures",
      message: "must be at least 1, not 0",
      hints: [
        "for no enclosures, write null or false, or leave the key out: null and a key left out set nothing (the base letter sets none)",
      ],
    },
  ]);
  expect(problems(0, { enclosures: ["Resume"] })[0]?.hints).toEqual([
    "for no enclosures, write false: null and a key left out set nothing, so the base letter's enclosures would stay",
  ]);
  for (const fine of [1, false, true, ["Resume"], null]) expect(problems(fine)).toEqual([]);
});

// merge39: a JSON record's text "0" got a spreadsheet's hint, "leave the cell empty", and a
// JSON record has no cell; its number 0's hint did not name null, which now sets nothing.
it("says how a JSON record writes none where its text 0 is refused", () => {
  const places = business();
  const problems = (base: Record<string, unknown>) =>
    withTypedCells({ enclosures: "0" }, places, undefined, base, true).problems;
  expect(problems({})[0]?.hints).toEqual([
    "for no enclosures, write null or false, or leave the key out: null and a key left out set nothing (the base letter sets none)",
  ]);
  expect(problems({ enclosures: 2 })[0]?.hints).toEqual([
    "for no enclosures, write false: null and a key left out set nothing, so the base letter's enclosures would stay",
  ]);
});

// merge38: fileCopy 0 had no hint at all. merge39: a JSON record's null (salutation, and
// enclosures beside a base letter's) sets nothing, as an empty cell does, where it was
// refused "must be text, not empty"; its text "0" got the hint for a cell.
it("says how a JSON record writes a number 0 where true or false is taken, and a text 0", async () => {
  const dir = tempDir("json-hints");
  const jsonl = [
    '{"recipient":["Ann"],"salutation":null,"enclosures":null}',
    '{"recipient":["Bo"],"fileCopy":0}',
    '{"recipient":["Cy"],"enclosures":"0"}',
    "",
  ].join("\n");
  writeFileSync(join(dir, "p.jsonl"), jsonl);
  const o = csvMerge(dir, "", {
    dataFile: resolve("data/business-copies-2024.yaml"),
    records: { file: join(dir, "p.jsonl"), label: "p.jsonl", format: "jsonl" },
    keepGoing: true,
  });
  const io = { ...o, entryTexts: openEntrySpool(o.manifestPath), res };
  try {
    const outcome = await runBatch(o, io);
    const manifest = JSON.parse(
      [...manifestText(manifestHead(2), outcome.entries, io.entryTexts)].join(""),
    );
    type Entry = { status: string; error?: { problems: unknown } };
    expect(manifest.entries.map((e: Entry) => e.error?.problems ?? e.status)).toEqual([
      "rendered",
      [
        {
          message: "must be true or false, not the number 0",
          location: "p.jsonl:2: fileCopy",
          hints: [
            "write false, not a number (a spreadsheet's TRUE and FALSE, JSON's true and false)",
          ],
        },
      ],
      [
        {
          message: "must be at least 1, not 0",
          location: "p.jsonl:3: enclosures",
          hints: [
            "for no enclosures, write false: null and a key left out set nothing, so the base letter's enclosures would stay",
          ],
        },
      ],
    ]);
  } finally {
    io.entryTexts.dispose();
  }
});

// A spreadsheet holds an address in one cell, its lines parted by Alt+Enter; before, such a
// cell failed every record: "must be a list, not the text …", hint "write one `- item` per
// line", which a CSV cannot.
it("merges a CSV cell of several lines as the letter's address, named by its first line", async () => {
  const dir = tempDir("line-lists");
  const o = csvMerge(dir, 'recipient,salutation\n"Ann Lee\n5 Elm St\nSpringfield",Dear Ann:\n', {
    dataFile: resolve("data/senate-itu-2020.yaml"),
  });
  const io = { ...o, entryTexts: openEntrySpool(o.manifestPath), res };
  try {
    const outcome = await runBatch(o, io);
    expect(outcome.entries.map((e) => e.status)).toEqual(["rendered"]);
  } finally {
    io.entryTexts.dispose();
  }
  const text = readFileSync(join(dir, "out", "ann-lee.txt"), "utf8");
  expect(text).toContain("Ann Lee\n5 Elm St\nSpringfield\n");
});

// The CSV cells of a CRM export: each failed the record before, "must be true or false, a whole
// number or a list, not the text …".
it("merges CSV cells as a list of one, a number and true, and locates one that reads two ways", async () => {
  const dir = tempDir("typed-cells");
  const csv = [
    "recipient,enclosures,fileCopy",
    "Ann Lee,Resume,FALSE",
    "Bo Kim,2,false",
    "Cy Diaz,true,",
    "Di Eng,yes,",
    "Ed Fox,,maybe",
  ].join("\n");
  const o = csvMerge(dir, `${csv}\n`, {
    dataFile: resolve("data/business-copies-2024.yaml"),
    keepGoing: true,
  });
  const io = { ...o, entryTexts: openEntrySpool(o.manifestPath), res };
  try {
    const outcome = await runBatch(o, io);
    expect(outcome.entries.map((e) => e.status)).toEqual([
      "rendered",
      "rendered",
      "rendered",
      "failed",
      "failed",
    ]);
    const manifest = JSON.parse(
      [...manifestText(manifestHead(5), outcome.entries, io.entryTexts)].join(""),
    );
    expect(manifest.entries[3].error).toMatchObject({
      problems: [
        {
          message: '"yes" reads as neither true nor false',
          location: "p.csv:5: enclosures",
          hints: [
            "write TRUE or FALSE (in any case)",
            'for a list of one line reading "yes", name the column enclosures.0',
          ],
        },
      ],
    });
    // Fits no form at all: the schema's problem, whose hint is a cell's, not YAML's.
    expect(manifest.entries[4].error.problems).toEqual([
      {
        message: 'must be true or false, not the text "maybe"',
        location: "p.csv:6: fileCopy",
        hints: ["write TRUE or FALSE (in any case)"],
      },
    ]);
  } finally {
    io.entryTexts.dispose();
  }
  const text = (name: string) => readFileSync(join(dir, "out", `${name}.txt`), "utf8");
  expect(text("ann-lee")).toContain("Enclosure: Resume\n");
  expect(text("bo-kim")).toContain("Enclosures (2)\n");
  expect(text("cy-diaz")).toMatch(/^Enclosure$/m);
  // fileCopy FALSE: the copy sent, which prints no bcc line; the base letter's file copy does.
  expect(text("ann-lee")).not.toContain("bcc:");
  expect(text("cy-diaz")).toContain("bcc:");
});

// audit36: a place named by `$ref` was walked anew at each path reaching it, so a schema of
// 10 kB whose sixty fields each named the whole schema ("$ref": "#") had some 40,000,000
// places four levels down, and a merge of one record took 30 s before its first letter.
it("refuses a schema whose $refs multiply its places, and walks a small tree", () => {
  const tree = (fields: number) => ({
    properties: {
      recipient: { type: "array", items: { type: "string" } },
      ...Object.fromEntries(Array.from({ length: fields }, (_, i) => [`x${i}`, { $ref: "#" }])),
    },
  });
  expect(() => cellPlaces(tree(30), "pk/schema.json")).toThrow(
    expect.objectContaining({
      kind: "template",
      message: expect.stringContaining("the pack's schema has over 10,000 places within 4 levels"),
    }),
  );
  const paths = cellPlaces(tree(2)).map((l) => l.path.join("."));
  expect(paths).toContain("recipient");
  expect(paths).toContain("x1.x0.x1.recipient");
});

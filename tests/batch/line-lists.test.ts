import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { lineLists, withLineLists } from "../../src/batch/line-lists.js";
import { runBatch } from "../../src/batch/run-batch.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { withCommonKeys } from "../../src/load/validate-data.js";
import { openEntrySpool } from "../../src/output/entry-spool.js";
import { csvMerge } from "../helpers/merge-options.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

const business = () => {
  const schema = loadPack(findPack("business", { cwd: ROOT }), ROOT, res).schema ?? {};
  return lineLists(withCommonKeys(schema));
};

it("finds where a pack takes a list of lines, and which places take other values too", () => {
  const found = business().map((l) => `${l.path.join(".")}${l.listOnly ? "" : "?"}`);
  expect(found).toEqual(
    expect.arrayContaining([
      "recipient",
      "cc",
      "sender.address",
      "signers.*.titles",
      "enclosures?",
    ]),
  );
  expect(found).not.toContain("body");
});

// A pack may define its list of lines once and name it by $ref: such a place was not found,
// and a merge's address cell of several lines failed "must be a list" in that pack alone.
it("finds a list of lines a pack's schema names by a local $ref", () => {
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
    },
  };
  expect(lineLists(schema).map((l) => `${l.path.join(".")}${l.listOnly ? "" : "?"}`)).toEqual([
    "recipient",
    "sender.address",
    "enclosures?",
  ]);
});

it("reads a text as its lines where a list of lines is wanted, and leaves the rest as given", () => {
  const lists = business();
  const data = {
    recipient: "Ann Lee\r\nHale Construction, Inc.\n\n5 Elm St",
    cc: "Bo Kim",
    enclosures: "2",
    signers: [
      { name: "Ann", titles: "Partner\nTax" },
      { name: "Bo", titles: ["Clerk"] },
    ],
    body: "One\nTwo",
  };
  expect(withLineLists(data, lists)).toEqual({
    recipient: ["Ann Lee", "Hale Construction, Inc.", "5 Elm St"],
    cc: ["Bo Kim"],
    enclosures: "2",
    signers: [
      { name: "Ann", titles: ["Partner", "Tax"] },
      { name: "Bo", titles: ["Clerk"] },
    ],
    body: "One\nTwo",
  });
  // A trailing line break is no second line: "2⏎" is the text it was, not an enclosure named 2.
  expect(withLineLists({ enclosures: "2\n", cc: "Bo Kim\r\n" }, lists)).toEqual({
    enclosures: "2\n",
    cc: ["Bo Kim"],
  });
  const lists2 = { recipient: ["A"] };
  expect(withLineLists(lists2, lists)).toBe(lists2);
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
  expect(() => lineLists(tree(30), "pk/schema.json")).toThrow(
    expect.objectContaining({
      kind: "template",
      message: expect.stringContaining("the pack's schema has over 10,000 places within 4 levels"),
    }),
  );
  const paths = lineLists(tree(2)).map((l) => l.path.join("."));
  expect(paths).toContain("recipient");
  expect(paths).toContain("x1.x0.x1.recipient");
});

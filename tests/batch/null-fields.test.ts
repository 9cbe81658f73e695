import { readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { expect, it } from "vitest";
import { withoutNulls } from "../../src/batch/null-fields.js";
import { readRecords } from "../../src/batch/read-records.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

it("takes a record's nulls out as a table's empty cells: nothing set, list items dropped", () => {
  const data = JSON.parse(
    '{"a":null,"recipient":["Ann",null,"Springfield"],"signer":{"name":null,"titles":[null]},' +
      '"cc":[null],"keep":{},"none":[],"n":0,"f":false,"t":""}',
  );
  expect(withoutNulls(data)).toEqual({
    recipient: ["Ann", "Springfield"],
    keep: {},
    none: [],
    n: 0,
    f: false,
    t: "",
  });
  // A key JSON.parse made an own key stays one, not the object's prototype.
  const odd = withoutNulls(JSON.parse('{"__proto__":{"x":null,"y":1}}'));
  expect(Object.getPrototypeOf(odd)).toBe(Object.prototype);
  expect(Object.hasOwn(odd, "__proto__")).toBe(true);
});

it("reads nulls of JSON Lines, JSON and YAML records as nothing set", async () => {
  const dir = tempDir("null-fields");
  const files = {
    "p.jsonl": '{"recipient":["Ann",null],"salutation":null}\n',
    "p.json": '[{"recipient":["Ann",null],"salutation":null}]',
    "p.yaml": "- recipient: [Ann, null]\n  salutation:\n",
  };
  for (const [name, text] of Object.entries(files)) {
    writeFileSync(join(dir, name), text);
    const format = name.endsWith("jsonl") ? "jsonl" : name.endsWith("json") ? "json" : "yaml";
    const records = [];
    for await (const r of readRecords({ file: join(dir, name), label: name, format }))
      records.push(r.data);
    expect(records).toEqual([{ recipient: ["Ann"] }]);
  }
});

// merge39: a JSON export's empty field (null) was refused "must be text, not empty", where the
// same export saved as CSV, its cell empty, kept the base letter's value: a letter merged from
// either is now the same letter.
it("merges a JSON record's nulls into the letter an empty CSV cell makes", async () => {
  const dir = tempDir("null-fields");
  const csv = "recipient.0,recipient.1,recipient.2,salutation,enclosures,signer.name,cc.0\n";
  writeFileSync(join(dir, "p.csv"), `${csv}Ann Lee,,Springfield,,,,\n`);
  const json =
    '{"recipient":["Ann Lee",null,"Springfield"],"salutation":null,"enclosures":null,' +
    '"signer":{"name":null},"cc":[null]}';
  writeFileSync(join(dir, "p.jsonl"), `${json}\n`);
  const letter = resolve(import.meta.dirname, "../../data/business-copies-2024.yaml");
  const text = async (records: string) => {
    const out = `out-${records}`;
    const args = ["render", letter, "--merge", records, "-o", out, "-f", "txt", "-j", "1"];
    const r = await runCli([...args, "--name", "letter.txt"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, `done merged 1 record: 1 rendered → ${out}\n`]);
    return readFileSync(join(dir, out, "letter.txt"), "utf8");
  };
  const fromCsv = await text("p.csv");
  expect(fromCsv).toContain("Ann Lee\nSpringfield\n");
  expect(fromCsv).toMatch(/Dear Mr\.\sHerrera:/);
  expect(await text("p.jsonl")).toBe(fromCsv);
});

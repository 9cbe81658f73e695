import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { itemPlaces, jsonList } from "../../src/batch/json-list-items.js";
import { tempDir } from "../helpers/temp-dir.js";

// Each text the YAML reader is given: a JSON list must reach it only for the record JSON.parse
// changed, never whole.
const yamlTexts = vi.hoisted(() => [] as string[]);
vi.mock("../../src/load/parse-yaml.js", async (importOriginal) => {
  const real = await importOriginal<typeof import("../../src/load/parse-yaml.js")>();
  return {
    ...real,
    parseYaml: (src: { file: string; text: string }) => {
      yamlTexts.push(src.text);
      return real.parseYaml(src);
    },
  };
});

const { readRecords } = await import("../../src/batch/read-records.js");
const { parseYaml } = await import("../../src/load/parse-yaml.js");

const dir = tempDir("json-list");

async function read(name: string, text: string) {
  const file = join(dir, name);
  writeFileSync(file, text);
  const out = [];
  for await (const r of readRecords({ file, label: name, format: "json" })) out.push(r);
  return out;
}

beforeEach(() => {
  yamlTexts.length = 0;
});

// Commas, brackets, quotes and escaped backslashes inside strings; items over several lines,
// several on one line, nested lists and mappings, blank lines.
const tricky = [
  "[",
  '  {"a": "x, y ] } [", "b": ["\\\\", "\\"", {"c": [1, 2]}]},',
  '{"a": "\\\\\\"],"}   ,   {"a": 1},',
  "",
  "  {",
  '    "a": {"b": {}},',
  '    "c": []',
  "  }",
  ',{"z":"\\u005d"}]',
].join("\n");

describe("JSON lists of records", () => {
  it("places each item where the YAML reader locates it", () => {
    const list = jsonList(tricky);
    expect(list?.values).toEqual(JSON.parse(tricky));
    const yaml = parseYaml({ file: "r.json", text: tricky });
    const places = [...(list?.places ?? [])];
    expect(places).toHaveLength(5);
    for (const [i, p] of places.entries()) {
      const at = yaml.locate(String(i));
      expect([p.line, p.col]).toEqual([at.line, at.col]);
      expect(JSON.parse(tricky.slice(p.start, p.end))).toEqual(JSON.parse(tricky)[i]);
    }
    expect([...itemPlaces("[]")]).toEqual([]);
    expect([...itemPlaces(' [ "a" , 1 ,null]')]).toMatchObject([
      { start: 3, end: 6 },
      { start: 9, end: 10 },
      { start: 12, end: 16 },
    ]);
  });

  it("leaves anything but a JSON list to the YAML reader", () => {
    for (const text of ["- a: 1\n", '{"a": 1}', "[a, b]", '[{"a": 1},]', "[1"])
      expect(jsonList(text)).toBeUndefined();
  });

  // Before, the YAML reader parsed the whole list into a syntax tree locating every value: a
  // list of 200,000 tiny records (4 MB) took 7 s and 650 MB, one of 16 MiB a minute and 2.6 GB.
  it("reads a large list without the YAML reader, each record at its line", async () => {
    const n = 50_000;
    const items = Array.from({ length: n }, (_, i) =>
      i % 3 === 0 ? `{"recipient": ["R${i}"],\n "subject": "a, ] b"}` : `{"recipient": ["R${i}"]}`,
    );
    const recs = await read("many.json", `[\n${items.join(",\n")}\n]\n`);
    expect(yamlTexts).toEqual([]);
    expect(recs).toHaveLength(n);
    let line = 2;
    const starts = items.map((item) => {
      const at = line;
      line += item.split("\n").length;
      return at;
    });
    expect(recs.map((r) => r.line)).toEqual(starts);
    const recipient = (r: (typeof recs)[number]) => (r.data.recipient as string[])[0];
    expect(recs.every((r, i) => r.index === i && recipient(r) === `R${i}`)).toBe(true);
  });

  it("reads again only a record JSON.parse changed, and places its problems in the file", async () => {
    const text = '[{"a": "x"},\n {"a": "y"}, {"amount": 1.50},\n {"b": 1,\n  "b": 2}]';
    const first = await read("n.json", text.replace(/,\n \{"b.*$/s, "]"));
    expect(first[2]).toMatchObject({ line: 2, data: { amount: "1.50" } });
    expect(yamlTexts).toEqual(['{"amount": 1.50}']);
    await expect(read("twice.json", text)).rejects.toMatchObject({
      problems: [{ message: "Map keys must be unique", location: { line: 4, col: 3 } }],
    });
  });

  it("places a record nested too deeply, or that is no mapping, at its line", async () => {
    const deep = `${"[".repeat(64)}1${"]".repeat(64)}`;
    await expect(read("deep.json", `[{"a": 1},\n{"a": ${deep}}]`)).rejects.toMatchObject({
      message: "data is nested more than 64 levels deep",
      problems: [{ location: { file: "deep.json", line: 2 } }],
    });
    await expect(read("flat.json", '[{"a": 1},\n\n 3]')).rejects.toMatchObject({
      message: "a record must be a mapping of fields",
      problems: [{ location: { file: "flat.json", line: 3 } }],
    });
  });
});

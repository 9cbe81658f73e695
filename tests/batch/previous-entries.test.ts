import { execFileSync } from "node:child_process";
import { readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ManifestEntry, manifestText, packEntry } from "../../src/batch/manifest.js";
import { openPreviousEntries } from "../../src/batch/previous-entries.js";
import { openEntrySpool } from "../../src/output/entry-spool.js";
import { manifestHead } from "../helpers/manifest-head.js";
import { tempDir } from "../helpers/temp-dir.js";

const head = manifestHead(3);

/** Entries with what makes a reader stumble: nested objects, braces and commas in text. */
function entries(n: number): ManifestEntry[] {
  return Array.from({ length: n }, (_, i) => ({
    index: i * 2,
    line: i + 2,
    status: "rendered" as const,
    inputHash: `h${i}`,
    files: [
      { path: `out/{a},\n    }-${i}.pdf`, format: "pdf" as const, bytes: 10 + i, sha256: "x" },
    ],
    pages: 1,
    warnings:
      i === 1
        ? [
            { message: "    {" },
            { message: "    },", location: "a.csv:3: {x}" },
            { message: "Grüße 東京" },
          ]
        : [],
    assets: [],
  }));
}

/** A manifest as a merge writes it. */
function written(list: ManifestEntry[]): string {
  const dir = tempDir("previous");
  const spool = openEntrySpool(join(dir, "manifest.json"));
  try {
    const text = [
      ...manifestText(
        head,
        list.map((e) => packEntry(e, spool)),
        spool,
      ),
    ].join("");
    const path = join(dir, "manifest.json");
    writeFileSync(path, text);
    return path;
  } finally {
    spool.dispose();
  }
}

describe("openPreviousEntries", () => {
  it("gives each entry of a manifest missive wrote, by record index, across read chunks", () => {
    const list = entries(400); // ~130 KB: entries straddle the 64 KB reads
    const prev = openPreviousEntries(written(list));
    try {
      for (const e of list) expect(prev.get(e.index)).toEqual(e);
      expect(prev.get(1)).toBeUndefined();
      expect(prev.get(800)).toBeUndefined();
    } finally {
      prev.close();
    }
  });

  it("reads entries by missive's layout, not by parsing the whole file", () => {
    const list = entries(3);
    const path = written(list);
    // Cut after the last entry: no longer JSON as a whole, yet every entry reads back.
    const text = readFileSync(path, "utf8");
    writeFileSync(path, text.slice(0, text.lastIndexOf("    }") + 5));
    const prev = openPreviousEntries(path);
    try {
      for (const e of list) expect(prev.get(e.index)).toEqual(e);
      // An entry that no longer reads back (the file changed during the run) is none.
      writeFileSync(path, " ".repeat(text.length));
      expect(prev.get(0)).toBeUndefined();
    } finally {
      prev.close();
    }
  });

  it("parses a manifest laid out otherwise (minified) whole", () => {
    const list = entries(3);
    const path = join(tempDir("previous"), "m.json");
    writeFileSync(path, JSON.stringify({ ...head, entries: list }));
    const prev = openPreviousEntries(path);
    expect(prev.get(4)).toEqual(list[2]);
    prev.close();
  });

  it("counts a missing or broken manifest as none", () => {
    const dir = tempDir("previous");
    expect(openPreviousEntries(join(dir, "none.json")).get(0)).toBeUndefined();
    writeFileSync(join(dir, "broken.json"), '{\n  "entries": [\n    {\n      "index": 0,\n    }\n');
    expect(openPreviousEntries(join(dir, "broken.json")).get(0)).toBeUndefined();
  });

  // The output folder may come from a pull request: its manifest.json a named pipe, which
  // held every merge into it for ever (a plain one too: it looks for letters left over), or a
  // link to /dev/zero, read for ever a chunk at a time.
  it("counts a manifest that is no regular file as none, at once", () => {
    const dir = tempDir("previous");
    execFileSync("mkfifo", [join(dir, "pipe.json")]);
    symlinkSync("/dev/zero", join(dir, "zero.json"));
    for (const name of ["pipe.json", "zero.json"])
      expect(openPreviousEntries(join(dir, name)).get(0)).toBeUndefined();
  });

  it("counts an entry of another shape as none (an edited manifest), laid out or minified", () => {
    const [good] = entries(1) as [ManifestEntry];
    const odd = [
      { files: "x" },
      { files: [{ path: 1, bytes: 2 }] },
      { files: [null] },
      { assets: {} },
      { inputHash: 7 },
    ].map((change) => ({ ...good, ...change }));
    for (const entry of odd) {
      const laidOut = openPreviousEntries(written([entry as ManifestEntry]));
      expect(laidOut.get(0)).toBeUndefined();
      const path = join(tempDir("previous"), "m.json");
      writeFileSync(path, JSON.stringify({ ...head, entries: [entry] }));
      expect(openPreviousEntries(path).get(0)).toBeUndefined();
    }
    expect(openPreviousEntries(written([good])).get(0)).toEqual(good);
  });

  it("reads an earlier manifest's warnings (lines of text) and odd ones as this version's", () => {
    const [good] = entries(1) as [ManifestEntry];
    const cases: [unknown, unknown][] = [
      [
        ["letter.yaml:11:7: body: a word is wider than the line"],
        [{ message: "letter.yaml:11:7: body: a word is wider than the line" }],
      ],
      [
        [
          { message: "m", location: "a.csv:2" },
          { message: 3 },
          null,
          { message: "n", location: 4 },
        ],
        [{ message: "m", location: "a.csv:2" }, { message: "n" }],
      ],
      ["not a list", []],
      [undefined, []],
    ];
    for (const [warnings, read] of cases) {
      const path = join(tempDir("previous"), "m.json");
      writeFileSync(path, JSON.stringify({ ...head, entries: [{ ...good, warnings }] }));
      expect(openPreviousEntries(path).get(0)?.warnings).toEqual(read);
    }
  });
});

import { readdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { describe, expect, it } from "vitest";
import { type ManifestEntry, manifestText, packEntry } from "../../src/batch/manifest.js";
import { openEntrySpool } from "../../src/output/entry-spool.js";
import { tempOwner } from "../../src/output/temp-owner.js";
import { caught } from "../helpers/errors.js";
import { manifestHead } from "../helpers/manifest-head.js";
import { tempDir } from "../helpers/temp-dir.js";

const head = manifestHead(1, 1);
const entries: ManifestEntry[] = [
  {
    index: 0,
    line: 2,
    status: "rendered",
    inputHash: "ab",
    files: [{ path: "a.pdf", format: "pdf", bytes: 10, sha256: "cd" }],
    pages: 1,
    warnings: [{ message: "a word was broken", location: "letter.yaml:11:7: body" }],
    assets: [],
  },
  {
    index: 1,
    line: 3,
    status: "failed",
    inputHash: "ef",
    files: [],
    warnings: [],
    assets: [],
    error: {
      kind: "data",
      message: "bad\ndate",
      location: "people.csv:3",
      problems: [{ message: "bad\ndate", location: "people.csv:3" }],
    },
  },
];

const near = () => join(tempDir("spool"), "manifest.json");

describe("manifestText", () => {
  it("is exactly JSON.stringify of the whole manifest, built from packed entries", () => {
    const spool = openEntrySpool(near());
    try {
      // Packed in completion order, written in record order.
      const packed = [entries[1], entries[0]].map((e) => packEntry(e as ManifestEntry, spool));
      packed.sort((a, b) => a.index - b.index);
      expect([...manifestText(head, packed, spool)].join("")).toBe(
        `${JSON.stringify({ ...head, entries }, null, 2)}\n`,
      );
      expect([...manifestText(head, [], spool)].join("")).toBe(
        `${JSON.stringify({ ...head, entries: [] }, null, 2)}\n`,
      );
    } finally {
      spool.dispose();
    }
  });
});

describe("openEntrySpool", () => {
  it("gives back each text by number, multi-byte characters included", () => {
    const spool = openEntrySpool(near());
    try {
      const texts = ["Grüße, 東京", "", "x".repeat(100_000), "«fin»"];
      const slots = texts.map((t) => spool.add(t));
      expect(slots).toEqual([0, 1, 2, 3]);
      expect([3, 0, 2, 1].map((s) => spool.get(s))).toEqual([3, 0, 2, 1].map((s) => texts[s]));
      expect(() => spool.get(4)).toThrow(RangeError);
    } finally {
      spool.dispose();
    }
  });

  it("creates its hidden file beside the manifest at the first text and removes it", () => {
    const path = near();
    const dir = dirname(path);
    const spool = openEntrySpool(path);
    expect(readdirSync(dir)).toEqual([]);
    spool.add("{}");
    expect(readdirSync(dir)).toEqual([
      // Named after this process (output/temp-owner.ts), so a later run can tell it is live.
      expect.stringMatching(
        new RegExp(`^\\.manifest\\.json\\.${tempOwner()}\\.[0-9a-f]{8}\\.entries\\.tmp$`),
      ),
    ]);
    spool.dispose();
    spool.dispose();
    expect(readdirSync(dir)).toEqual([]);
  });

  // Named by the manifest it keeps entries for; before, by its own temporary name.
  it("reports a file it cannot write as an output error naming the manifest", async () => {
    const dir = tempDir("spool");
    writeFileSync(join(dir, "file"), "");
    const spool = openEntrySpool(join(dir, "file", "manifest.json"));
    const e = await caught(() => spool.add("{}"));
    expect(e.kind).toBe("output");
    expect(e.problems[0]?.message).toMatch(
      /^cannot write .*file\/manifest\.json: a part of the path is a file \((ENOTDIR|EEXIST)\)$/,
    );
    spool.dispose();
  });
});

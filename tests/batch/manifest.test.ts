import { describe, expect, it } from "vitest";
import { type ManifestEntry, manifestText, packEntry } from "../../src/batch/manifest.js";

const head = {
  missive: "0.1.0",
  data: "letter.yaml",
  records: "people.csv",
  shard: "1/1",
  summary: { records: 2, rendered: 1, skipped: 0, failed: 1 },
};
const entries: ManifestEntry[] = [
  {
    index: 0,
    line: 2,
    status: "rendered",
    inputHash: "ab",
    files: [{ path: "a.pdf", format: "pdf", bytes: 10, sha256: "cd" }],
    pages: 1,
    warnings: ["a word was broken"],
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
    error: { kind: "data", message: "bad\ndate", location: "people.csv:3" },
  },
];

describe("manifestText", () => {
  it("is exactly JSON.stringify of the whole manifest, built from packed entries", () => {
    expect(manifestText(head, entries.map(packEntry)).join("")).toBe(
      `${JSON.stringify({ ...head, entries }, null, 2)}\n`,
    );
    expect(manifestText(head, []).join("")).toBe(
      `${JSON.stringify({ ...head, entries: [] }, null, 2)}\n`,
    );
  });
});

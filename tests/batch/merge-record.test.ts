import { describe, expect, it } from "vitest";
import { compactLists, overlayRecord, setPath } from "../../src/batch/merge-record.js";

describe("overlayRecord", () => {
  it("replaces each field the record sets whole, mappings and lists too", () => {
    const base = { a: { b: 1, c: 2 }, list: ["x", "y", "z"], keep: true };
    expect(overlayRecord(base, { a: { c: 3 }, list: ["only"] })).toEqual({
      a: { c: 3 },
      list: ["only"],
      keep: true,
    });
    expect(base.a.c).toBe(2);
  });

  it("ignores keys that would reach the prototype", () => {
    const merged = overlayRecord({}, JSON.parse('{"__proto__": {"polluted": 1}}'));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.keys(merged)).toEqual([]);
  });
});

describe("setPath", () => {
  it("builds nested mappings and lists from dotted CSV headers", () => {
    const d: Record<string, unknown> = {};
    setPath(d, "recipient.0", "Jane Doe");
    setPath(d, "recipient.2", "Springfield");
    setPath(d, "sender.name", "Max");
    expect(compactLists(d)).toEqual({
      recipient: ["Jane Doe", "Springfield"],
      sender: { name: "Max" },
    });
  });

  it("makes a list of the items set, however large their numbers (a hostile header)", () => {
    const d: Record<string, unknown> = {};
    setPath(d, "recipient.4000000000", "far");
    setPath(d, "recipient.10", "ten");
    setPath(d, "recipient.9", "nine");
    expect(compactLists(d)).toEqual({ recipient: ["nine", "ten", "far"] });
  });
});

import { describe, expect, it } from "vitest";
import { parseLength } from "../../src/model/length.js";

describe("parseLength", () => {
  it("reads points, inches, millimetres, centimetres and picas", () => {
    expect(parseLength("1in")).toBe(72);
    expect(parseLength("25.4mm")).toBeCloseTo(72, 6);
    expect(parseLength("2.54cm")).toBeCloseTo(72, 6);
    expect(parseLength("12pt")).toBe(12);
    expect(parseLength("1pc")).toBe(12);
    expect(parseLength(36)).toBe(36);
    expect(parseLength(" 10 ")).toBe(10);
  });

  it("returns null for anything else", () => {
    for (const bad of [
      "",
      "1 inch",
      "abc",
      "1in2",
      null,
      undefined,
      {},
      Number.NaN,
      Number.POSITIVE_INFINITY,
    ])
      expect(parseLength(bad)).toBeNull();
  });
});

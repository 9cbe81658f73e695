import { RE2JSException } from "re2js";
import { describe, expect, it } from "vitest";
import { linearRegExp } from "../../src/load/linear-regexp.js";

describe("a pack schema's patterns", () => {
  it("match in linear time where backtracking would never end", () => {
    // JavaScript's engine takes some 2^n steps here; n = 100,000 would outlast the universe.
    expect(linearRegExp("^(a+)+$", "u").test(`${"a".repeat(100_000)}!`)).toBe(false);
    expect(linearRegExp("^(a+)+$", "u").test("aaaa")).toBe(true);
  });

  it("match anywhere in the text, as JSON Schema's pattern does", () => {
    expect(linearRegExp("[0-9]{5}", "u").test("ZIP 02134, MA")).toBe(true);
    expect(linearRegExp("^[0-9]{5}$", "u").test("ZIP 02134")).toBe(false);
  });

  it("read ECMAScript's \\u escapes, and escaped backslashes stay escaped", () => {
    expect(linearRegExp("^caf\\u00e9$", "u").test("café")).toBe(true);
    expect(linearRegExp("^\\u{1F600}$", "u").test("😀")).toBe(true);
    expect(linearRegExp("^\\\\u00e9$", "u").test("\\u00e9")).toBe(true);
    expect(linearRegExp("^\\p{Lu}", "u").test("Élan")).toBe(true);
  });

  it("refuse backreferences and lookaround, which need backtracking", () => {
    expect(() => linearRegExp("^(a)\\1$", "u")).toThrow(RE2JSException);
    expect(() => linearRegExp("^(?=a)", "u")).toThrow(RE2JSException);
  });
});

import { Ajv } from "ajv";
import { describe, expect, it } from "vitest";
import { ENUM } from "../../src/load/enum-set.js";
import { UNIQUE_ITEMS } from "../../src/load/unique-items.js";

// As validate-data.ts makes it (the meta-schema marks an enum's values uniqueItems).
const ajv = new Ajv({ allErrors: true, strict: true, verbose: true });
ajv.removeKeyword("uniqueItems").addKeyword(UNIQUE_ITEMS);
ajv.removeKeyword("enum").addKeyword(ENUM);

describe("enum looked up in a set", () => {
  // One by one, as ajv's own keyword compares, these would be 10^11 comparisons; and 200,000
  // failing items, copied onto ajv's list of errors one list at a time, 2 × 10^10 copies.
  it("checks 200,000 items against 500,000 values", () => {
    const values = Array.from({ length: 500_000 }, (_, i) => i);
    const check = ajv.compile({ type: "array", items: { enum: values } });
    expect(check(Array.from({ length: 200_000 }, (_, i) => i * 2))).toBe(true);
    expect(check(Array.from({ length: 200_000 }, () => -1))).toBe(false);
    expect(check.errors).toHaveLength(200_000);
    expect(check.errors?.[0]).toMatchObject({
      keyword: "enum",
      instancePath: "/0",
      params: { allowedValues: values },
      data: -1,
    });
  });

  it("finds a value equal whatever the order of its keys, and tells apart what JSON does", () => {
    const check = ajv.compile({ enum: [{ a: 1, b: [2, { c: 3 }] }, "1", null] });
    expect(check({ b: [2, { c: 3 }], a: 1 })).toBe(true);
    expect(check("1")).toBe(true);
    expect(check(null)).toBe(true);
    expect([check(1), check("null"), check({ a: 1 }), check([])]).toEqual([
      false,
      false,
      false,
      false,
    ]);
  });

  it("refuses an empty enum, as ajv does", () => {
    expect(() => ajv.compile({ enum: [] })).toThrow(/enum must NOT have fewer than 1 items/);
  });
});

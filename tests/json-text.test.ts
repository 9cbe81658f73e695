import { describe, expect, it } from "vitest";
import { jsonText } from "../src/json-text.js";

describe("jsonText", () => {
  it("escapes C1, bidirectional controls and line separators, which JSON.stringify leaves raw", () => {
    const raw = "a\u0085\u009b2J\u061c\u200e\u200f\u202a\u202e\u2066\u2069\u2028\u2029\u007fz";
    const text = jsonText({ [raw]: [raw] });
    expect(text).toBe(
      [
        "{",
        '  "a\\u0085\\u009b2J\\u061c\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069\\u2028\\u2029\\u007fz": [',
        '    "a\\u0085\\u009b2J\\u061c\\u200e\\u200f\\u202a\\u202e\\u2066\\u2069\\u2028\\u2029\\u007fz"',
        "  ]",
        "}",
      ].join("\n"),
    );
    expect(JSON.parse(text)).toEqual({ [raw]: [raw] });
  });

  it("leaves other text as JSON.stringify writes it, and applies the replacer", () => {
    const v = { é: "ü\u00a0€😀\u200b", n: 1.234, s: "\u001b" };
    expect(jsonText(v)).toBe(JSON.stringify(v, null, 2));
    expect(jsonText(v, (_k, x) => (typeof x === "number" ? 1 : x))).toContain('"n": 1,');
  });
});

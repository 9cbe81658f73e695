import { expect, it } from "vitest";
import { splitArriving, splitLines, toLf } from "../src/line-ends.js";

// One rule for every text input's line ends (audit33): LF, CRLF or a CR alone; U+2028,
// U+2029 and NEL stay characters of their line, as YAML 1.2, CSV and JSON read them.
it("ends a line at LF, CRLF or a CR alone, and at nothing else", () => {
  const text = "a\r\nb\rc\nd\u2028e\u2029f\u0085g\n\rh";
  expect(toLf(text)).toBe("a\nb\nc\nd\u2028e\u2029f\u0085g\n\nh");
  expect(splitLines(text)).toEqual(["a", "b", "c", "d\u2028e\u2029f\u0085g", "", "h"]);
});

it("keeps a CR that ends a piece with what follows it, as it may be a CRLF's half", () => {
  expect(splitArriving("a\rb\r")).toEqual(["a", "b\r"]);
  expect(splitArriving("b\r\nc")).toEqual(["b", "c"]);
});

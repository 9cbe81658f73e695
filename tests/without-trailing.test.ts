import { expect, it } from "vitest";
import { withoutTrailing } from "../src/without-trailing.js";

it("drops the run of matching characters a text ends with, and only that", () => {
  expect(withoutTrailing("a. b . .", /[. ]/)).toBe("a. b");
  expect(withoutTrailing("...", /[. ]/)).toBe("");
  expect(withoutTrailing("", /[. ]/)).toBe("");
  expect(withoutTrailing("12,”)", /[)”,]/u)).toBe("12");
  expect(withoutTrailing("DE89x-", /[^A-Z0-9]/)).toBe("DE89");
  // A letter outside the BMP is one character to a `u` pattern: 𐌰 (Gothic) is a letter.
  expect(withoutTrailing("1 a𐌰b", /\p{L}/u)).toBe("1 ");
  expect(withoutTrailing("a\n\n", /\n/)).toBe("a");
});

// `/[,;:]+$/` took 4.5 s for a word of 40,000 commas before an "x", the time growing by the
// square of the run (V8 scans it again from each of its characters).
it("takes time linear in the text, whatever runs it holds", () => {
  const started = Date.now();
  expect(withoutTrailing(`${",".repeat(1_000_000)}x`, /[,;:]/)).toHaveLength(1_000_001);
  expect(withoutTrailing(`x${" .".repeat(500_000)}`, /[. ]/)).toBe("x");
  expect(Date.now() - started).toBeLessThan(5_000);
});

import { expect, it } from "vitest";
import { clipped, clippedWords } from "../src/shown-value.js";

it("cuts long text to its length with '…', leaving short text as it is", () => {
  expect(clipped("x".repeat(40))).toBe("x".repeat(40));
  expect(clipped("x".repeat(41))).toBe(`${"x".repeat(39)}…`);
  expect(clipped("abcdef", 4)).toBe("abc…");
});

// Before, a cut through a character outside the BMP left its first half alone in the message:
// a lone surrogate, which is no character (JSON.stringify writes it as \ud83d).
it("keeps a character outside the BMP whole or leaves it out", () => {
  const cut = clipped(`${"x".repeat(38)}😀 and more`);
  expect(cut).toBe(`${"x".repeat(38)}…`);
  expect(cut).not.toMatch(/[\uD800-\uDFFF]/);
  expect(clipped(`${"x".repeat(37)}😀 and more`)).toBe(`${"x".repeat(37)}😀…`);
});

it("cuts a word of a message past 300 characters in its middle, keeping its start and end", () => {
  const name = `/data/${"a".repeat(100_000)}.png`;
  const cut = clippedWords(`cannot read ${name}: its name is too long`);
  expect(cut).toBe(
    `cannot read /data/${"a".repeat(193)}…${"a".repeat(94)}.png: its name is too long`,
  );
  const path = `/home/ci/${"x/".repeat(140)}letter.yaml`;
  expect(clippedWords(`see ${path}`)).toBe(`see ${path}`);
  expect(clippedWords(`${"😀".repeat(200)}`)).not.toMatch(/^[\uDC00-\uDFFF]|[\uD800-\uDBFF]…/);
});

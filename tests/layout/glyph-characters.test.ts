import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create } from "fontkit";
import { expect, it } from "vitest";
import { glyphsKeepTheirCharacters } from "../../src/layout/glyph-characters.js";

const require = createRequire(import.meta.url);
const SANS = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

it("gives a glyph asked for with no characters none, whatever it drew before", () => {
  const font = create(readFileSync(SANS));
  const glyphFor = glyphsKeepTheirCharacters(font);
  const a = font.glyphForCodePoint(0x61);
  expect(a.codePoints).toEqual([0x61]);
  // getGlyph's "no characters" means whichever it had first; glyphFor's means none.
  expect(font.getGlyph(a.id)?.codePoints).toEqual([0x61]);
  expect(glyphFor(a.id, []).codePoints).toEqual([]);
  expect(glyphFor(a.id, []).advanceWidth).toBe(a.advanceWidth);
  expect(glyphFor(a.id, [0x251])).toBe(glyphFor(a.id, [0x251]));
  expect(glyphFor(a.id, [0x61]).codePoints).toEqual([0x61]);
});

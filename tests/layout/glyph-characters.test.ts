import { createRequire } from "node:module";
import { expect, it } from "vitest";
import { loadFont } from "../../src/layout/font-file.js";
import { glyphFor } from "../../src/layout/glyph-characters.js";

const require = createRequire(import.meta.url);
const SANS = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

it("gives a glyph asked for with no characters none, whatever it drew before", () => {
  const font = loadFont(SANS);
  const a = font.glyphForCodePoint(0x61);
  expect(a.codePoints).toEqual([0x61]);
  // getGlyph's "no characters" means whichever it had first; glyphFor's means none.
  expect(font.getGlyph(a.id)?.codePoints).toEqual([0x61]);
  expect(glyphFor(font, a.id, []).codePoints).toEqual([]);
  expect(glyphFor(font, a.id, []).advanceWidth).toBe(a.advanceWidth);
  expect(glyphFor(font, a.id, [0x251])).toBe(glyphFor(font, a.id, [0x251]));
  expect(glyphFor(font, a.id, [0x61]).codePoints).toEqual([0x61]);
});

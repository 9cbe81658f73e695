import { basename } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { FontBook } from "../../src/layout/font-book.js";
import { buildItems } from "../../src/layout/paragraph-items.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { BASE_STYLE } from "../../src/model/style.js";
import { ROOT } from "../helpers/render.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

/** Each box of the text as "text:font file", as the built-in `personal` pack sets it. */
function drawnIn(text: string, bold = false): string[] {
  const pack = loadPack(findPack("personal", { cwd: ROOT }), ROOT, res);
  const ctx = {
    book: new FontBook(pack.fonts, pack.fallbackFonts, res.fonts),
    style: { ...BASE_STYLE, font: "serif", bold },
    hyphenate: hyphenatorFor("en"),
    hyphenatorFor,
    fields: { page: 1, pages: 1 },
    warn: () => {},
  };
  return buildItems([{ text }], ctx).flatMap((i) =>
    i.t === "box" ? [`${i.text}:${basename(i.look.face.path)}`] : [],
  );
}

// Before: Source Serif 4 lacks ǫ (U+01EB), so Navajo's "Hózhǫ́ǫ́go" had its ǫ́ǫ́ drawn in
// DejaVu Serif, larger and wider than the letters around them, though Source Serif has o and
// the ogonek (U+0328) that HarfBuzz draws ǫ with once it is given the character.
it("draws a letter the style's font lacks in it when it has the letter's base and marks", () => {
  expect(drawnIn("Hózhǫ́ǫ́go")).toEqual(["Hózhǫ́ǫ́go:SourceSerif4_400Regular.ttf"]);
  expect(drawnIn("Ǫ́ȟ")).toEqual(["Ǫ́ȟ:SourceSerif4_400Regular.ttf"]);
});

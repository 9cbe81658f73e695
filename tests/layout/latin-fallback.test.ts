import { basename, join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { drawnSize, FontBook } from "../../src/layout/font-book.js";
import { type BoxItem, buildItems } from "../../src/layout/paragraph-items.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { BASE_STYLE } from "../../src/model/style.js";
import { ROOT, render } from "../helpers/render.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

/** The boxes of the text, as the built-in `personal` pack sets it at 11.5 pt. */
function boxes(text: string, bold = false): BoxItem[] {
  const pack = loadPack(findPack("personal", { cwd: ROOT }), ROOT, res);
  const ctx = {
    book: new FontBook(pack.fonts, pack.fallbackFonts, res.fonts),
    style: { ...BASE_STYLE, font: "serif", size: 11.5, bold },
    hyphenate: hyphenatorFor("en"),
    hyphenatorFor,
    fields: { page: 1, pages: 1 },
    warn: () => {},
  };
  return buildItems([{ text }], ctx).flatMap((i) => (i.t === "box" ? [i] : []));
}

/** Each box of the text as "text:font file". */
function drawnIn(text: string): string[] {
  return boxes(text).map((b) => `${b.text}:${basename(b.look.face.path)}`);
}

// Before: Source Serif 4 lacks ǫ (U+01EB), so Navajo's "Hózhǫ́ǫ́go" had its ǫ́ǫ́ drawn in
// DejaVu Serif, larger and wider than the letters around them, though Source Serif has o and
// the ogonek (U+0328) that HarfBuzz draws ǫ with once it is given the character.
it("draws a letter the style's font lacks in it when it has the letter's base and marks", () => {
  expect(drawnIn("Hózhǫ́ǫ́go")).toEqual(["Hózhǫ́ǫ́go:SourceSerif4_400Regular.ttf"]);
  expect(drawnIn("Ǫ́ȟ")).toEqual(["Ǫ́ȟ:SourceSerif4_400Regular.ttf"]);
});

/** Each box of the text as "text:font file@size". */
function sizedIn(text: string, bold = false): string[] {
  return boxes(text, bold).map(
    (b) =>
      `${b.text}:${basename(b.look.face.path)}@${drawnSize(b.look.face, b.look.size).toFixed(2)}`,
  );
}

// Before: Hausa's ɓ ɗ ƙ, which Source Serif 4 lacks, were drawn in DejaVu Serif (bold: DejaVu
// Serif Bold, its stems 173 units against Source Serif SemiBold's 125), with an x-height 5%
// above Source Serif's. Now in Noto Serif, at the size that gives it Source Serif's x-height
// (its x is 536 units high, Source Serif's 492: 11.5 pt × 492/536 = 10.56 pt).
it("draws Latin letters the style's font lacks in Noto Serif at the style font's x-height", () => {
  expect(sizedIn("ɗaukar")).toEqual([
    "ɗ:NotoSerif_400Regular.ttf@10.56",
    "aukar:SourceSerif4_400Regular.ttf@11.50",
  ]);
  expect(sizedIn("ƙasa", true)[0]).toMatch(/^ƙ:NotoSerif_600SemiBold.ttf@10\.6\d$/);
});

// A fallback's other characters keep the text's size: only a Latin letter has the x-height of
// its neighbours to keep. Armenian has no Latin neighbour to match.
it("draws other scripts in a fallback at the text's size", () => {
  expect(sizedIn("Հայաստան")).toEqual(["Հայաստան:DejaVuSerif.ttf@11.50"]);
});

// The same in the PDF: which fonts it embeds, and at what size each letter is painted.
it("embeds Noto Serif, not DejaVu Serif, for a Hausa and a Navajo word", async () => {
  const r = await render({
    file: join(ROOT, "data", "hausa-navajo.yaml"),
    text: `template: personal
sender: { name: Karamar Hukumar Dala, address: ["Kano"] }
date: 2025-03-03
recipient: [Kungiya]
salutation: "Assalamu alaikum,"
body: "Za a ɗauki ɓangare. Hózhǫ́ǫ́go."
closing: "Na gode,"
`,
  });
  const fonts = Buffer.from(r.pdf ?? [])
    .toString("latin1")
    .match(/\/BaseFont \/[A-Z]{6}\+[\w-]+/g);
  expect(new Set(fonts?.map((f) => f.split("+")[1]))).toEqual(
    new Set(["SourceSerif4-Regular", "NotoSerif-Regular"]),
  );
  const painted = (r.laidOut?.pages ?? [])
    .flatMap((p) => p.items)
    .flatMap((i) =>
      i.kind === "text" && /[ɓɗ]/u.test(i.text)
        ? [[i.text, basename(i.font), i.size.toFixed(2)]]
        : [],
    );
  expect(painted).toEqual([
    ["ɗ", "NotoSerif_400Regular.ttf", "10.56"],
    ["ɓ", "NotoSerif_400Regular.ttf", "10.56"],
  ]);
});

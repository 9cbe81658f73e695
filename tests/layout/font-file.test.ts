import { chmodSync, copyFileSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { loadFont, loadHarfBuzz, res } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

// These tests lay text out directly; a render would load HarfBuzz itself.
beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
const serif = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");
const sans = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf");

it("parses a font once, and again after its file changed or vanished", () => {
  const dir = tempDir("font");
  const path = join(dir, "face.ttf");
  copyFileSync(serif, path);
  const first = loadFont(path);
  expect(loadFont(path)).toBe(first);
  expect(res.fonts.files.dropChanged()).not.toContain(path);

  copyFileSync(sans, path);
  expect(res.fonts.files.dropChanged()).toEqual([path]);
  const second = loadFont(path);
  expect(second).not.toBe(first);
  expect(second.postscriptName).toBe("DejaVuSansCondensed");

  rmSync(path);
  expect(res.fonts.files.dropChanged()).toEqual([path]);
});

it("gives a glyph shared by two characters the characters each text asked for", () => {
  const font = loadFont(
    require.resolve("@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf"),
  );
  const [first, second] = [font.layout("a\u2010b"), font.layout("a-b")];
  // One glyph draws both hyphens. The PDF names it once, so always by the punctuation the font
  // made it for, "-" (letters37: whichever came first named it before); the run drawn for
  // U+2010 says its own text instead (ActualText), the other needs none.
  expect(second.glyphs[1]?.id).toBe(first.glyphs[1]?.id);
  expect(first.glyphs[1]?.codePoints).toEqual([0x2d]);
  expect(second.glyphs[1]?.codePoints).toEqual([0x2d]);
  expect(first.misread).toBe(true);
  expect(second.misread).toBeFalsy();
});

it("lets go of a font's bytes and reads the file again at its next use, a WOFF2's unpacked again", () => {
  const woff2 = join(ROOT, "tests/fixtures/fonts/source-serif-4-latin-400-normal.woff2");
  const bytesOf = (f: object) => (f as { stream: { buffer?: Uint8Array } }).stream.buffer;
  const svg = (g: object) => (g as { path: { toSVG(): string } }).path.toSVG();
  const font = loadFont(serif);
  const outline = () => svg(font.glyphForCodePoint(0x416));
  const [before, width] = [outline(), font.layout("Жена").advanceWidth];
  const web = loadFont(woff2);
  // A WOFF2 is read as the TrueType font it wraps (woff-font.ts), longer than the file.
  const unpacked = bytesOf(web);
  expect(unpacked?.length).toBeGreaterThan(readFileSync(woff2).length);
  const webOutline = svg(web.glyphForCodePoint(0x41));
  res.fonts.files.releaseBytes();
  expect(bytesOf(font)).toBeUndefined();
  expect(bytesOf(web)).toBeUndefined();
  expect(loadFont(serif)).toBe(font);
  expect(bytesOf(font)?.length).toBeGreaterThan(100_000);
  // A glyph not read before the release comes from the file read again.
  expect(svg(font.glyphForCodePoint(0x42f))).not.toBe("");
  expect(outline()).toBe(before);
  expect(font.layout("Жена").advanceWidth).toBe(width);
  expect(loadFont(woff2)).toBe(web);
  expect(bytesOf(web)).toEqual(unpacked);
  expect(svg(web.glyphForCodePoint(0x42))).not.toBe("");
  expect(svg(web.glyphForCodePoint(0x41))).toBe(webOutline);
});

it("reports a released font's file that cannot be read again as a font problem", async () => {
  const dir = tempDir("font-again");
  const path = join(dir, "face.ttf");
  copyFileSync(serif, path);
  loadFont(path);
  res.fonts.files.releaseBytes();
  rmSync(path);
  const gone = await caught(() => loadFont(path));
  expect(gone.kind).toBe("font");
  expect(gone.problems[0]?.message).toBe("file not found");
  writeFileSync(path, readFileSync(sans));
  const other = await caught(() => loadFont(path));
  expect(other.problems[0]?.message).toBe("the font file changed while missive was reading it");
  expect(res.fonts.files.dropChanged()).toEqual([path]);
});

it("counts a font file whose mode changed as changed (it may no longer be readable)", () => {
  const dir = tempDir("font-mode");
  const path = join(dir, "face.ttf");
  copyFileSync(serif, path);
  loadFont(path);
  expect(res.fonts.files.dropChanged()).toEqual([]);
  chmodSync(path, 0o600);
  expect(res.fonts.files.dropChanged()).toEqual([path]);
});

it("shapes a WOFF2 font's text with the font's glyphs, which HarfBuzz cannot read", () => {
  const font = loadFont(join(ROOT, "tests/fixtures/fonts/source-serif-4-latin-400-normal.woff2"));
  const ids = font.layout("Ab fi").glyphs.map((g) => g.id);
  // HarfBuzz found no glyph in the packed file: every one was .notdef (0), a blank letter.
  expect(ids).not.toContain(0);
  expect(ids.slice(0, 2)).toEqual([
    font.glyphForCodePoint(0x41).id,
    font.glyphForCodePoint(0x62).id,
  ]);
  // Shaped with the same features as every font: the ligature.
  expect(ids).toHaveLength(4);
});

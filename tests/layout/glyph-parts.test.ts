import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, expect, it } from "vitest";
import type { Font } from "../../src/layout/fontkit-types.js";
import { ShapedRuns } from "../../src/layout/shaped-runs.js";
import { caught } from "../helpers/errors.js";
import { loadFont, loadHarfBuzz } from "../helpers/resources.js";
import { tableOffset } from "../helpers/sfnt-table.js";
import { tempDir } from "../helpers/temp-dir.js";

// A pack's font (a stranger's pull request) whose composite glyphs hold themselves, or
// multiply: fontkit draws a composite glyph by recursion with no limit.
beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
const SERIF = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");

/**
 * DejaVu Serif with the glyph of each character of `made` rewritten as one drawn from the
 * glyphs `partsOf` gives (each at 0,0), in place of its own outline.
 */
function withComposites(made: string, partsOf: (id: number, i: number) => number[]): string {
  const font = loadFont(SERIF);
  const bytes = Buffer.from(readFileSync(SERIF));
  const glyf = tableOffset(bytes, "glyf");
  const loca = tableOffset(bytes, "loca");
  [...made].forEach((ch, i) => {
    const id = font.glyphForCodePoint(ch.codePointAt(0) as number).id;
    const at = glyf + bytes.readUInt32BE(loca + 4 * id);
    const parts = partsOf(id, i);
    expect(bytes.readUInt32BE(loca + 4 * id + 4) - (at - glyf)).toBeGreaterThan(
      10 + 8 * parts.length,
    );
    bytes.writeInt16BE(-1, at);
    parts.forEach((part, k) => {
      const more = k < parts.length - 1 ? 0x20 : 0;
      bytes.writeUInt16BE(0x3 | more, at + 10 + 8 * k); // word arguments, x and y
      bytes.writeUInt16BE(part, at + 12 + 8 * k);
      bytes.writeInt32BE(0, at + 14 + 8 * k);
    });
  });
  const path = join(tempDir("glyph-parts"), `composite-${made.length}.ttf`);
  writeFileSync(path, bytes);
  return path;
}

it("refuses a glyph drawn from itself when it is shaped, naming the font", async () => {
  // Before: exit 70, "Maximum call stack size exceeded" with a stack trace, when a line's ink
  // was measured (fontkit drew the glyph's parts without end).
  const path = withComposites("z", (id) => [id]);
  const font = loadFont(path);
  expect(font.layout("abc").glyphs).toHaveLength(3);
  const e = await caught(() => {
    for (const g of font.layout("jazz").glyphs) void g.bbox;
  });
  const z = loadFont(SERIF).glyphForCodePoint(0x7a).id;
  expect([e.kind, e.message, e.problems[0]?.location?.file]).toEqual([
    "font",
    `broken font file: glyph ${z} is drawn from itself (one of its parts holds it)`,
    path,
  ]);
});

const idsOf = (text: string) =>
  [...text].map((c) => loadFont(SERIF).glyphForCodePoint(c.charCodeAt(0)).id);

it("refuses a glyph whose parts multiply past 200,000 points, or nest past 16, before any is drawn", async () => {
  // 15 glyphs, each drawn from the next twice: 32,768 copies of E's outline for the first.
  const ids = idsOf("abcdefghijklmnopqrstu");
  const [last] = idsOf("E"); // a plain outline
  const path = withComposites("abcdefghijklmno", (_, i) => Array(2).fill(ids[i + 1] ?? last));
  const e = await caught(() => loadFont(path).layout("a"));
  expect(e.message).toBe(
    `broken font file: glyph ${ids[0]} is drawn from over 200,000 points, counting its parts' parts`,
  );
  // One of fewer levels (2 ** 8 copies) is drawn.
  const box = loadFont(path).layout("h").glyphs[0]?.bbox;
  expect(box && box.maxY > box.minY).toBe(true);
  // Points, not parts, are counted: 1,024 copies of a glyph of some 400 points (⌨).
  const [keyboard] = idsOf("\u2328");
  const many = withComposites("abcdefghij", (_, i) => Array(2).fill(i < 9 ? ids[i + 1] : keyboard));
  expect((await caught(() => loadFont(many).layout("a"))).message).toBe(
    `broken font file: glyph ${ids[0]} is drawn from over 200,000 points, counting its parts' parts`,
  );
  // 21 glyphs, each drawn from the next once.
  const deep = withComposites("abcdefghijklmnopqrstu", (_, i) => [ids[i + 1] ?? (last as number)]);
  expect((await caught(() => loadFont(deep).layout("a"))).message).toBe(
    `broken font file: glyph ${ids[0]} is drawn from parts nested more than 16 deep`,
  );
});

it("refuses a glyph whose outline nests without end when a line's ink is measured", async () => {
  // As a CFF subroutine that calls itself does in fontkit: getGlyph reads the metrics, and the
  // outline is first drawn when the ink is measured. Before: exit 70, with a stack trace.
  const endless = (): number => endless() + 1;
  const glyph = {
    id: 3,
    advanceWidth: 500,
    codePoints: [97],
    isLigature: false,
    get bbox() {
      return { minY: 0, maxY: endless() };
    },
  };
  const font = {
    unitsPerEm: 1000,
    layout: () => ({
      advanceWidth: 500,
      glyphs: [glyph],
      positions: [{ xAdvance: 500, yAdvance: 0, xOffset: 0, yOffset: 0 }],
    }),
  } as unknown as Font;
  const e = await caught(() => new ShapedRuns().inkOf("fonts/loop.otf", font, "a"));
  expect([e.kind, e.message, e.problems[0]?.location?.file]).toEqual([
    "font",
    "broken font file: the outline of a glyph it needs nests without end",
    "fonts/loop.otf",
  ]);
});

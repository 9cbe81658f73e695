import { createRequire } from "node:module";
import { beforeAll, expect, it } from "vitest";
import {
  cffOutlineBudget,
  MAX_GLYPH_CHARSTRING_BYTES,
} from "../../src/layout/cff-outline-budget.js";
import type { Font } from "../../src/layout/fontkit-types.js";
import { callgsubr, cffFont, ENDCHAR, RETURN, SQUARE } from "../helpers/cff-font.js";
import { caught } from "../helpers/errors.js";
import { loadFont, loadHarfBuzz } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

// A pack's OpenType/CFF font (a stranger's pull request) whose subroutines fan out: fontkit
// runs a CFF glyph's charstring, calling each subroutine by recursion with no limit of work.
beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
const SERIF = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");
const dir = tempDir("cff-budget");
const glyphOf = (ch: string) => loadFont(SERIF).glyphForCodePoint(ch.charCodeAt(0)).id;

/** Global subroutines each calling the one before `fanOut` times, `depth` deep, on a square. */
function fanning(fanOut: number, depth: number): number[][] {
  const subrs = [SQUARE.slice(0, -1).concat(RETURN)];
  for (let k = 1; k <= depth; k++)
    subrs.push([...Array.from({ length: fanOut }, () => callgsubr(k - 1)).flat(), RETURN]);
  return subrs;
}

/** Calls the last of `subrs`, then ends. */
const callingLast = (subrs: number[][]) => [...callgsubr(subrs.length - 1), ENDCHAR];

it("refuses a font whose glyph 0's subroutines fan out, when it is loaded", async () => {
  // Before: drawn, 262,144 squares for each glyph. Here 8 calls of the next, 6 deep, so that
  // the test ends without the budget too; 16 calls, 10 deep (a trillion squares, a font of
  // DejaVu's tables and 300 bytes of charstrings), ran for hours when the pack was loaded.
  const subrs = fanning(8, 6);
  const path = cffFont(SERIF, dir, "all.otf", () => callingLast(subrs), subrs);
  const e = await caught(() => loadFont(path));
  expect([e.kind, e.message, e.problems[0]?.location?.file]).toEqual([
    "font",
    "broken font file: the outline of glyph 0 reads more than 50,000 bytes of charstrings (its subroutines call one another over and over)",
    path,
  ]);
});

it("refuses one glyph's fanning outline when its ink is measured or it is subset", async () => {
  const subrs = fanning(8, 6);
  const z = glyphOf("z");
  const path = cffFont(
    SERIF,
    dir,
    "z.otf",
    (id) => (id === z ? callingLast(subrs) : SQUARE),
    subrs,
  );
  const font = loadFont(path) as Font & {
    createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
  };
  // The rest of the font serves: its glyphs are squares.
  const glyphs = font.layout("abc").glyphs;
  expect(glyphs.map((g) => g.bbox)).toEqual(
    Array(3).fill({ minX: 0, minY: 0, maxX: 100, maxY: 100 }),
  );
  const said = `broken font file: the outline of glyph ${z} reads more than 50,000 bytes of charstrings (its subroutines call one another over and over)`;
  const ink = await caught(() => {
    for (const g of font.layout("jazz").glyphs) void g.bbox;
  });
  expect([ink.kind, ink.message, ink.problems[0]?.location?.file]).toEqual(["font", said, path]);
  const subset = font.createSubset();
  subset.includeGlyph(glyphOf("a"));
  subset.includeGlyph(z);
  expect((await caught(() => subset.encode())).message).toBe(said);
});

it("draws subroutines that call one another within the budget", () => {
  // 4 calls of the next, 5 deep: 1,024 squares, some 13,000 bytes read.
  const subrs = fanning(4, 5);
  const path = cffFont(SERIF, dir, "fine.otf", () => callingLast(subrs), subrs);
  const font = loadFont(path);
  expect(font.layout("z").glyphs[0]?.bbox).toEqual({ minX: 0, minY: 0, maxX: 100, maxY: 100 });
  expect(13_000).toBeLessThan(MAX_GLYPH_CHARSTRING_BYTES);
});

it("holds the glyphs of one font to a budget in all", async () => {
  // Each glyph within its own budget, the font past its budget for all: small ones here, each
  // glyph of 256 squares reading some 3,900 bytes.
  const subrs = fanning(4, 4);
  const path = cffFont(SERIF, dir, "many.otf", () => callingLast(subrs), subrs);
  const fontkit = (await import("fontkit")) as unknown as { openSync(p: string): Font };
  const font = fontkit.openSync(path);
  const budget = cffOutlineBudget(font, path, { glyph: 5_000, font: 10_000 });
  const draw = (id: number) => {
    const g = font.getGlyph(id) as NonNullable<ReturnType<Font["getGlyph"]>>;
    budget?.(g);
    return g.bbox;
  };
  expect(draw(1)).toEqual({ minX: 0, minY: 0, maxX: 100, maxY: 100 });
  expect(draw(2)).toEqual({ minX: 0, minY: 0, maxX: 100, maxY: 100 });
  expect((await caught(() => draw(3))).message).toBe(
    "broken font file: the outlines of its glyphs read more than 10,000 bytes of charstrings in all (its subroutines call one another over and over)",
  );
  // A TrueType font has no such budget.
  expect(cffOutlineBudget(fontkit.openSync(SERIF), SERIF)).toBeUndefined();
});

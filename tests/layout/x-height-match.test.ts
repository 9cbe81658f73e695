import { createRequire } from "node:module";
import { beforeAll, expect, it } from "vitest";
import type { Font } from "../../src/layout/fontkit-types.js";
import { xHeightScale } from "../../src/layout/x-height-match.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
const font = (file: string): Font => res.fonts.files.load(require.resolve(file));
const SOURCE = "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf";
const NOTO = "@expo-google-fonts/noto-serif/400Regular/NotoSerif_400Regular.ttf";
const DEJAVU = "dejavu-fonts-ttf/ttf/DejaVuSerif.ttf";

it("scales a fallback to the style font's x-height, measured from their x", () => {
  // Source Serif 4's x is 492 units high (its OS/2 table says 475), Noto Serif's 536, DejaVu
  // Serif's 1063 of 2048.
  expect(xHeightScale(font(SOURCE), font(NOTO))).toBeCloseTo(492 / 536, 4);
  expect(xHeightScale(font(SOURCE), font(DEJAVU))).toBeCloseTo(492 / (1063 / 2.048), 4);
});

/** A font whose x is `x` units of 1000 high (0: none), of the family `family`. */
function fake(x: number, family: string, table = 0): Font {
  return {
    unitsPerEm: 1000,
    familyName: family,
    "OS/2": { xHeight: table },
    hasGlyphForCodePoint: (cp: number) => x > 0 && cp === 0x78,
    glyphForCodePoint: () => ({ bbox: { minY: 0, maxY: x } }),
  } as unknown as Font;
}

it("keeps the size for a font of the same family, or of an x-height not known", () => {
  expect(xHeightScale(fake(500, "Lato"), fake(450, "Lato"))).toBe(1);
  expect(xHeightScale(fake(500, "A"), fake(0, "B"))).toBe(1);
  expect(xHeightScale(fake(500, "A"), fake(502, "B"))).toBe(1);
});

it("compares the tables' x-heights where one font has no x, and keeps within 0.8 to 1.25", () => {
  // A latin-ext file without an x: the tables' word for both, not a drawn x against a table.
  expect(xHeightScale(fake(492, "A", 475), fake(0, "B", 536))).toBeCloseTo(475 / 536, 4);
  expect(xHeightScale(fake(500, "A"), fake(100, "B"))).toBe(1.25);
  expect(xHeightScale(fake(100, "A"), fake(500, "B"))).toBe(0.8);
});

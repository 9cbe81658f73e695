import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { designOf } from "../../src/layout/design-class.js";
import { draws, FontBook } from "../../src/layout/font-book.js";
import { loadFont, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
const FILES = {
  sourceSerif: "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf",
  notoSans: "@expo-google-fonts/noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf",
  notoSerif:
    "@expo-google-fonts/noto-serif-devanagari/400Regular/NotoSerifDevanagari_400Regular.ttf",
  naskh: "@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
  dejavuSerif: "dejavu-fonts-ttf/ttf/DejaVuSerif.ttf",
  dejavuSans: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
};
const path = (name: keyof typeof FILES) => require.resolve(FILES[name]);

describe("designOf", () => {
  it("tells serif from sans serif by PANOSE, else by the family's name", () => {
    const designs = Object.fromEntries(
      Object.keys(FILES).map((k) => [k, designOf(loadFont(path(k as keyof typeof FILES)))]),
    );
    expect(designs).toEqual({
      sourceSerif: "serif",
      notoSans: "sans",
      // No PANOSE: by name.
      notoSerif: "serif",
      naskh: undefined,
      dejavuSerif: "serif",
      dejavuSans: "sans",
    });
  });
});

// script34: a pack's fallbacks are one list for all its styles (personal's: DejaVu Serif, then
// DejaVu Sans); a letter set in a sans serif that lacks Armenian took DejaVu Serif for it.
describe("a character the style's font lacks", () => {
  const book = new FontBook(
    {
      serif: { regular: path("sourceSerif") },
      sans: { regular: path("notoSans") },
      dejavu: { regular: path("dejavuSerif") },
      "dejavu-sans": { regular: path("dejavuSans") },
    },
    ["dejavu", "dejavu-sans"],
    res.fonts,
  );
  const drawer = (family: string, ch: string) =>
    book.chain(family, false, false, "hy").find((f) => draws(f, ch))?.path;

  it("takes the first fallback of the style font's design that draws it", () => {
    expect(drawer("sans", "Ե")).toBe(path("dejavuSans"));
    // A serif style keeps the pack's order.
    expect(drawer("serif", "Ե")).toBe(path("dejavuSerif"));
    // A symbol only one of them has is drawn by that one, whatever the design.
    expect(drawer("serif", "☎")).toBe(path("dejavuSans"));
  });
});

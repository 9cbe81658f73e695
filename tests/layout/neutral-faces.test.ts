import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { FontBook } from "../../src/layout/font-book.js";
import { buildItems, type Item } from "../../src/layout/paragraph-items.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { BASE_STYLE } from "../../src/model/style.js";
import { ROOT } from "../helpers/render.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

// The senate pack: Source Serif 4, which has no Georgian, then DejaVu, which has.
const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const book = new FontBook(pack.fonts, pack.fallbackFonts, res.fonts);

function items(text: string, lang = "ka", fonts = book): Item[] {
  return buildItems([{ text }], {
    book: fonts,
    style: { ...BASE_STYLE, hyphenate: true },
    hyphenate: hyphenatorFor(lang),
    fields: { page: 1, pages: 1 },
    lang,
    warn: () => {},
  });
}

/** The text drawn in each face in turn (its PostScript name), a space where a space is. */
function faces(its: Item[]): string[][] {
  const out: string[][] = [];
  let space = false;
  for (const it of its) {
    if (it.t === "glue") space = true;
    if (it.t !== "box") continue;
    const face = it.look.face.font.postscriptName;
    const last = out[out.length - 1];
    if (last?.[1] === face) last[0] += (space ? " " : "") + it.text;
    else out.push([(space ? " " : "") + it.text, face]);
    space = false;
  }
  return out;
}

const DEJAVU = "DejaVuSerif";
const SERIF = "SourceSerif4-Regular";

describe("digits and punctuation in a run of a fallback face", () => {
  it("take the face of the Georgian around them", () => {
    expect(faces(items("თქვენი 2025 წლის 20 თებერვლის, ქ. 7-ში"))).toEqual([
      ["თქვენი 2025 წლის 20 თებერვლის, ქ. 7-ში", DEJAVU],
    ]);
  });

  it("at the paragraph's edge where all its letters are in that face", () => {
    expect(faces(items("0160 თბილისი"))).toEqual([["0160 თბილისი", DEJAVU]]);
    expect(faces(items("ტელეფონზე 237 77 77."))).toEqual([["ტელეფონზე 237 77 77.", DEJAVU]]);
  });

  // script33: a run after the last word took a face only where all the paragraph's letters were
  // in one: a Georgian paragraph that names the ITU left "2024." in the serif.
  it("at the paragraph's edge beside a word in the face most of its letters are in", () => {
    expect(faces(items("ITU-სთან შეთანხმება 2024."))).toEqual([
      ["ITU-", SERIF],
      ["სთან შეთანხმება 2024.", DEJAVU],
    ]);
    expect(faces(items("2024 წლის შეთანხმება ITU-სთან"))).toEqual([
      ["2024 წლის შეთანხმება", DEJAVU],
      [" ITU-", SERIF],
      ["სთან", DEJAVU],
    ]);
    // Right to left: Hebrew in DejaVu Sans (the Serif has none), its number after the last
    // word (in logical order) too.
    expect(faces(items("ההסכם עם ITU נחתם בשנת 2024.", "he"))).toEqual([
      ["ההסכם עם", "DejaVuSans"],
      [" ITU", SERIF],
      [" נחתם בשנת 2024.", "DejaVuSans"],
    ]);
  });

  it("and a hyphen added where a Georgian word breaks", () => {
    const hyphens = items("განცხადება").filter((i) => i.t === "penalty" && i.text === "-");
    expect(hyphens.length).toBeGreaterThan(0);
    for (const h of hyphens) expect(h.look?.face.font.postscriptName).toBe(DEJAVU);
  });

  it("measure in that face, as they are drawn", () => {
    const year = items("თქვენი 2025 წლის").find((i) => i.t === "box" && i.text === "2025");
    expect(year?.t === "box" && year.w).toBeCloseTo(
      items("2025 თქვენი").find((i) => i.t === "box" && i.text === "2025")?.w ?? 0,
    );
    expect(year?.w).not.toBeCloseTo(items("2025", "en").find((i) => i.t === "box")?.w ?? 0);
  });

  it("stay in the main face between a Latin word and a Georgian one, or in Latin text", () => {
    expect(faces(items("Tbilisi 2025 თბილისი", "en"))).toEqual([
      ["Tbilisi 2025", SERIF],
      [" თბილისი", DEJAVU],
    ]);
    expect(faces(items("Tbilisi (თბილისი), 2025", "en"))).toEqual([
      ["Tbilisi (", SERIF],
      ["თბილისი", DEJAVU],
      ["), 2025", SERIF],
    ]);
  });
});

// script33: whether a symbol the pack's symbols font sets (☐ ✓ ☎ ✉, dejavu-sans in the built-in
// packs, "Symbols DejaVu Serif lacks") can move into the letters' face.
describe("a symbol the pack's symbols font sets", () => {
  it("stays in it between words of a face that lacks it (the built-in packs' order)", () => {
    // DejaVu Serif draws the Georgian and lacks the symbols; DejaVu Sans comes after it (☐ and
    // ✓ Source Serif draws, so they are the main face's, and DejaVu Serif cannot take them).
    expect(faces(items("მონიშნეთ ☒ ან ☎ ✉ ⚠ ქვემოთ ✓"))).toEqual([
      ["მონიშნეთ", DEJAVU],
      [" ☒", "DejaVuSans"],
      [" ან", DEJAVU],
      [" ☎ ✉ ⚠", "DejaVuSans"],
      [" ქვემოთ", DEJAVU],
      [" ✓", SERIF],
    ]);
  });

  it("takes the letters' face only where a family after it draws both, as digits do", () => {
    // A pack whose symbols font comes before its Ethiopic one: "◌" (which Source Serif lacks)
    // is DejaVu Sans's, but between Amharic words Noto Sans Ethiopic draws it too, and it is
    // set there, as a run of Ethiopic takes its neutral characters (UAX #24). The same as a
    // script's chain (fontChains), which is tried for them before any fallback.
    const require = createRequire(import.meta.url);
    const ethiopic = new FontBook(
      {
        serif: { regular: pack.fonts.serif?.regular as string },
        symbols: { regular: require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf") },
        ethiopic: {
          regular: require.resolve(
            "@expo-google-fonts/noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf",
          ),
        },
      },
      ["symbols", "ethiopic"],
      res.fonts,
    );
    expect(faces(items("ሰላም ◌ ዓለም", "am", ethiopic))).toEqual([
      ["ሰላም ◌ ዓለም", "NotoSansEthiopic-Regular"],
    ]);
    expect(faces(items("Hello ◌ world", "en", ethiopic))).toEqual([
      ["Hello", SERIF],
      [" ◌", "DejaVuSans"],
      [" world", SERIF],
    ]);
  });
});

// letters41: a bold account number between words in the regular face ("nr **12 1090 1362**
// w banku") was set in that regular face, which draws digits too: the bold was lost, in the
// PDF, for any bold or italic run of digits and punctuation alone.
describe("a bold or italic run of digits between words of another weight or slant", () => {
  const runs = (...r: { text: string; bold?: boolean; italic?: boolean }[]) =>
    faces(
      buildItems(r, {
        book,
        style: { ...BASE_STYLE, hyphenate: true },
        hyphenate: hyphenatorFor("pl"),
        fields: { page: 1, pages: 1 },
        lang: "pl",
        warn: () => {},
      }),
    );

  it("keeps its own face", () => {
    expect(
      runs({ text: "na rachunek nr " }, { text: "12 1090 1362", bold: true }, { text: " w banku" }),
    ).toEqual([
      ["na rachunek nr", SERIF],
      [" 12 1090 1362", "SourceSerif4-SemiBold"],
      [" w banku", SERIF],
    ]);
    expect(runs({ text: "tel. " }, { text: "0800 051", italic: true }, { text: " teraz" })).toEqual(
      [
        ["tel.", SERIF],
        [" 0800 051", "SourceSerif4-Italic"],
        [" teraz", SERIF],
      ],
    );
  });
});

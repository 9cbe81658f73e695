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

function items(text: string, lang = "ka"): Item[] {
  return buildItems([{ text }], {
    book,
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

import { createRequire } from "node:module";
import { beforeAll, describe, expect, it } from "vitest";
import { type Face, FontBook, measure } from "../../src/layout/font-book.js";
import { hyphenMins } from "../../src/layout/hyphen-mins.js";
import { buildItems, type Item } from "../../src/layout/paragraph-items.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import type { Run } from "../../src/model/letter-doc.js";
import { BASE_STYLE, type TextStyle } from "../../src/model/style.js";
import { breakPieces } from "../../src/model/word-breaks.js";
import { ROOT } from "../helpers/render.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const book = new FontBook(pack.fonts, pack.fallbackFonts, res.fonts);

function items(runs: Run[], style: Partial<TextStyle> = {}, lang = "en-US"): Item[] {
  return buildItems(runs, {
    book,
    style: { ...BASE_STYLE, hyphenate: true, ...style },
    hyphenate: hyphenatorFor(lang),
    fields: { page: 1, pages: 1 },
    warn: () => {},
  });
}

/** The text as the breaker sees it: "|" where a hyphen may be added, "¦" a break without one. */
const breaks = (its: Item[]) =>
  its.map((i) => (i.t === "box" ? i.text : i.t === "glue" ? " " : i.text ? "|" : "¦")).join("");

describe("hyphenation points", () => {
  it("hyphenates words with punctuation attached like any word", () => {
    expect(breaks(items([{ text: "commerce. (international)," }]))).toBe(
      "com|merce. (in|ter|na|tional),",
    );
  });

  // ties35: a justified Belarusian letter broke "да 10 лю-" / "тага 2025 г.": a date's words,
  // joined by soft ties, are never hyphenated; a line breaks at a soft tie instead.
  it("never hyphenates a date's words", () => {
    expect(breaks(items([{ text: "le 10\ufdd0septembre\ufdd02025 et septembre" }], {}, "fr"))).toBe(
      "le 10¦ septembre¦ 2025 et sep|tembre",
    );
  });

  it("keeps capitalised words whole unless the style allows them", () => {
    expect(breaks(items([{ text: "America International" }]))).toBe("America International");
    expect(breaks(items([{ text: "International" }], { hyphenateCapitalized: true }))).toBe(
      "In|ter|na|tional",
    );
  });

  it("never hyphenates links, e-mail addresses, numbers or codes", () => {
    expect(breaks(items([{ text: "documentation", href: "https://example.org" }]))).toBe(
      "documentation",
    );
    // An address may break before a dot (no hyphen added), as before a hyphen.
    expect(breaks(items([{ text: "correspondence@example.org" }]))).toBe(
      "correspondence@example¦.org",
    );
    expect(breaks(items([{ text: "establishment2024 https://establishment.example" }]))).toBe(
      "establishment2024 https://¦establishment¦.example",
    );
  });

  it("breaks an address before a dot, but not beside a letter or two or a digit", () => {
    expect(
      breaks(items([{ text: "https://etrangers-en-france.interieur.gouv.fr/v2.5/file.pdf" }])),
    ).toBe("https://¦etrangers¦-en¦-france¦.interieur¦.gouv¦.fr/¦v2.5/¦file¦.pdf");
    expect(breaks(items([{ text: "m.lindqvist@osei-lindqvist.example.com" }]))).toBe(
      "m.lindqvist@osei¦-lindqvist¦.example¦.com",
    );
    expect(breaks(items([{ text: "(www.tel-aviv.gov.il)" }]))).toBe("(www¦.tel¦-aviv¦.gov.il)");
  });

  // A UK council's letter printed "bristol.gov.example/counciltax/discounts/single-person-" /
  // "discount/evidence": a web address without a scheme was a word, broken after its hyphen
  // (which could be one added to break it) and open to hyphenation.
  it("treats a domain with a path as a web address, with or without a scheme", () => {
    expect(breaks(items([{ text: "gov.example/council-tax/single-person-discount" }]))).toBe(
      "gov¦.example/¦council¦-tax/¦single¦-person¦-discount",
    );
    expect(breaks(items([{ text: "ico.org.example/complaints." }]))).toBe(
      "ico¦.org¦.example/¦complaints.",
    );
    // Not addresses: abbreviations with a slash, and a word with a slash.
    expect(breaks(items([{ text: "i.e./e.g. U.S./Canada and/or" }]))).toBe(
      "i.e./e.g. U.S./Canada and/¦or",
    );
  });

  // letters23: "(https://data.example/api/v1/feeds?format=gtfs&include=stops,…)" had no place
  // to break after "feeds" and was cut where it overflowed, with a warning.
  it("breaks an address's query before ? & # and after =, not before a mark that ends it", () => {
    expect(
      breaks(items([{ text: "(https://data.example/feeds?format=gtfs&page_size=500)" }])),
    ).toBe("(https://¦data¦.example/¦feeds¦?format=¦gtfs¦&page_size=¦500)");
    expect(breaks(items([{ text: "https://example.org/page#section www.example.org?" }]))).toBe(
      "https://¦example¦.org/¦page¦#section www¦.example¦.org?",
    );
    expect(breakPieces("https://a.example/x?q=1")).toEqual(["https://", "a.example/", "x?q=1"]);
  });

  // letters26: a DOI broke after its own hyphen ("10.1016/j.cell-" / "biology…"), which reads
  // as a hyphen added, and never after its slash: it breaks as an address does.
  it("breaks a DOI where an address breaks: after its slash, before its hyphens", () => {
    expect(
      breaks(items([{ text: "(10.1016/j.cell-biology.2020.01.012) doi:10.1038/nature-12373" }])),
    ).toBe("(10.1016/¦j.cell¦-biology.2020.01.012) doi:10.1038/¦nature¦-12373");
    expect(breakPieces("10.1000/xyz-123")).toEqual(["10.1000/", "xyz", "-123"]);
    // Not a DOI: a registrant code of fewer than four digits, a fraction, a decimal.
    for (const w of ["10.12/ab-cd", "10.5/2", "10.1000"])
      expect(breakPieces(w), w).toEqual(w === "10.12/ab-cd" ? ["10.12/ab-", "cd"] : [w]);
  });

  // A visa letter ended a line with "(USMEP-" and began the next with "W),": a break after a
  // hyphen or a slash the text has leaves two letters at least on each side.
  it("does not break after a hyphen or slash that would leave a single letter", () => {
    expect(breaks(items([{ text: "(USMEP-W), e-mail X-ray km/h T-shirt" }]))).toBe(
      "(USMEP-W), e-mail X-ray km/h T-shirt",
    );
    expect(breakPieces("self-evident")).toEqual(["self-", "evident"]);
    // Before, a word of 300,000 characters (hyphens, or an address's label) ran past 100 s: the
    // patterns look back over the run from each character. Quadratic again, this runs minutes.
    const long = `aa${"-".repeat(1_000_000)}bb`;
    expect(breakPieces(long)).toEqual([long]);
    const address = `a@${"b".repeat(1_000_000)}.com`;
    expect(breakPieces(address)).toEqual([address]);
    expect(breakPieces("Jean-Pierre")).toEqual(["Jean-", "Pierre"]);
  });

  it("breaks after a hyphen the text has, but not one that touches a digit", () => {
    expect(breaks(items([{ text: "wide-ranging 20520-0099 COVID-19" }]))).toBe(
      "wide-¦rang|ing 20520-0099 COVID-19",
    );
  });

  // letters28: an insurer's letter ended a line with "Medical Policy MP-" and began the next
  // with "DME-031"; a code of capitals and digits is copied as one, and read wrong broken.
  it("keeps a code of capitals and digits whole at its hyphens and slashes", () => {
    for (const w of ["MP-DME-031", "(GLM-APL-01),", "DR/PC/24-1187", "ISO/IEC-27001"])
      expect(breakPieces(w), w).toEqual([w]);
    // Words with small letters, and capitals without a digit, break as before.
    expect(breakPieces("AFL-CIO")).toEqual(["AFL-", "CIO"]);
    expect(breakPieces("pre-Brexit-2020")).toEqual(["pre-", "Brexit-2020"]);
  });

  // One rule for both outputs: the text output breaks an over-long word at breakPieces. Before,
  // the PDF had a second copy of the rule that differed ("a--b" broke between the hyphens).
  it("breaks a word without a hyphen added where the text output does", () => {
    const words = [
      "well-known",
      "a--b",
      "north\u2013south",
      "and/or",
      "20520-0099",
      "1990\u20132000",
      "https://example.gov/rail-safety/2024/hearing-exhibits.pdf",
      "m.lindqvist@osei-lindqvist.example.com",
      "(www.tel-aviv.gov.il)",
      "https://example.org/v2.5.1/notes--draft.html",
    ];
    for (const w of words)
      expect(breaks(items([{ text: w }], { hyphenate: false })), w).toBe(breakPieces(w).join("¦"));
    expect(breakPieces("ab--cd")).toEqual(["ab--", "cd"]);
  });

  it("keeps TeX's minimum letters at each end, per language", () => {
    expect(hyphenMins("en-US")).toEqual([2, 3]);
    expect(hyphenMins("de-AT")).toEqual([2, 2]);
    expect(hyphenMins("xx")).toEqual([2, 3]);
    // English keeps three letters after the last break ("...ly" stays with its stem).
    for (const word of ["immediately", "especially", "regardless"]) {
      const parts = hyphenatorFor("en-US")?.(word) ?? [];
      expect(parts.at(-1)?.length ?? 0, word).toBeGreaterThanOrEqual(3);
      expect(parts[0]?.length ?? 0, word).toBeGreaterThanOrEqual(2);
    }
  });
});

describe("widths", () => {
  // Before: each of a word's parts was measured as the word's prefix up to it, shaped and
  // kept: a word of 3,000 characters with a soft hyphen every two took 47 s and 2.2 GB, and a
  // web address of 2,000 characters in 490 pieces, 50 of them, 90 s and 3 GB.
  it.each([
    ["soft hyphens", "ab\u00ad".repeat(1000)],
    ["an address", `https://example.com/${"abc/".repeat(490)}x`],
  ])("measures a word of hundreds of parts in time and memory linear in it: %s", (_, word) => {
    const face = (items([{ text: "x" }])[0] as Extract<Item, { t: "box" }>).look.face;
    const font = face.font as unknown as { layout: (text: string, ...rest: unknown[]) => unknown };
    const layout = font.layout;
    let shaped = 0;
    font.layout = (text, ...rest) => {
      shaped += text.length;
      return layout.call(font, text, ...rest);
    };
    const kept = () => Object.keys(face.runs.of(face.path)).length;
    const before = kept();
    try {
      const boxes = items([{ text: word }]).filter((i) => i.t === "box");
      expect(boxes.length).toBeGreaterThan(400);
    } finally {
      font.layout = layout;
    }
    expect(shaped).toBeLessThan(word.length * 20);
    expect(kept() - before).toBeLessThan(20);
  });

  it("measures a hyphenatable word as it is drawn whole, ligatures and kerning included", () => {
    const its = items([{ text: "efficiently" }]);
    const boxes = its.filter((i): i is Extract<Item, { t: "box" }> => i.t === "box");
    expect(boxes.length).toBeGreaterThan(1);
    const face = boxes[0]?.look.face as Face;
    const sum = boxes.reduce((w, b) => w + b.w, 0);
    expect(sum).toBeCloseTo(measure(face, "efficiently", BASE_STYLE.size), 9);
    // Measured piece by piece, the "ffi" ligature would be lost: the sum would differ.
    const pieces = boxes.reduce((w, b) => w + measure(face, b.text, BASE_STYLE.size), 0);
    expect(Math.abs(pieces - sum)).toBeGreaterThan(0.01);
  });

  // Before, each piece between slashes and hyphens was measured on its own, without the
  // kerning across the slash that the painted word has: this address measured 2.5 pt wider
  // than it was drawn, a gap before the full stop after it.
  it.each([
    "https://forc.example.gov/enforcement/authority/delegations/2024/order-1234-2024.pdf",
    "Lefèvre-Château/Wy-Tej/AV—To",
  ])("measures a word with breaks after slashes and hyphens as it is drawn whole: %s", (word) => {
    const boxes = items([{ text: word }]).filter(
      (i): i is Extract<Item, { t: "box" }> => i.t === "box",
    );
    expect(boxes.length).toBeGreaterThan(3);
    const face = boxes[0]?.look.face as Face;
    const sum = boxes.reduce((w, b) => w + b.w, 0);
    expect(sum).toBeCloseTo(measure(face, word, BASE_STYLE.size), 9);
  });
});

// script34: a hyphenated word in a fallback font (Amharic in Noto Sans Ethiopic after the
// serif) was measured syllable by syllable, its face not being the chain's first: "የተላከልኝ"
// measured 38.87 pt at 11.5 pt and was painted whole at 38.985, each word after it on the line
// a tenth of a point off.
describe("a hyphenated word in a fallback font", () => {
  it("is measured as it is drawn whole, and its added hyphen is of its font", () => {
    const ethiopic = require.resolve(
      "@expo-google-fonts/noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf",
    );
    const fallback = new FontBook(
      { ...pack.fonts, ethiopic: { regular: ethiopic } },
      ["ethiopic"],
      res.fonts,
    );
    const its = buildItems([{ text: "የተላከልኝ" }], {
      book: fallback,
      style: { ...BASE_STYLE, size: 11.5, hyphenate: true },
      // Its syllables, as the Ethiopic patterns break it.
      hyphenate: () => ["የተ", "ላ", "ከ", "ልኝ"],
      fields: { page: 1, pages: 1 },
      warn: () => {},
    });
    const boxes = its.filter((i): i is Extract<Item, { t: "box" }> => i.t === "box");
    expect(boxes.length).toBeGreaterThan(1);
    const face = res.fonts.face(ethiopic);
    expect(boxes.every((b) => b.look.face.path === ethiopic)).toBe(true);
    const sum = boxes.reduce((w, b) => w + b.w, 0);
    expect(sum).toBeCloseTo(measure(face, "የተላከልኝ", 11.5), 9);
    const hyphen = its.find((i) => i.t === "penalty" && i.text === "-");
    expect(hyphen?.t === "penalty" && hyphen.look?.face.path).toBe(ethiopic);
  });
});

import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { create, type GlyphRun } from "fontkit";
import { beforeAll, describe, expect, it } from "vitest";
import { isMissiveError } from "../../src/errors.js";
import { HarfBuzz, instantiateHarfBuzz } from "../../src/layout/hb-wasm.js";
import { readText } from "../../src/load/read-text.js";
import { createResources } from "../../src/resources.js";
import { pdfDump } from "../helpers/pdf-dump.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";
import { loadFont, loadHarfBuzz } from "../helpers/resources.js";

const require = createRequire(import.meta.url);
const SERIF = require.resolve(
  "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf",
);
const SANS = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSans.ttf");

/** Glyph ids, the characters each stands for, and positions: what a run means to the PDF. */
function summary(run: GlyphRun): unknown {
  return run.glyphs.map((g, i) => {
    const p = run.positions[i];
    // A missing glyph (id 0) is never drawn: fontkit gives it the characters of its first use.
    const chars = g.id === 0 ? "missing" : g.codePoints;
    return [g.id, chars, p?.xAdvance, p?.yAdvance, p?.xOffset, p?.yOffset];
  });
}

beforeAll(loadHarfBuzz);

describe("shaping with HarfBuzz", () => {
  const seedWords = readFileSync(require.resolve("../../data/senate-itu-2020.yaml"), "utf8")
    .split(/\s+/)
    .filter(Boolean);
  const texts = [
    ...new Set(seedWords),
    "office affluent fjord ffi",
    "AVATAR To Wa Yo",
    "Straße, Ærøskøbing, Ελληνικά, Кириллица",
    "“quotes” — 1,234.56 ",
    "שלום",
    "مرحبا بالعالم",
  ];

  it.each([SERIF, SANS])("gives what fontkit gives for ordinary text (%s)", (path) => {
    const ours = loadFont(path);
    const fontkit = create(readFileSync(path));
    for (const text of texts)
      expect(summary(ours.layout(text)), text).toEqual(summary(fontkit.layout(text)));
  });

  it("composes a letter and combining accent into the accented glyph", () => {
    const run = loadFont(SERIF).layout("e\u0301");
    expect(run.glyphs).toHaveLength(1);
    expect(run.glyphs[0]?.codePoints).toEqual([0x65, 0x301]);
    // A mark with no composed form is placed on its base, and keeps its own character.
    const placed = loadFont(SERIF).layout("x\u0301");
    expect(placed.glyphs.map((g) => g.codePoints)).toEqual([[0x78], [0x301]]);
    expect(placed.positions[1]?.xOffset).not.toBe(0);
  });

  it.each([
    // Hebrew bet, sheva, dagesh: HarfBuzz puts the marks in another order, in one cluster.
    [SANS, "\u05D1\u05B0\u05BC", [[0x5b0], [0x5bc], [0x5d1]]],
    [SERIF, "x\u0301\u0323", [[0x78], [0x323], [0x301]]],
    [SERIF, "e\u0301\u0323", [[0x65], [0x323], [0x301]]],
    // A composed a-ogonek glyph, and the acute apart.
    [SERIF, "a\u0301\u0328", [[0x61, 0x328], [0x301]]],
  ])(
    "gives each glyph of a reordered cluster the character it draws (%s, %j)",
    (path, text, chars) => {
      expect(
        loadFont(path)
          .layout(text)
          .glyphs.map((g) => g.codePoints),
      ).toEqual(chars);
    },
  );

  // letters25: an Arabic letter's dates in Arabic-Indic digits printed reversed ("٢٠٢٤" as
  // "٤٢٠٢"): the digits are of the Arabic script, which the shaper ran right to left.
  it("shapes a number in Arabic-Indic digits left to right, an Arabic word right to left", () => {
    const naskh = require.resolve(
      "@expo-google-fonts/noto-naskh-arabic/400Regular/NotoNaskhArabic_400Regular.ttf",
    );
    // The characters each glyph draws (a joining form's stand with a zero-width joiner).
    const chars = (font: { layout(t: string): GlyphRun }, text: string) =>
      font
        .layout(text)
        .glyphs.map((g) => String.fromCodePoint(...g.codePoints).replace("\u200d", ""))
        .filter((c) => c !== "");
    const withFontkit = createResources();
    withFontkit.shaper.useLoader("fontkit");
    for (const font of [loadFont(naskh), withFontkit.fonts.files.load(naskh)]) {
      expect(chars(font, "٢٠٢٤")).toEqual(["٢", "٠", "٢", "٤"]);
      expect(chars(font, "١٢٫٥")).toEqual(["١", "٢", "٫", "٥"]);
      // Glyphs in the order they are drawn, left to right: the word's last letter first.
      expect(chars(font, "في")).toEqual(["ي", "ف"]);
    }
  });

  it("draws no dotted circle before a mark or variation selector shaped on its own", () => {
    // Font fallback shapes what the main font lacks apart: ™ then U+FE0F, y then U+0346.
    const font = loadFont(SANS);
    const circle = font.glyphForCodePoint(0x25cc).id;
    for (const text of ["\ufe0f", "\u0346", "\ufe00"]) {
      const ids = font.layout(text).glyphs.map((g) => g.id);
      expect(ids, JSON.stringify(text)).not.toContain(circle);
      expect(ids, JSON.stringify(text)).toHaveLength(1);
    }
  });

  it("draws invisible characters as nothing, under the space's character", () => {
    const font = loadFont(SERIF);
    const plain = font.layout("softhyphen").advanceWidth;
    // fontkit drew a visible hyphen for a soft hyphen in this font.
    expect(font.layout("soft\u00adhyphen").advanceWidth).toBe(plain);
    const zw = font.layout("a\u200bb\u200dc");
    expect(zw.glyphs.map((g) => g.codePoints)).toEqual([[0x61], [0x20], [0x62], [0x20], [0x63]]);
    expect(zw.positions[1]?.xAdvance).toBe(0);
  });
});

it("keeps a space a space in the PDF's text after a zero-width space drew the same glyph", async () => {
  // The letterhead is drawn first: its zero-width spaces reach the space glyph before any space.
  const src = readText(join(ROOT, "data", "business-northwind-2024.yaml"));
  const text = src.text
    .replace("company: Northwind Traders, Inc.", "company: Northwind\u200bTraders\u200b")
    .replace("1200 Harbor Boulevard", "1200\u200bHarbor\u200bBoulevard");
  const r = await render({ file: src.file, text });
  const pdf = (await extractPdf(r.pdf as Uint8Array)).items.map((i) => i.str).join("");
  // The rest of the sender block, in the same face.
  expect(pdf).toContain("Suite 400");
  expect(pdf).toContain("Boston, MA 02110");
});

describe("loading HarfBuzz", () => {
  const own = createResources();

  it("reports a broken installation as missive's own error, with a hint", async () => {
    own.shaper.useLoader(() =>
      Promise.reject(new Error("Cannot find module 'harfbuzzjs/dist/harfbuzz.wasm'")),
    );
    const e: unknown = await own.shaper.load().catch((err: unknown) => err);
    expect(isMissiveError(e) && e.kind).toBe("internal");
    expect(isMissiveError(e) && e.problems[0]).toMatchObject({
      message:
        "cannot load HarfBuzz, the text shaper: Cannot find module 'harfbuzzjs/dist/harfbuzz.wasm'",
      hints: ["reinstall missive's dependencies (npm ci)"],
    });
  });

  it("reports an importer that throws at once (a package not found) the same way", async () => {
    own.shaper.useLoader(() => {
      throw new Error("Cannot find module 'harfbuzzjs/dist/harfbuzz.wasm'");
    });
    const e: unknown = await own.shaper.load().catch((err: unknown) => err);
    expect(isMissiveError(e) && e.kind).toBe("internal");
  });

  it("refuses to shape before it is loaded, unless fontkit was chosen", () => {
    own.shaper.useLoader("wasm");
    expect(() => own.fonts.files.load(SANS).layout("word")).toThrow(/HarfBuzz was not loaded/);
    own.shaper.useLoader("fontkit");
    expect(own.fonts.files.load(SANS).layout("word").glyphs).toHaveLength(4);
  });
});

describe("HarfBuzz's WebAssembly memory", () => {
  it("grows for a long text, and shapes it as harfbuzzjs's own wrapper does", async () => {
    const bytes = readFileSync(SERIF);
    const hb = await instantiateHarfBuzz();
    const font = hb.font(bytes);
    const before = hb.memoryBytes;
    // The package's wrapper, as the reference (missive binds the C API itself: hb-wasm.ts).
    const ref = await import("harfbuzzjs");
    const refFont = new ref.Font(new ref.Face(new ref.Blob(bytes)));
    for (const text of ["xo fi", "xo fi".repeat(200_000)]) {
      const b = new ref.Buffer();
      b.setFlags(
        ref.BufferFlag.BOT | ref.BufferFlag.EOT | ref.BufferFlag.DO_NOT_INSERT_DOTTED_CIRCLE,
      );
      b.setClusterLevel(ref.ClusterLevel.MONOTONE_CHARACTERS);
      b.addText(text);
      b.guessSegmentProperties();
      ref.shape(refFont, b);
      const infos = b.getGlyphInfos();
      expect(hb.shape(font, text)).toEqual({
        ids: infos.map((g) => g.codepoint),
        clusters: infos.map((g) => g.cluster),
        positions: b.getGlyphPositions(),
      });
    }
    // A million characters need tens of megabytes of HarfBuzz's buffers.
    expect(hb.memoryBytes).toBeGreaterThan(before);
    hb.drop(font);
  });
});

describe("HarfBuzz out of memory", () => {
  /** HarfBuzz's functions, faked: malloc fails while `full` is set. */
  function fakeHb() {
    const state = { full: false, next: 1024 };
    const memory = new WebAssembly.Memory({ initial: 1 });
    const exports = new Proxy(
      {
        memory,
        malloc: (n: number) => {
          if (state.full) return 0;
          const at = state.next;
          state.next += n + 8;
          return at;
        },
        hb_buffer_get_length: () => 0,
      } as Record<string, unknown>,
      { get: (t, k: string) => t[k] ?? (() => 1) },
    );
    return { state, hb: new HarfBuzz(exports as never) };
  }

  it("refuses to copy a font to address 0 when malloc fails", () => {
    const { state, hb } = fakeHb();
    state.full = true;
    expect(() => hb.font(new Uint8Array(100))).toThrow(
      "HarfBuzz is out of memory (100 bytes asked)",
    );
  });

  it("after a failed scratch allocation, asks again rather than writing at address 0", () => {
    const { state, hb } = fakeHb();
    const font = hb.font(new Uint8Array(10));
    state.full = true;
    expect(() => hb.shape(font, "x".repeat(300))).toThrow("HarfBuzz is out of memory");
    state.full = false;
    const before = state.next;
    // The fake shapes nothing; what matters is that the text got fresh room.
    expect(() => hb.shape(font, "xy")).toThrow("HarfBuzz could not shape a text of 2 characters");
    expect(state.next).toBeGreaterThan(before);
  });
});

describe("shaping in the text's language (OpenType locl)", () => {
  /** The characters of each glyph of the PDF's fonts, as their ToUnicode maps say. */
  const mapped = (pdf: Uint8Array) =>
    [...pdfDump(pdf).matchAll(/^\s*<[0-9a-f]{4}> <([0-9a-f]+)>$/gim)].map((m) =>
      m[1]?.toLowerCase(),
    );
  const FI = "00660069";
  const FFI = "006600660069";
  const letter = (lang: string, body: string) => ({
    file: join(ROOT, "data", "shaping-language.yaml"),
    text: [
      "template: personal",
      `lang: ${lang}`,
      "sender: { name: Ada, address: [Ankara] }",
      "date: 2024-09-02",
      "recipient: [Can]",
      "salutation: Merhaba,",
      `body: "${body}"`,
      "closing: Saygılarımla,",
    ].join("\n"),
  });

  it("draws Turkish without the fi ligature (it hides the dot on i), English with it", async () => {
    const tr = await render(letter("tr", "Bu fikir iyi. Ofisim office değil."));
    expect(mapped(tr.pdf as Uint8Array)).not.toContain(FI);
    expect(mapped(tr.pdf as Uint8Array)).not.toContain(FFI);
    const mixed = await render(letter("tr", "Bu fikir iyi: [office]{lang=en}."));
    expect(mapped(mixed.pdf as Uint8Array)).not.toContain(FI);
    expect(mapped(mixed.pdf as Uint8Array)).toContain(FFI);
    const en = await render(letter("en", "The office has a fine fikir."));
    expect(mapped(en.pdf as Uint8Array)).toEqual(expect.arrayContaining([FI, FFI]));
  });

  it("draws each text as wide as it was measured, in its language", async () => {
    const r = await render(letter("tr", "Bu fikir iyi: [office]{lang=en} ofis, fikir."));
    const drawn = (await extractPdf(r.pdf as Uint8Array)).items;
    const measured = (r.laidOut?.pages ?? [])
      .flatMap((p) => p.items)
      .filter((i) => i.kind === "text" && /fi|ffi/.test(i.text));
    expect(measured.map((i) => (i.kind === "text" ? i.shapedIn : ""))).toContain("tr");
    expect(measured.length).toBeGreaterThan(0);
    for (const it of measured) {
      if (it.kind !== "text") continue;
      const same = drawn.find((d) => d.str.trim() === it.text.trim());
      expect(same, it.text).toBeDefined();
      expect(same?.width).toBeCloseTo(it.width, 2);
    }
  });
});

import { createRequire } from "node:module";
import { join } from "node:path";
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, it } from "vitest";
import { canPaintLines, type Line, type LineMemo, paintLine } from "../../src/write/pdfkit-line.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT } from "../helpers/render.js";
import { loadFont, loadHarfBuzz } from "../helpers/resources.js";

// These tests lay text out directly; a render would load HarfBuzz itself.
beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
const FONTS = [
  require.resolve("@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf"),
  require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf"),
];

type Painter = (doc: PDFDocument, line: Line) => void;

/** pdfkit's own painter, which paintLine must match byte for byte. */
const pdfkitPainter: Painter = (doc, l) =>
  (doc as unknown as { _fragment: (...a: unknown[]) => void })._fragment(l.text, l.x, l.y, {
    baseline: "alphabetic",
    wordSpacing: l.wordSpacing,
    characterSpacing: l.tracking,
    textWidth: 100,
    wordCount: 1,
  });

const ours: Painter = (doc, l) => {
  if (!canPaintLines(doc)) throw new Error("pdfkit lacks what paintLine needs");
  paintLine(doc, l);
};

async function pdf(font: string, lines: Line[], paint: Painter): Promise<Buffer> {
  const doc = new PDFDocument({
    autoFirstPage: false,
    font: null,
    compress: false,
    info: { CreationDate: new Date(0) },
  });
  const chunks: Uint8Array[] = [];
  doc.on("data", (c) => chunks.push(c));
  const done = new Promise<void>((r) => doc.on("end", r));
  doc.addPage({ size: [595, 842], margin: 0 });
  doc.registerFont("f", loadFont(font));
  doc.font("f").fontSize(11.5);
  for (const l of lines) paint(doc, l);
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

const TEXTS = [
  "Thank you for your efforts to draw attention to the ever growing number",
  "AVATAR To Wa Yo office fluffy affine ffi — “quotes” and 1,234.56",
  "double  spaces\tand a tab, trailing space ",
  "combining marks: e\u0301 a\u0308 n\u0303 — o\u0302 u\u0328",
  // No precomposed character: the shaper places the mark (HarfBuzz composes the ones above).
  "marks without a composed form: x\u0301 q\u0303 w\u0308\u0301",
  "Ελληνικά και Кириллица, Ærøskøbing, Straße",
  " leading space",
];

/** Marks placed by GPOS: pdfkit places them ignoring letter-spacing, which paintLine does not. */
const MARKED = /[\u0300-\u036f]/;

/** One line per text, 20 pt apart from y 40, at x 50. */
const stacked = (texts: string[]): Line[] =>
  texts.map((text, i) => ({ text, x: 50, y: 40 + 20 * i, wordSpacing: 0, tracking: 0, scale: 1 }));

/** Text as the hex of its UTF-16BE code units, as an ActualText string writes it. */
const utf16 = (text: string) =>
  [...text]
    .map((c) => (c.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0"))
    .join("");

/** The page's content stream, without the ActualText spans paintLine adds around letter-spaced text. */
const contentOf = (pdf: Buffer, stripSpans = false) => {
  const stream = /stream\n([\s\S]*?BT[\s\S]*?)\nendstream/.exec(pdf.toString("latin1"))?.[1] ?? "";
  return stripSpans
    ? stream.replace(/\/Span <<\/ActualText <[0-9A-F]+>>> BDC\n/g, "").replace(/\nEMC(?=\n)/g, "")
    : stream;
};

/** The text pdf.js reads (through the ToUnicode map) on the line at each y. */
async function linesRead(pdf: Buffer): Promise<(y: number) => string> {
  const items = (await extractPdf(pdf)).items;
  return (y) =>
    items
      .filter((it) => Math.abs(it.y - y) < 1)
      .map((it) => it.str)
      .join("");
}

describe("paintLine", () => {
  it.each(FONTS)("writes what pdfkit's own painter writes (%s)", async (font) => {
    const lines: Line[] = [];
    let y = 40;
    for (const text of TEXTS)
      for (const wordSpacing of [0, 1.75])
        for (const tracking of MARKED.test(text) ? [0] : [0, 0.4]) {
          lines.push({ text, x: 56.7 + wordSpacing, y, wordSpacing, tracking, scale: 1 });
          y += 14.5;
        }
    const [theirs, mine] = await Promise.all([
      pdf(font, lines, pdfkitPainter),
      pdf(font, lines, ours),
    ]);
    expect(contentOf(mine, true)).toBe(contentOf(theirs));
    // Without letter-spacing, the whole file is the same, but for marks the shaper placed:
    // those lines carry their text in a Span (glyph-run.ts's misread).
    const placed = (l: Line) => l.text.startsWith("marks without");
    expect(lines.filter(placed).length).toBeGreaterThan(0);
    for (const l of lines.filter(placed))
      expect(contentOf(mine)).toContain(`/Span <</ActualText <FEFF${utf16(l.text)}>>> BDC`);
    const plain = lines.filter((l) => l.tracking === 0 && !placed(l));
    const [theirsPlain, minePlain] = await Promise.all([
      pdf(font, plain, pdfkitPainter),
      pdf(font, plain, ours),
    ]);
    expect(minePlain.toString("latin1")).toBe(theirsPlain.toString("latin1"));
    // Kerning splits TJ arrays, and marks placed by GPOS move the text matrix mid-line.
    expect(mine.toString("latin1")).toMatch(/> -?[\d.]+ <[0-9a-f]+>/);
    expect(mine.toString("latin1").match(/ Tm\n/g)?.length).toBeGreaterThan(lines.length);
  });

  it("marks letter-spaced text with its own text, so readers do not split it into letters", async () => {
    const line = { text: "WASHINGTON, DC", x: 50, y: 40, wordSpacing: 0, tracking: 1.2, scale: 1 };
    const out = (await pdf(FONTS[0] as string, [line], ours)).toString("latin1");
    const hex = [...line.text].map((c) => c.charCodeAt(0).toString(16).padStart(4, "0")).join("");
    expect(out).toContain(`1.2 Tc\n/Span <</ActualText <FEFF${hex.toUpperCase()}>>> BDC\n[`);
    expect(out).toMatch(/\] TJ\nEMC\nET/);
  });

  it("draws an added hyphen as a hyphen that reads as a soft hyphen, where the word ends", async () => {
    const plain = { text: "inter", x: 50, y: 40, wordSpacing: 0, tracking: 0, scale: 1 };
    const broken = { ...plain, text: "inter\u00AD", y: 60 };
    const out = (await pdf(FONTS[0] as string, [plain, broken], ours)).toString("latin1");
    const font = loadFont(FONTS[0] as string);
    const end = 50 + (font.layout("inter").advanceWidth / font.unitsPerEm) * 11.5;
    const m =
      /1 0 0 1 ([\d.]+) [\d.]+ Tm\n\/Span <<\/ActualText <FEFF00AD>>> BDC\n\[<[0-9a-f]+> 0\] TJ\nEMC/.exec(
        out,
      );
    expect(m).not.toBeNull();
    expect(Number(m?.[1])).toBeCloseTo(end, 3);
  });

  it("widens the glyphs of an expanded line with Tz and keeps its word gaps in points", async () => {
    const words = { text: "a b", x: 50, y: 40, wordSpacing: 2, tracking: 0 };
    const [one, wide] = await Promise.all([
      pdf(FONTS[0] as string, [{ ...words, scale: 1 }], ours),
      pdf(FONTS[0] as string, [{ ...words, scale: 1.02 }], ours),
    ]);
    expect(wide.toString("latin1")).toContain("102 Tz");
    const gap = (b: Buffer) =>
      Number(/<[0-9a-f]+> (-[\d.]+) <[0-9a-f]+>/.exec(b.toString("latin1"))?.[1]);
    // The gap after "a" is written in text space, which Tz scales: it is divided by the scale.
    expect(gap(wide) * 1.02).toBeCloseTo(gap(one), 3);
  });

  it("gives the text of Thai whose glyphs do not say it, and keeps each glyph's own characters", async () => {
    // Noto Sans Thai draws "ำ" as a nikhahit and the glyph of "า", and moves "้" up over it
    // with another glyph than its own: which glyph stands for which character is a guess.
    // Before, the first use named each glyph in the ToUnicode map, so after "แม่น้ำ" every
    // "า" copied out as a joiner and the tone mark of "นี้" was lost.
    const thai = join(ROOT, "tests/fixtures/fonts/NotoSansThai-Regular.ttf");
    const texts = ["แม่น้ำ", "นี้", "ภาษา", "ทั้ง"];
    const lines = stacked(texts);
    const out = await pdf(thai, lines, ours);
    // pdf.js reads the glyphs, through the ToUnicode map: the plain words read right.
    const at = await linesRead(out);
    expect(at(60)).toBe("นี้");
    expect(at(80)).toBe("ภาษา");
    expect(at(100)).toBe("ทั้ง");
    // The word whose glyphs cannot say it carries its text (ActualText), as poppler reads it.
    expect(contentOf(out)).toContain(`/Span <</ActualText <FEFF${utf16("แม่น้ำ")}>>> BDC`);
  });

  it("gives the text of Devanagari whose vowel sign or reph is drawn out of order", async () => {
    // "ि" is drawn before its consonant and "र्" after the next one: read glyph by glyph,
    // "किताब" copied out as "िकताब" and "अर्जुन" as "अजुर्न".
    const font = require.resolve(
      "@expo-google-fonts/noto-serif-devanagari/400Regular/NotoSerifDevanagari_400Regular.ttf",
    );
    const line = { text: "किताब अर्जुन", x: 50, y: 40, wordSpacing: 0, tracking: 0, scale: 1 };
    const out = await pdf(font, [line], ours);
    expect(contentOf(out)).toContain(`/Span <</ActualText <FEFF${utf16(line.text)}>>> BDC`);
  });

  // scripts36: Noto Sans Sinhala draws the "ු" of "රු" with the glyph of "ැ", a cluster of
  // its own and one glyph, so it looked exact; after "සැප" named that glyph "ැ" in the
  // ToUnicode map, "ගරු" copied out as "ගරැ" (pdftotext), and the line carried no text.
  it("gives the text of a word drawn with another character's glyph (Sinhala රු)", async () => {
    const font = require.resolve(
      "@expo-google-fonts/noto-sans-sinhala/400Regular/NotoSansSinhala_400Regular.ttf",
    );
    const texts = ["සැප", "ගරු"];
    const lines = stacked(texts);
    const out = await pdf(font, lines, ours);
    expect(contentOf(out)).toContain(`/Span <</ActualText <FEFF${utf16("ගරු")}>>> BDC`);
    // The glyph's own character is kept where it is drawn for it.
    const items = (await extractPdf(out)).items;
    expect(
      items
        .filter((it) => Math.abs(it.y - 40) < 1)
        .map((it) => it.str)
        .join(""),
    ).toBe("සැප");
  });

  // letters37: Source Serif 4 draws the apostrophe ’ and the modifier letter ʼ (Navajo, Hausa)
  // with one glyph, which the ToUnicode map names by its first use: in a letter with both,
  // "Chapter’s" copied out as "Chapterʼs" (pdftotext), or "ʼyaʼyan" as "’ya’yan".
  it("gives the text of a line whose glyph the font shares with another character (’ and ʼ)", async () => {
    const texts = ["Tʼáá hwó", "Chapter’s", "Hawaiʻi ‘ae’"];
    const out = await pdf(FONTS[0] as string, stacked(texts), ours);
    // The modifier letters' lines say their text; the glyph is named by the punctuation.
    expect(contentOf(out)).toContain(`/Span <</ActualText <FEFF${utf16("Tʼáá hwó")}>>> BDC`);
    expect(contentOf(out)).toContain(`/Span <</ActualText <FEFF${utf16("Hawaiʻi ‘ae’")}>>> BDC`);
    expect(contentOf(out)).not.toContain(`<FEFF${utf16("Chapter’s")}>`);
    expect((await linesRead(out))(60)).toBe("Chapter’s");
  });

  // A font with no bold or italic face printed a bold or italic run regular; the painter now
  // makes what layout asks for (layout/synthetic-style.ts).
  it("strokes a synthetic bold and shears a synthetic italic, marks and added hyphen with it", async () => {
    const plain = {
      text: "X\u0301 Ŵ\u0301 inter\u00AD",
      x: 50,
      y: 40,
      wordSpacing: 0,
      tracking: 0,
      scale: 1,
    };
    const made = { ...plain, embolden: 0.45, slant: 0.25 };
    const [upright, slanted] = await Promise.all([
      pdf(FONTS[0] as string, [plain], ours),
      pdf(FONTS[0] as string, [made], ours),
    ]);
    const before = contentOf(upright);
    const after = contentOf(slanted);
    expect(after).toMatch(
      /\nq\n1 0 0 -1 0 842 cm\n0\.45 w\n1 j\nBT\n1 0 0\.25 1 50 802 Tm\n\/F\d+ 11\.5 Tf\n2 Tr\n/,
    );
    expect(before).not.toMatch(/ w\n| j\n| Tr\n/);
    // Every Tm is sheared: the first, the raised accents' and the added hyphen's. On the
    // baseline a Tm keeps its place; an accent raised by dy moves right by a quarter of dy.
    const tms = (text: string, shear: string) =>
      [...text.matchAll(new RegExp(`1 0 ${shear} 1 ([\\d.]+) ([\\d.]+) Tm`, "g"))].map((m) => [
        Number(m[1]),
        Number(m[2]),
      ]);
    const uprightAt = tms(before, "0");
    const slantedAt = tms(after, "0\\.25");
    expect(slantedAt.length).toBe(uprightAt.length);
    expect(uprightAt.some(([, y]) => y !== 802)).toBe(true);
    slantedAt.forEach(([x, y], i) => {
      const [ux = 0, uy = 0] = uprightAt[i] ?? [];
      expect(y).toBe(uy);
      expect(x).toBeCloseTo(ux + 0.25 * (uy - 802), 5);
    });
  });

  // A merge paints its letters with one memo: a bold subject in one letter and the same text
  // regular in another, at the same place in the same file, are two lines.
  it("paints a line again stroked or sheared after its plain twin, with one memo", async () => {
    const memo: LineMemo = new WeakMap();
    const plain = { text: "Urgent", x: 50, y: 40, wordSpacing: 0, tracking: 0, scale: 1 };
    const lines = [plain, { ...plain, embolden: 0.45 }, { ...plain, slant: 0.25 }, plain];
    const remembered: Painter = (doc, l) => {
      if (!canPaintLines(doc)) throw new Error("pdfkit lacks what paintLine needs");
      paintLine(doc, l, memo);
    };
    const out = contentOf(await pdf(FONTS[0] as string, lines, remembered));
    expect(out.match(/\n2 Tr\n/g)?.length).toBe(1);
    expect(out.match(/\n1 0 0\.25 1 /g)?.length).toBe(1);
    expect(out.match(/\nBT\n/g)?.length).toBe(4);
  });
});

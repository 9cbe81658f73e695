import { createRequire } from "node:module";
import PDFDocument from "pdfkit";
import { beforeAll, describe, expect, it } from "vitest";
import { loadFont } from "../../src/layout/font-file.js";
import { loadHarfBuzz } from "../../src/layout/harfbuzz.js";
import { canPaintLines, type Line, paintLine } from "../../src/write/pdfkit-line.js";

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

describe("paintLine", () => {
  it.each(FONTS)("writes what pdfkit's own painter writes (%s)", async (font) => {
    const lines: Line[] = [];
    let y = 40;
    for (const text of TEXTS)
      for (const wordSpacing of [0, 1.75])
        for (const tracking of [0, 0.4]) {
          lines.push({ text, x: 56.7 + wordSpacing, y, wordSpacing, tracking });
          y += 14.5;
        }
    const [theirs, mine] = await Promise.all([
      pdf(font, lines, pdfkitPainter),
      pdf(font, lines, ours),
    ]);
    expect(mine.toString("latin1")).toBe(theirs.toString("latin1"));
    // Kerning splits TJ arrays, and marks placed by GPOS move the text matrix mid-line.
    expect(mine.toString("latin1")).toMatch(/> -?[\d.]+ <[0-9a-f]+>/);
    expect(mine.toString("latin1").match(/ Tm\n/g)?.length).toBeGreaterThan(lines.length);
  });
});

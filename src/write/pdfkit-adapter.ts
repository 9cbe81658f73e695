import PDFDocument, { type PDFImage } from "pdfkit";
import type { Resources } from "../resources.js";
import { canPaintLines, type PdfkitLineTarget, paintLine } from "./pdfkit-line.js";

/** What the PDF writer needs from a PDF library: pages, fonts by file, text at a baseline, images. */
export interface PdfCanvas {
  page(width: number, height: number): void;
  text(t: {
    text: string;
    x: number;
    y: number;
    font: string;
    size: number;
    color: string;
    wordSpacing: number;
    tracking: number;
    scale?: number;
    rtl?: true;
    href?: string;
    width: number;
  }): void;
  /** The image named `src`, made from `bytes` (the same name gives the same image object). */
  image(src: string, bytes: Uint8Array, x: number, y: number, width: number, height: number): void;
  /** A horizontal stroke centred on y. */
  rule(r: { x: number; y: number; width: number; thickness: number; color: string }): void;
  finish(): Promise<Uint8Array>;
}

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  lang: string;
  created: Date;
}

/**
 * The one place that talks to pdfkit. Why an adapter: pdfkit's types lag its releases, and
 * keeping its cursor-based API out of the layout makes every position ours to decide.
 */
export function openPdf(info: PdfInfo, res: Resources): PdfCanvas {
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default Helvetica: pdfkit would read and parse its AFM file for every document.
    font: null,
    pdfVersion: "1.7",
    lang: info.lang,
    displayTitle: true,
    compress: true,
    info: {
      Title: info.title,
      Author: info.author,
      Subject: info.subject,
      Keywords: info.keywords,
      Creator: "missive",
      Producer: "missive (pdfkit)",
      CreationDate: info.created,
      ModDate: info.created,
    },
  });
  // pdfkit numbers fonts F1, F2…; Helvetica used to take F1, and the number seeds each font's
  // subset tag, so skipping it keeps PDFs byte-identical to those written before.
  (doc as unknown as { _fontCount: number })._fontCount = 1;
  res.fonts.runs.documentStarted();
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const registered = new Set<string>();
  const opened = new Map<string, PDFImage>();
  let font = "";
  let size = 0;
  let color = "";
  /** Whether the current font offers what paintLine needs; checked once per font switch. */
  let paintable = false;
  return {
    page(width, height) {
      doc.addPage({ size: [width, height], margin: 0 });
      font = "";
      size = 0;
      color = "";
    },
    text(t) {
      if (!registered.has(t.font)) {
        doc.registerFont(t.font, res.fonts.files.load(t.font));
        registered.add(t.font);
      }
      if (t.font !== font) {
        font = t.font;
        doc.font(font);
        shareLayoutCache(doc, res.fonts.runs.of(font));
        paintable = canPaintLines(doc);
      }
      if (t.size !== size) {
        size = t.size;
        doc.fontSize(size);
      }
      if (t.color !== color) {
        color = t.color;
        doc.fillColor(color);
      }
      // pdfkit's own text() measures each line twice more (for links and to advance its
      // cursor), and missive places every line itself: paint it directly, with the
      // whitespace text() would have collapsed for word spacing collapsed here.
      if (paintable) {
        const text = t.wordSpacing ? t.text.replace(/\s{2,}/g, " ") : t.text;
        paintLine(doc as unknown as PdfkitLineTarget, {
          text,
          x: t.x,
          y: t.y,
          wordSpacing: t.wordSpacing,
          tracking: t.tracking,
          scale: t.scale ?? 1,
          ...(t.rtl ? { rtl: true } : {}),
        });
      } else {
        // A pdfkit without the internals paintLine uses: the public call draws the same thing.
        doc.text(t.text.replace(/\u00AD$/, "-"), t.x, t.y, {
          lineBreak: false,
          baseline: "alphabetic",
          wordSpacing: t.wordSpacing,
          characterSpacing: t.tracking,
          horizontalScaling: (t.scale ?? 1) * 100,
        });
      }
      if (t.href) doc.link(t.x, t.y - t.size, t.width, t.size * 1.2, t.href);
    },
    image(src, bytes, x, y, width, height) {
      // Opened once per name, as pdfkit does for a path, so an image used again is embedded once.
      let image = opened.get(src);
      if (!image) {
        image = doc.openImage(bytes);
        opened.set(src, image);
      }
      doc.image(image, x, y, { width, height });
    },
    rule(r) {
      doc
        .save()
        .moveTo(r.x, r.y)
        .lineTo(r.x + r.width, r.y)
        .lineWidth(r.thickness)
        .strokeColor(r.color)
        .stroke()
        .restore();
    },
    finish() {
      doc.end();
      return done;
    },
  };
}

/**
 * Points pdfkit's per-document word-shaping cache at the runs layout already shaped
 * (layout/shaped-runs.ts). Why: shaping (GSUB/GPOS) was most of the time spent painting.
 */
function shareLayoutCache(doc: PDFDocument, cache: Record<string, unknown>): void {
  const current = (doc as unknown as { _font?: { layoutCache?: Record<string, unknown> } })._font;
  if (current && current.layoutCache !== cache) current.layoutCache = cache;
}

import PDFDocument from "pdfkit";
import { loadFont } from "../layout/font-file.js";

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
    href?: string;
    width: number;
  }): void;
  image(src: string, x: number, y: number, width: number, height: number): void;
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
export function openPdf(info: PdfInfo): PdfCanvas {
  const doc = new PDFDocument({
    autoFirstPage: false,
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
  const chunks: Uint8Array[] = [];
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("data", (c) => chunks.push(c));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const registered = new Set<string>();
  let font = "";
  let size = 0;
  let color = "";
  return {
    page(width, height) {
      doc.addPage({ size: [width, height], margin: 0 });
      font = "";
      size = 0;
      color = "";
    },
    text(t) {
      if (!registered.has(t.font)) {
        doc.registerFont(t.font, loadFont(t.font));
        registered.add(t.font);
      }
      if (t.font !== font) {
        font = t.font;
        doc.font(font);
      }
      if (t.size !== size) {
        size = t.size;
        doc.fontSize(size);
      }
      if (t.color !== color) {
        color = t.color;
        doc.fillColor(color);
      }
      doc.text(t.text, t.x, t.y, {
        lineBreak: false,
        baseline: "alphabetic",
        wordSpacing: t.wordSpacing,
        characterSpacing: t.tracking,
      });
      if (t.href) doc.link(t.x, t.y - t.size, t.width, t.size * 1.2, t.href);
    },
    image(src, x, y, width, height) {
      doc.image(src, x, y, { width, height });
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

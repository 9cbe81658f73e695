import type { LaidOutDoc } from "../layout/laid-out-doc.js";
import type { Resources } from "../resources.js";
import { openPdf, type PdfCanvas, type PdfInfo } from "./pdfkit-adapter.js";

/**
 * The bytes of each image a laid-out letter paints, by its path: the bytes missive checked
 * when it read the file. Why not the path: a file swapped after the check would enter the
 * PDF unchecked.
 */
export type ImageBytes = ReadonlyMap<string, Uint8Array>;

/** Paints laid-out pages into PDF bytes. `created` fixes the dates (and so the file ID). */
export async function writePdf(
  doc: LaidOutDoc,
  created: Date,
  images: ImageBytes,
  res: Resources,
): Promise<Uint8Array> {
  const pdf = openPdf({ ...doc.meta, lang: doc.lang, created }, res);
  paintPages(pdf, doc, images);
  return pdf.finish();
}

/** Several letters painted into one PDF, each starting on a new sheet. */
export interface CombinedPdf {
  /** Appends a letter; with `duplex`, a blank page first if it would start on a back side. */
  add(doc: LaidOutDoc, images: ImageBytes): void;
  /** Pages so far, blanks included. */
  readonly pages: number;
  finish(): Promise<Uint8Array>;
}

/**
 * Why one pdfkit document rather than concatenating PDFs: fonts are embedded once for all
 * letters, and no PDF-merging library is needed.
 */
export function openCombinedPdf(info: PdfInfo, duplex: boolean, res: Resources): CombinedPdf {
  const pdf = openPdf(info, res);
  let pages = 0;
  return {
    add(doc, images) {
      if (duplex && pages % 2 === 1) {
        pdf.page(doc.width, doc.height);
        pages++;
      }
      paintPages(pdf, doc, images);
      pages += doc.pages.length;
    },
    get pages() {
      return pages;
    },
    finish: () => pdf.finish(),
  };
}

function paintPages(pdf: PdfCanvas, doc: LaidOutDoc, images: ImageBytes): void {
  for (const page of doc.pages) {
    pdf.page(doc.width, doc.height);
    for (const it of page.items) {
      if (it.kind === "text") pdf.text(it);
      else if (it.kind === "rule") pdf.rule(it);
      else pdf.image(it.src, imageBytes(images, it.src), it.x, it.y, it.width, it.height);
    }
  }
}

function imageBytes(images: ImageBytes, src: string): Uint8Array {
  const bytes = images.get(src);
  // Every image is read and checked while the letter is modelled; one that was not is a bug.
  if (!bytes) throw new Error(`no checked bytes for the image ${src}`);
  return bytes;
}

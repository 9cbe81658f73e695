import type { LaidOutDoc, PaintItem } from "../layout/laid-out-doc.js";
import { roleOf } from "../model/block-ids.js";
import type { PdfStandard } from "../pdf-standard.js";
import type { Resources } from "../resources.js";
import { openPdf, type PdfCanvas, type PdfInfo, type StructNode } from "./pdfkit-adapter.js";
import type { Attachment } from "./source-attachment.js";
import { structureOf, type Target } from "./tag-structure.js";

/**
 * The bytes of each image a laid-out letter paints, by its path: the bytes missive checked
 * when it read the file. Why not the path: a file swapped after the check would enter the
 * PDF unchecked.
 */
export type ImageBytes = ReadonlyMap<string, Uint8Array>;

/** How a PDF is written: `created` fixes the dates (and so the file ID). */
export interface PdfOptions {
  created: Date;
  standards: readonly PdfStandard[];
  attachments?: readonly Attachment[];
}

/** Paints laid-out pages into PDF bytes. */
export async function writePdf(
  doc: LaidOutDoc,
  opts: PdfOptions,
  images: ImageBytes,
  res: Resources,
): Promise<Uint8Array> {
  const pdf = openPdf({ ...doc.meta, lang: doc.lang, ...opts }, res);
  paintPages(pdf, doc, images);
  return pdf.finish();
}

/** Several letters painted into one PDF, each starting on a new sheet. */
export interface CombinedPdf {
  /**
   * Appends a letter, and the files it carries (a merge record); with `duplex`, a blank page
   * first if it would start on a back side.
   */
  add(doc: LaidOutDoc, images: ImageBytes, attachments?: readonly Attachment[]): void;
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
  let letters = 0;
  return {
    add(doc, images, attachments = []) {
      for (const a of attachments) pdf.attach(a);
      if (duplex && pages % 2 === 1) {
        pdf.page(doc.width, doc.height);
        pages++;
      }
      // Each letter is a part of the document's structure, its element ids its own.
      letters++;
      paintPages(pdf, doc, images, { node: pdf.struct("Part", {}), ids: `letter-${letters}/` });
      pages += doc.pages.length;
    },
    get pages() {
      return pages;
    },
    finish: () => pdf.finish(),
  };
}

/** Paints the pages, marking each item as the content of its structure element or an artifact. */
function paintPages(
  pdf: PdfCanvas,
  doc: LaidOutDoc,
  images: ImageBytes,
  part?: { node: StructNode; ids: string },
): void {
  const structure = structureOf(pdf, doc, part?.node, part?.ids);
  for (const [n, page] of doc.pages.entries()) {
    pdf.page(doc.width, doc.height);
    const cells = cellTexts(page.items);
    let marked: Target | null = null;
    let cell: string | undefined;
    const textFrom = firstParagraph(page.items);
    for (const [i, it] of page.items.entries()) {
      const target = structure.target(it, n);
      const inCell = it.kind === "text" && it.block !== undefined && cells.has(it.block);
      if (cell !== undefined && (!inCell || it.block !== cell)) {
        pdf.endActualText();
        cell = undefined;
      }
      if (target !== marked) pdf.mark(target, i < textFrom ? "opening" : "text");
      marked = target;
      if (inCell && cell === undefined) {
        cell = it.block as string;
        pdf.beginActualText(cells.get(cell) as string);
      }
      let span = false;
      if (it.kind === "text") span = pdf.text(it);
      else if (it.kind === "rule") pdf.rule(it);
      else pdf.image(it.src, imageBytes(images, it.src), it.x, it.y, it.width, it.height);
      // The painter wraps a hyphen added at a break, letter-spaced text and text its glyphs
      // do not say in a Span of their own (ActualText); poppler ends a sequence at the first
      // EMC, inner or not, so what follows starts a new one.
      // (Right-to-left lines, all in Spans, are left as they were.)
      const own = it.kind === "text" && (it.tracking !== 0 || it.text.endsWith("\u00AD"));
      if (cell === undefined && (own || (span && it.kind === "text" && it.rtl !== true)))
        marked = null;
    }
    if (cell !== undefined) pdf.endActualText();
  }
}

/**
 * Where the page's first paragraph of running text starts (its items' length if none): what
 * comes before it (letterhead, date, address, salutation) and what from it are two parts of
 * the page, each compressed on its own. Why: in a merge the address and the salutation
 * change from letter to letter, and the paragraphs after them are compressed only once per
 * thread. Why not a piece for every block: each cut costs the compression the text before it
 * would have given, and a piece per block made the examples' files 3–8 % larger; this cut,
 * 0.2–1.4 %.
 */
function firstParagraph(items: PaintItem[]): number {
  const at = items.findIndex(
    (it) => it.kind === "text" && it.block !== undefined && roleOf(it.block) === "p",
  );
  return at < 0 ? items.length : at;
}

function imageBytes(images: ImageBytes, src: string): Uint8Array {
  const bytes = images.get(src);
  // Every image is read and checked while the letter is modelled; one that was not is a bug.
  if (!bytes) throw new Error(`no checked bytes for the image ${src}`);
  return bytes;
}

/**
 * The text of each signature cell on a page, line by line: what its lines read as (see
 * beginActualText in pdfkit-line.ts).
 */
function cellTexts(items: PaintItem[]): Map<string, string> {
  const cells = new Map<string, { text: string; y: number; end: number }>();
  for (const it of items) {
    if (it.kind !== "text" || it.block === undefined || roleOf(it.block) !== "signer") continue;
    const prev = cells.get(it.block);
    const joint = !prev ? "" : prev.y !== it.y ? "\n" : it.x > prev.end + 0.1 ? " " : "";
    // A word broken at a line's end is one word again.
    const text =
      (prev?.text ?? "").replace(/\u00AD$/, "") + (prev?.text.endsWith("\u00AD") ? "" : joint);
    cells.set(it.block, { text: text + it.text, y: it.y, end: it.x + it.width });
  }
  return new Map([...cells].map(([k, v]) => [k, v.text.replace(/\u00AD$/, "")]));
}

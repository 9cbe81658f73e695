import type { LaidOutDoc, PaintItem, TextItem } from "../layout/laid-out-doc.js";
import { roleOf } from "../model/block-ids.js";
import type { PdfStandard } from "../pdf-standard.js";
import type { Resources } from "../resources.js";
import {
  type InfoText,
  openPdf,
  type PdfCanvas,
  type PdfInfo,
  type StructNode,
} from "./pdfkit-adapter.js";
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
  /** Its bytes, its document information's text replaced by `text` (what is true of every letter). */
  finish(text?: InfoText): Promise<Uint8Array>;
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
    finish: (text) => pdf.finish(text),
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
    const joined = gapJoins(page.items);
    let marked: Target | null = null;
    let cell: string | undefined;
    /** The last item of the run of items read as one text being painted. */
    let joinEnd = -1;
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
      const join = cell === undefined ? joined.get(i) : undefined;
      if (join) {
        pdf.beginActualText(join.text);
        joinEnd = join.end;
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
      if (i === joinEnd) {
        pdf.endActualText();
        marked = null;
      }
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

/**
 * Lines whose items read as one text: a line spread at gaps with no space typed (a justified
 * line of Chinese or Thai), by the index of its first item, with its last and its text. Why:
 * readers take a gap between two items for a word space, and in Thai a space ends a phrase;
 * the line's text given once (ActualText) copies without it, as a signature cell's does. The
 * whole line, or poppler sets the text after the Span apart. Not across a link, a note,
 * letter-spacing, right-to-left text or an added hyphen, which are marked or spanned alone.
 */
/**
 * The least gap, in ems, that a reader may take for a word space. Poppler's own least is a
 * tenth (minWordBreakSpace), but it measures from where the last glyph is drawn, and a word
 * ending in a mark set back over its letter (Khmer "សម្រាប់", its ់) ends earlier there than
 * its advance: a Khmer gap of 0.08 em read as a space. So any spread at all, past rounding.
 */
const SEEN_AS_SPACE = 0.005;

function gapJoins(items: PaintItem[]): Map<number, { end: number; text: string }> {
  const runs = new Map<number, { end: number; text: string }>();
  const plain = (it: PaintItem | undefined): it is TextItem =>
    it?.kind === "text" &&
    it.tracking === 0 &&
    !it.rtl &&
    it.href === undefined &&
    it.note === undefined &&
    !it.text.endsWith("\u00AD");
  for (let i = 0; i < items.length; i++) {
    const first = items[i];
    if (!plain(first)) continue;
    let end = i;
    let text = first.text;
    let gaps = false;
    for (let k = i + 1; k < items.length; k++) {
      const next = items[k];
      const prev = items[k - 1] as TextItem;
      if (!plain(next) || !next.joint || next.block !== first.block || next.y !== first.y) break;
      // A gap a reader may take for a space (SEEN_AS_SPACE).
      gaps ||= next.joint === "gap" && next.x - (prev.x + prev.width) >= SEEN_AS_SPACE * next.size;
      text += (next.joint === "space" ? " " : "") + next.text;
      end = k;
    }
    if (gaps) runs.set(i, { end, text });
    i = end;
  }
  return runs;
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

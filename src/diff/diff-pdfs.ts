import { fail } from "../errors.js";
import { encodePng } from "../raster/encode-png.js";
import { openPdf, type PdfPages } from "../raster/open-pdf.js";
import type { PageRaster } from "../raster/page-raster.js";
import type { PixelBox } from "./change-regions.js";
import { comparePages } from "./compare-pages.js";
import { type TextChange, textChanges } from "./text-changes.js";
import { refuseStreamBombs } from "./unpacked-streams.js";

/** A PDF to compare: its bytes, and its name for messages. */
export interface PdfInput {
  bytes: Uint8Array;
  file: string;
}

/** One page that differs. `added`: only the second PDF has it; `removed`: only the first. */
export interface PageChange {
  page: number;
  status: "changed" | "added" | "removed";
  pixels: number;
  fraction: number;
  /** Where the pixels changed, in points from the page's top-left corner. */
  regions: PixelBox[];
  text: TextChange[];
  /** Whether this change counts: text changed, the page is new or gone, or over the threshold. */
  counts: boolean;
  /** The diff picture as a PNG, when asked for and the change counts. */
  picture?: Uint8Array;
}

export interface PdfDiff {
  pages: { a: number; b: number };
  changes: PageChange[];
  /** Any change counts, or the page counts differ. */
  differ: boolean;
}

export interface DiffOptions {
  dpi: number;
  /** Changed pixels up to this fraction of a page do not count (text changes always do). */
  threshold: number;
  pictures: boolean;
}

/** A PDF of more pages is refused: a letter has a few, and each takes a tenth of a second. */
export const MAX_DIFF_PAGES = 1000;

/** All of a PDF's pages drawn: about 1,900 US Letter pages at 150 dpi, 120 at 600. */
export const MAX_DIFF_PIXELS = 4_000_000_000;

/**
 * Compares two PDFs page by page, in pixels (drawn at `dpi`) and in text. Both are measured
 * first, so a PDF too long or too large to draw is refused before any page is drawn.
 */
export async function diffPdfs(a: PdfInput, b: PdfInput, opts: DiffOptions): Promise<PdfDiff> {
  await refuseStreamBombs(a.bytes, a.file);
  await refuseStreamBombs(b.bytes, b.file);
  const docA = await openPdf(a.bytes, a.file);
  try {
    const docB = await openPdf(b.bytes, b.file);
    try {
      await refuseTooLarge(docA, a.file, opts.dpi);
      await refuseTooLarge(docB, b.file, opts.dpi);
      const changes: PageChange[] = [];
      for (let n = 1; n <= Math.max(docA.count, docB.count); n++) {
        const change = await comparePage(docA, docB, n, opts);
        if (change) changes.push(change);
      }
      const differ = docA.count !== docB.count || changes.some((c) => c.counts);
      return { pages: { a: docA.count, b: docB.count }, changes, differ };
    } finally {
      await docB.close();
    }
  } finally {
    await docA.close();
  }
}

/** A PDF over MAX_DIFF_PAGES pages or MAX_DIFF_PIXELS pixels at `dpi` (or with a page too large). */
async function refuseTooLarge(doc: PdfPages, file: string, dpi: number): Promise<void> {
  const count = (n: number) => n.toLocaleString("en-US");
  if (doc.count > MAX_DIFF_PAGES)
    throw fail(
      "input",
      `${count(doc.count)} pages; missive diff compares PDFs of at most ${count(MAX_DIFF_PAGES)}`,
      { file },
      ["compare letters, not one PDF of many: render each to a PDF of its own"],
    );
  let pixels = 0;
  for (let n = 1; n <= doc.count; n++) {
    const { width, height } = await doc.size(n, dpi);
    pixels += width * height;
  }
  if (pixels > MAX_DIFF_PIXELS)
    throw fail(
      "usage",
      `its ${count(doc.count)} pages would be ${count(pixels)} pixels at ${dpi} dpi; missive diff draws at most ${count(MAX_DIFF_PIXELS)} of a PDF`,
      { file },
      ["give a lower --dpi"],
    );
}

/** Page `n` of both; a page only one PDF has is compared with a blank page of its size. */
async function comparePage(
  docA: PdfPages,
  docB: PdfPages,
  n: number,
  opts: DiffOptions,
): Promise<PageChange | undefined> {
  const inA = n <= docA.count;
  const inB = n <= docB.count;
  const pageA = inA ? await docA.draw(n, opts.dpi) : undefined;
  const pageB = inB ? await docB.draw(n, opts.dpi) : undefined;
  const first = pageA ?? blankLike(pageB as PageRaster);
  const second = pageB ?? blankLike(first);
  const cmp = comparePages(first, second, opts.dpi);
  const text = textChanges(inA ? await docA.runs(n) : [], inB ? await docB.runs(n) : []);
  const status = !inA ? "added" : !inB ? "removed" : "changed";
  if (status === "changed" && cmp.pixels === 0 && text.length === 0) return undefined;
  const toPt = (v: number) => Math.round((v * 720) / opts.dpi) / 10;
  const counts = status !== "changed" || text.length > 0 || cmp.fraction > opts.threshold;
  return {
    page: n,
    status,
    pixels: cmp.pixels,
    fraction: cmp.fraction,
    regions: cmp.regions.map((r) => ({
      x: toPt(r.x),
      y: toPt(r.y),
      width: toPt(r.width),
      height: toPt(r.height),
    })),
    text,
    counts,
    ...(opts.pictures && counts ? { picture: encodePng(cmp.picture, opts.dpi) } : {}),
  };
}

function blankLike(page: PageRaster): PageRaster {
  return { ...page, data: new Uint8ClampedArray(page.data.length).fill(255) };
}

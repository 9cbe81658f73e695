import { fail } from "../errors.js";
import { encodePng } from "./encode-png.js";
import { openPdf } from "./open-pdf.js";

/**
 * The most pages drawn as images. Why: each takes a tenth of a second and is held until all
 * are written, and data from a pull request can make a letter of 27,000 pages (700,000
 * paragraphs): 45 minutes and gigabytes of pictures.
 */
export const MAX_IMAGE_PAGES = 1000;

/**
 * Rasterises every page of a PDF to a PNG at `dpi`, one page at a time (a page's pixels are
 * dropped once encoded). `file` names the PDF in errors.
 */
export async function pageImages(pdf: Uint8Array, dpi: number, file: string) {
  const doc = await openPdf(pdf, file);
  try {
    if (doc.count > MAX_IMAGE_PAGES)
      throw fail(
        "usage",
        `${file} has ${doc.count.toLocaleString("en-US")} pages; page images are drawn for at most ${MAX_IMAGE_PAGES.toLocaleString("en-US")}`,
        undefined,
        ["render it as a PDF (-f pdf)"],
      );
    const pngs: Uint8Array[] = [];
    for (let n = 1; n <= doc.count; n++) pngs.push(encodePng(await doc.draw(n, dpi), dpi));
    return pngs;
  } finally {
    await doc.close();
  }
}

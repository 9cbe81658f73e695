import { encodePng } from "./encode-png.js";
import { openPdf } from "./open-pdf.js";

/**
 * Rasterises every page of a PDF to a PNG at `dpi`, one page at a time (a page's pixels are
 * dropped once encoded). `file` names the PDF in errors.
 */
export async function pageImages(pdf: Uint8Array, dpi: number, file: string) {
  const doc = await openPdf(pdf, file);
  try {
    const pngs: Uint8Array[] = [];
    for (let n = 1; n <= doc.count; n++) pngs.push(encodePng(await doc.draw(n, dpi), dpi));
    return pngs;
  } finally {
    await doc.close();
  }
}

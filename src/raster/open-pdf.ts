import { fail } from "../errors.js";
import { MAX_PAGE_PIXELS, type PageRaster, type PageRun } from "./page-raster.js";
import { loadRasteriser, type Rasteriser } from "./pdfjs.js";

type PdfDoc = Awaited<ReturnType<Rasteriser["pdfjs"]["getDocument"]>["promise"]>;

/** An open PDF whose pages can be drawn and read one at a time. */
export interface PdfPages {
  count: number;
  /** Page `n`'s size in pixels at `dpi`; a page over MAX_PAGE_PIXELS is refused. */
  size(n: number, dpi: number): Promise<{ width: number; height: number }>;
  /** Draws page `n` (1-based) on white at `dpi`. */
  draw(n: number, dpi: number): Promise<PageRaster>;
  /** The text runs of page `n`, in the order the PDF paints them. */
  runs(n: number): Promise<PageRun[]>;
  close(): Promise<void>;
}

/**
 * Opens PDF bytes with pdf.js. The fonts a PDF embeds are drawn from their outlines by pdf.js
 * itself (no system fonts, no network); its own data for the 14 standard fonts and CMaps is
 * read from the pdfjs-dist package. A file pdf.js cannot read is an input error naming `file`.
 */
export async function openPdf(bytes: Uint8Array, file: string): Promise<PdfPages> {
  const r = loadRasteriser();
  let doc: PdfDoc;
  try {
    doc = await r.pdfjs.getDocument({
      data: new Uint8Array(bytes), // pdf.js takes the buffer over; the caller keeps its bytes
      verbosity: 0,
      isEvalSupported: false,
      useSystemFonts: false,
      standardFontDataUrl: r.standardFontDataUrl,
      cMapUrl: r.cMapUrl,
      cMapPacked: true,
    }).promise;
  } catch (e) {
    throw fail("input", `not a PDF that can be read (${(e as Error).message})`, { file });
  }
  return {
    count: doc.numPages,
    size: async (n, dpi) => pageSize(await doc.getPage(n), n, dpi, file),
    draw: (n, dpi) => drawPage(r, doc, n, dpi, file),
    runs: (n) => pageRuns(doc, n),
    close: () => doc.destroy(),
  };
}

/** Draws page `n` on white at `dpi`, refusing a page too large to hold. */
async function drawPage(
  r: Rasteriser,
  doc: PdfDoc,
  n: number,
  dpi: number,
  file: string,
): Promise<PageRaster> {
  const page = await doc.getPage(n);
  const { width, height, viewport } = pageSize(page, n, dpi, file);
  const canvas = r.canvas.createCanvas(width, height);
  const ctx = canvas.getContext("2d");
  ctx.fillStyle = "#ffffff";
  ctx.fillRect(0, 0, width, height);
  // @napi-rs/canvas implements the 2D context pdf.js draws on; the types are the DOM's.
  type Params = Parameters<typeof page.render>[0];
  await page.render({
    canvasContext: ctx as unknown as Params["canvasContext"],
    canvas: canvas as unknown as Params["canvas"],
    viewport,
  }).promise;
  page.cleanup();
  const data = ctx.getImageData(0, 0, width, height).data;
  const [, , widthPt, heightPt] = page.view as [number, number, number, number];
  return { width, height, data, widthPt, heightPt };
}

type PdfPage = Awaited<ReturnType<PdfDoc["getPage"]>>;

function pageSize(page: PdfPage, n: number, dpi: number, file: string) {
  const viewport = page.getViewport({ scale: dpi / 72 });
  // Rounded, not ceiled: 792 pt at 1200 dpi is 13200.000000000002 in floating point.
  const width = Math.max(1, Math.round(viewport.width));
  const height = Math.max(1, Math.round(viewport.height));
  if (width * height > MAX_PAGE_PIXELS)
    throw fail("usage", `page ${n} would be ${width}×${height} pixels at ${dpi} dpi`, { file }, [
      "give a lower --dpi",
    ]);
  return { width, height, viewport };
}

/** Page `n`'s text runs with their boxes (the top from the font size, as pdf.js gives none). */
async function pageRuns(doc: PdfDoc, n: number): Promise<PageRun[]> {
  const page = await doc.getPage(n);
  const [, , , h] = page.view as [number, number, number, number];
  const content = await page.getTextContent();
  const runs: PageRun[] = [];
  for (const it of content.items) {
    if (!("str" in it) || it.str.trim() === "") continue;
    const [, , , d = it.height, e = 0, f = 0] = it.transform as number[];
    const size = Math.abs(d);
    runs.push({ str: it.str, x: e, y: h - f - size * 0.8, width: it.width, height: size });
  }
  return runs;
}

import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";

/** A text run extracted from a PDF, with its box in points from the page's top-left corner. */
export interface PdfText {
  page: number;
  str: string;
  x: number;
  /** Top of the run's box. */
  top: number;
  /** Baseline. */
  y: number;
  width: number;
  height: number;
  font: string;
}

export interface PdfContent {
  pages: { width: number; height: number }[];
  items: PdfText[];
  info: Record<string, unknown>;
}

/** Extracts every text run with its position, using pdfjs (no system tools needed). */
export async function extractPdf(bytes: Uint8Array): Promise<PdfContent> {
  const doc = await getDocument({
    data: new Uint8Array(bytes),
    verbosity: 0,
    isEvalSupported: false,
    useSystemFonts: false,
  }).promise;
  const pages: PdfContent["pages"] = [];
  const items: PdfText[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const page = await doc.getPage(n);
    const [, , w, h] = page.view as [number, number, number, number];
    pages.push({ width: w, height: h });
    const content = await page.getTextContent();
    for (const it of content.items) {
      if (!("str" in it) || it.str.trim() === "") continue;
      const [, , , d, e, f] = it.transform as number[];
      const size = Math.abs(d ?? it.height);
      items.push({
        page: n,
        str: it.str,
        x: e ?? 0,
        y: h - (f ?? 0),
        top: h - (f ?? 0) - size * 0.8,
        width: it.width,
        height: size,
        font: it.fontName,
      });
    }
  }
  const meta = await doc.getMetadata();
  await doc.destroy();
  return { pages, items, info: meta.info as Record<string, unknown> };
}

/** The page's text in reading order, runs joined by spaces: for word-order checks. */
export function pageWords(content: PdfContent): string[] {
  return content.items
    .map((i) => i.str)
    .join(" ")
    .split(/\s+/)
    .filter((w) => w !== "");
}

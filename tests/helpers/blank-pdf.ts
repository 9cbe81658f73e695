import PDFDocument from "pdfkit";

/** A PDF of `pages` blank pages, each `side` points square. */
export async function blankPdf(pages: number, side: number): Promise<Buffer> {
  const doc = new PDFDocument({ autoFirstPage: false, font: null });
  const chunks: Uint8Array[] = [];
  doc.on("data", (c) => chunks.push(c));
  const done = new Promise<void>((resolve) => doc.on("end", resolve));
  for (let i = 0; i < pages; i++) doc.addPage({ size: [side, side], margin: 0 });
  doc.end();
  await done;
  return Buffer.concat(chunks);
}

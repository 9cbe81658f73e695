import { expect } from "vitest";
import type { LaidOutDoc, Rect } from "../../src/layout/laid-out-doc.js";
import type { PdfContent } from "./pdf-text.js";

/**
 * Every extracted text run lies inside the page margins. pdfjs estimates run widths from the
 * font's width table, which differs from the layout by up to half a point, hence the 1pt slack.
 */
export function expectInsideMargins(pdf: PdfContent, margin: number): void {
  for (const it of pdf.items) {
    const page = pdf.pages[it.page - 1] as { width: number; height: number };
    const where = `"${it.str}" on page ${it.page}`;
    expect(it.x, where).toBeGreaterThanOrEqual(margin - 0.5);
    // Punctuation ending a justified line may hang into the margin (protrusion.ts).
    const hang = /[.,;:!?\u00AD\-\u2010-\u2014\u2019\u201D'")\u00BB]$/u.test(it.str) ? 3 : 0;
    expect(it.x + it.width, where).toBeLessThanOrEqual(page.width - margin + 1 + hang);
    expect(it.top, where).toBeGreaterThanOrEqual(margin - 0.5);
    expect(it.y, where).toBeLessThanOrEqual(page.height - margin + 0.5);
  }
}

export function overlaps(a: Rect, b: Rect): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

/** No two signature cells on a page overlap. */
export function expectCellsApart(doc: LaidOutDoc): void {
  for (const page of doc.pages) {
    page.cells.forEach((a, i) => {
      for (const b of page.cells.slice(i + 1))
        expect(overlaps(a, b), `${a.label} overlaps ${b.label}`).toBe(false);
    });
  }
}

/** Names appear once each, in the given order, reading the PDF page by page, top to bottom, left to right. */
export function expectNamesInOrder(pdf: PdfContent, names: string[]): void {
  const found = names.map((n) => {
    const hits = pdf.items.filter((i) => i.str === n);
    expect(hits.length, `${n} appears once`).toBe(1);
    return hits[0] as PdfContent["items"][number];
  });
  const key = (i: PdfContent["items"][number]) => [i.page, Math.round(i.y), i.x] as const;
  for (let k = 1; k < found.length; k++) {
    const [p0, y0, x0] = key(found[k - 1] as PdfContent["items"][number]);
    const [p1, y1, x1] = key(found[k] as PdfContent["items"][number]);
    const after = p1 > p0 || (p1 === p0 && (y1 > y0 || (y1 === y0 && x1 > x0)));
    expect(after, `${names[k]} comes after ${names[k - 1]}`).toBe(true);
  }
}

/** A signer's name and every title line are on one page, and every row is on one page. */
export function expectRowsWhole(
  pdf: PdfContent,
  signers: { name: string; title: string }[],
  columns: number,
): void {
  for (let r = 0; r < signers.length; r += columns) {
    const row = signers.slice(r, r + columns);
    const pages = new Set(row.map((s) => pdf.items.find((i) => i.str === s.name)?.page));
    expect(pages.size, `row ${r / columns + 1} on one page`).toBe(1);
    for (const s of row) {
      const name = pdf.items.find((i) => i.str === s.name);
      const title = pdf.items.find(
        (i) =>
          i.str === s.title &&
          i.page === name?.page &&
          i.y > (name?.y ?? 0) &&
          Math.abs(i.x - (name?.x ?? 0)) < 1,
      );
      expect(title, `${s.name}'s title under the name on the same page`).toBeDefined();
    }
  }
}

/** Every font in the file is embedded (a FontFile stream) and subset; none is a standard-14 font. */
export function expectFontsEmbedded(bytes: Uint8Array): void {
  const raw = Buffer.from(bytes).toString("latin1");
  const fonts = raw.match(/\/Type \/Font\b/g) ?? [];
  expect(fonts.length).toBeGreaterThan(0);
  const baseFonts = [...raw.matchAll(/\/BaseFont \/([^\s/>]+)/g)].map((m) => m[1] as string);
  for (const name of baseFonts) expect(name, "subset font name").toMatch(/^[A-Z]{6}\+/);
  const descriptors = [...raw.matchAll(/\/FontFile2 \d+ 0 R/g)].length;
  expect(descriptors).toBe(new Set(baseFonts).size);
}

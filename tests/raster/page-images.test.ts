import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { encodePng } from "../../src/raster/encode-png.js";
import { openPdf } from "../../src/raster/open-pdf.js";
import { pageImages } from "../../src/raster/page-images.js";
import { blankPdf } from "../helpers/blank-pdf.js";
import { inkBox, pngDpi, pngPixels } from "../helpers/png-pixels.js";
import { ROOT, render, SEED } from "../helpers/render.js";

describe("pageImages", () => {
  it("draws each page of a PDF, its fonts from the PDF itself", async () => {
    const pdf = (await render(SEED, ["pdf"])).pdf as Uint8Array;
    const pngs = await pageImages(pdf, 36, "senate.pdf");
    expect(pngs).toHaveLength(3);
    for (const png of pngs) {
      const p = await pngPixels(png);
      expect([p.width, p.height, pngDpi(png)]).toEqual([306, 396, 36]);
      // Every page carries text inside its margins (1 inch = 36 px here).
      const ink = inkBox(p);
      expect(ink?.left).toBeGreaterThanOrEqual(30);
      expect(ink?.right).toBeLessThanOrEqual(306 - 30);
    }
  });

  it("refuses a PDF of more than 1,000 pages before drawing one", async () => {
    // A letter of 700,000 paragraphs from a pull request is 27,000 pages: 45 minutes of drawing.
    await expect(
      pageImages(await blankPdf(1001, 100), 150, "the PDF of l.yaml"),
    ).rejects.toMatchObject({
      kind: "usage",
      problems: [
        {
          message: "the PDF of l.yaml has 1,001 pages; page images are drawn for at most 1,000",
          hints: ["render it as a PDF (-f pdf)"],
        },
      ],
    });
  });

  it("refuses bytes that are not a PDF, naming them", async () => {
    await expect(pageImages(new TextEncoder().encode("hello"), 72, "x.pdf")).rejects.toMatchObject({
      kind: "input",
      problems: [
        {
          message: expect.stringMatching(/^not a PDF that can be read \(/),
          location: { file: "x.pdf" },
        },
      ],
    });
  });

  it("refuses a page too large to hold in memory", async () => {
    const pdf = (await render(join(ROOT, "data/personal-cover-letter.yaml"), ["pdf"]))
      .pdf as Uint8Array;
    const doc = await openPdf(pdf, "big.pdf");
    await expect(doc.draw(1, 1200)).rejects.toThrow(
      "page 1 would be 10200×13200 pixels at 1200 dpi",
    );
    await doc.close();
  });
});

describe("encodePng", () => {
  it("gives the same bytes for the same pixels, and says the resolution", async () => {
    const data = new Uint8ClampedArray(4 * 4 * 4).fill(255);
    data.set([0, 0, 0, 255], 20);
    const a = encodePng({ width: 4, height: 4, data }, 300);
    expect(Buffer.from(a).equals(Buffer.from(encodePng({ width: 4, height: 4, data }, 300)))).toBe(
      true,
    );
    expect(pngDpi(a)).toBe(300);
    expect(inkBox(await pngPixels(a))).toEqual({ left: 1, top: 1, right: 1, bottom: 1 });
  });
});

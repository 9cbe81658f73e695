import { createRequire } from "node:module";
import type PDFDocument from "pdfkit";

/** What svg-to-pdfkit is called as (its package has no types). */
type SvgToPdf = (
  doc: PDFDocument,
  svg: string,
  x: number,
  y: number,
  options: Record<string, unknown>,
) => void;

/** Whether an image's bytes are an SVG's text, as src/load/svg-image.ts hands them on. */
export function isSvgText(bytes: Uint8Array): boolean {
  return bytes[0] === 0x3c; // "<": a PNG or JPEG starts otherwise
}

/**
 * Draws a checked SVG (src/load/svg-image.ts) as vector shapes into the box, its viewBox
 * fitted as the SVG says (centred by default). Why svg-to-pdfkit: the SVG renderer made for
 * pdfkit (pdfmake's), drawing paths, gradients, patterns, clip paths and masks as PDF shapes.
 * The check has refused what would make it read anything (images, other documents, fonts):
 * the callbacks refuse them again rather than let it open a path.
 */
export function drawSvg(
  doc: PDFDocument,
  bytes: Uint8Array,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  // Loaded when a letter draws an SVG: most never do.
  const svgToPdf = createRequire(import.meta.url)("svg-to-pdfkit") as SvgToPdf;
  const refuse = (what: string) => () => {
    throw new Error(`an SVG image may not name ${what}`);
  };
  doc.save();
  svgToPdf(doc, Buffer.from(bytes).toString("utf8"), x, y, {
    width,
    height,
    assumePt: true,
    // What it cannot draw it skips; the check has refused what would be lost without a word.
    warningCallback: () => {},
    fontCallback: refuse("a font"),
    imageCallback: refuse("an image file"),
  });
  doc.restore();
}

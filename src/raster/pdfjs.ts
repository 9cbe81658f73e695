import { createRequire } from "node:module";

type PdfJs = typeof import("pdfjs-dist/legacy/build/pdf.mjs");
type Canvas = typeof import("@napi-rs/canvas");

export interface Rasteriser {
  pdfjs: PdfJs;
  canvas: Canvas;
  /** Folders pdf.js reads font data from, as paths (it reads files in Node, never the network). */
  standardFontDataUrl: string;
  cMapUrl: string;
}

/**
 * Loads pdf.js (its Node build) and @napi-rs/canvas from the installed packages. Why
 * `require` and not `import()`: a process started from the startup snapshot cannot
 * `import()`, and Node (20.19 on) requires an ES module that has no top-level await. Why
 * `globalThis.pdfjsWorker`: pdf.js's documented way to run its worker code in the calling
 * thread without importing a worker file (the same reason). Loaded only by page images and
 * `diff`, so a render to PDF never pays for it.
 */
export function loadRasteriser(): Rasteriser {
  const req = createRequire(import.meta.url);
  const pdfjs = req("pdfjs-dist/legacy/build/pdf.mjs") as PdfJs;
  const g = globalThis as { pdfjsWorker?: unknown };
  g.pdfjsWorker ??= req("pdfjs-dist/legacy/build/pdf.worker.mjs");
  const root = req.resolve("pdfjs-dist/package.json").replace(/package\.json$/, "");
  return {
    pdfjs,
    canvas: req("@napi-rs/canvas") as Canvas,
    standardFontDataUrl: `${root}standard_fonts/`,
    cMapUrl: `${root}cmaps/`,
  };
}

/** One page's pixels: RGBA, row by row, `width × height`, at `dpi`. */
export interface PageRaster {
  width: number;
  height: number;
  data: Uint8ClampedArray;
  /** The page's size in points (1/72 inch), as the PDF gives it. */
  widthPt: number;
  heightPt: number;
}

/** A run of text on a page, with its box in points from the page's top-left corner. */
export interface PageRun {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The default resolution of page images and of `diff`: sharp enough to read small print. */
export const DEFAULT_DPI = 150;

/** A page over this many pixels is refused: at 4 bytes a pixel, 400 MB for one page. */
export const MAX_PAGE_PIXELS = 100_000_000;

import pixelmatch from "pixelmatch";
import type { PageRaster } from "../raster/page-raster.js";
import { changeRegions, type PixelBox } from "./change-regions.js";

/** Colours of the diff picture: ink only in the first render, only in the second, and boxes. */
const REMOVED: [number, number, number] = [220, 0, 0];
const ADDED: [number, number, number] = [0, 150, 0];
const BOX: [number, number, number] = [0, 90, 255];

/** What changed between two drawings of a page. */
export interface PageComparison {
  /** Pixels that differ (anti-aliasing differences aside). */
  pixels: number;
  /** `pixels` as a fraction of the page's pixels. */
  fraction: number;
  regions: PixelBox[];
  /** The second page faded, changed pixels in colour, each region boxed: RGBA. */
  picture: PageRaster;
}

/**
 * Compares two drawings of a page at `dpi` with pixelmatch, which tells anti-aliasing from
 * real change (an edge a subpixel away is not a change). Pages of different sizes are all
 * change: the second is compared with a blank page of its size.
 */
export function comparePages(a: PageRaster, b: PageRaster, dpi: number): PageComparison {
  const sameSize = a.width === b.width && a.height === b.height;
  const first = sameSize ? a.data : blank(b.data.length);
  const out = new Uint8ClampedArray(b.data.length);
  const pixels = pixelmatch(first, b.data, out, b.width, b.height, {
    threshold: 0.1,
    diffColor: REMOVED,
    diffColorAlt: ADDED,
  });
  const isChange = (x: number, y: number) => {
    const i = (y * b.width + x) * 4;
    // The faded page is grey (r = g = b); only the change colours are not.
    return out[i] !== out[i + 1] && (out[i] === REMOVED[0] || out[i + 1] === ADDED[1]);
  };
  const cell = Math.max(2, Math.round(dpi / 24)); // 3 pt
  // Changes up to 9 pt apart are one region: the words of a line, the lines of a paragraph.
  const regions = pixels ? changeRegions(b.width, b.height, isChange, cell, 3) : [];
  for (const r of regions) outline(out, b.width, b.height, r, Math.max(1, Math.round(dpi / 72)));
  return {
    pixels,
    fraction: sameSize ? pixels / (b.width * b.height) : 1,
    regions: sameSize ? regions : [{ x: 0, y: 0, width: b.width, height: b.height }],
    picture: { ...b, data: out },
  };
}

function blank(length: number): Uint8ClampedArray {
  return new Uint8ClampedArray(length).fill(255);
}

/** Draws a box `pad` pixels outside the region, `pad` pixels thick. */
function outline(px: Uint8ClampedArray, width: number, height: number, r: PixelBox, pad: number) {
  const l = Math.max(0, r.x - 2 * pad);
  const t = Math.max(0, r.y - 2 * pad);
  const rt = Math.min(width - 1, r.x + r.width - 1 + 2 * pad);
  const bt = Math.min(height - 1, r.y + r.height - 1 + 2 * pad);
  const paint = (x: number, y: number) => px.set([...BOX, 255], (y * width + x) * 4);
  for (let k = 0; k < pad; k++) {
    for (let x = l; x <= rt; x++) {
      paint(x, Math.min(bt, t + k));
      paint(x, Math.max(t, bt - k));
    }
    for (let y = t; y <= bt; y++) {
      paint(Math.min(rt, l + k), y);
      paint(Math.max(l, rt - k), y);
    }
  }
}

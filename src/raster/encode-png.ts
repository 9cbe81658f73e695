import { crc32 } from "node:zlib";
import type { PageRaster } from "./page-raster.js";
import { loadRasteriser } from "./pdfjs.js";

/** The 8-byte signature and the IHDR chunk (4 length + 4 type + 13 data + 4 CRC). */
const AFTER_IHDR = 8 + 25;

/**
 * Encodes RGBA pixels as a PNG (by @napi-rs/canvas, whose encoder writes no time or
 * software name, so the same pixels give the same bytes) that says its resolution, so a
 * viewer or a word processor shows it at the page's size.
 */
export function encodePng(raster: Pick<PageRaster, "width" | "height" | "data">, dpi: number) {
  const { canvas } = loadRasteriser();
  const c = canvas.createCanvas(raster.width, raster.height);
  const ctx = c.getContext("2d");
  ctx.putImageData(new canvas.ImageData(raster.data, raster.width, raster.height), 0, 0);
  return withDensity(c.toBuffer("image/png"), dpi);
}

/** Puts a pHYs chunk (pixels per metre) after IHDR, where the PNG standard wants it. */
export function withDensity(png: Uint8Array, dpi: number): Uint8Array {
  const perMetre = Math.round(dpi / 0.0254);
  const chunk = Buffer.alloc(4 + 4 + 9 + 4);
  chunk.writeUInt32BE(9, 0);
  chunk.write("pHYs", 4, "latin1");
  chunk.writeUInt32BE(perMetre, 8);
  chunk.writeUInt32BE(perMetre, 12);
  chunk.writeUInt8(1, 16); // the unit is the metre
  chunk.writeUInt32BE(crc32(chunk.subarray(4, 17)), 17);
  return Buffer.concat([png.subarray(0, AFTER_IHDR), chunk, png.subarray(AFTER_IHDR)]);
}

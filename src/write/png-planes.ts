/**
 * Embeds a PNG with transparency or interlacing at once, from its colour and alpha planes
 * compressed once per thread. Why: pdfkit 0.20 decodes such a PNG asynchronously (png-js
 * inflates on libuv's pool) and numbers its soft mask when the decode ends, so a letter with a
 * logo and a signature numbered their masks in either order, and a merge's output changed from
 * run to run and with -j. Decoding here also spares every letter of a merge decoding the same
 * logo again. A PNG without either pdfkit embeds at once itself, as it always did.
 */

import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { PNG } from "pngjs";
import { fail } from "../errors.js";
import { remember } from "../remember.js";

/** A PNG's pixels as a PDF image takes them: 8-bit samples, compressed; the alpha apart. */
export interface PngPlanes {
  width: number;
  height: number;
  colorSpace: "DeviceGray" | "DeviceRGB";
  color: Uint8Array;
  /** The soft mask's samples; null when every pixel is opaque. */
  alpha: Uint8Array | null;
}

/** Planes by the SHA-1 of the PNG's bytes (part of Resources). */
export type PngPlanesMemo = Map<string, PngPlanes>;

/** How many images a thread keeps: a letter has a logo and a few signatures. */
const MAX_IMAGES = 64;

/** The parts of pdfkit 0.20's opened image and document this file uses. */
export interface PdfkitImage {
  obj?: unknown;
  embed(doc: unknown): void;
}

interface RefMaker {
  ref(data: Record<string, unknown>): {
    data: Record<string, unknown>;
    end(data: Uint8Array): void;
  };
}

/**
 * Makes pdfkit embed `image` (opened from the PNG `bytes`) from its planes, when pdfkit would
 * decode it asynchronously: an alpha channel, a palette with transparency, or interlacing.
 */
export function embedAtOnce(
  image: PdfkitImage,
  png: { src: string; bytes: Uint8Array },
  memo: PngPlanesMemo,
): void {
  const { src, bytes } = png;
  if (!decodedByPdfkitLater(bytes)) return;
  image.embed = (doc) => {
    if (image.obj) return;
    const planes = planesOf(bytes, src, memo);
    const pdf = doc as RefMaker;
    // The same dictionaries, in the same order, as pdfkit's PNGImage writes.
    const obj = pdf.ref({
      Type: "XObject",
      Subtype: "Image",
      BitsPerComponent: 8,
      Width: planes.width,
      Height: planes.height,
      Filter: "FlateDecode",
    });
    obj.data.ColorSpace = planes.colorSpace;
    if (planes.alpha) {
      const mask = pdf.ref({
        Type: "XObject",
        Subtype: "Image",
        Height: planes.height,
        Width: planes.width,
        BitsPerComponent: 8,
        Filter: "FlateDecode",
        ColorSpace: "DeviceGray",
        Decode: [0, 1],
      });
      mask.end(planes.alpha);
      obj.data.SMask = mask;
    }
    obj.end(planes.color);
    image.obj = obj;
  };
}

/** Colour type 4 or 6 (an alpha channel), a tRNS chunk on a palette, or interlacing. */
function decodedByPdfkitLater(png: Uint8Array): boolean {
  const t = traits(png);
  return t.alphaChannel || t.interlaced || (t.palette && t.transparency);
}

/** What the header and the chunks before the pixels say (image-info.ts checked the file). */
function traits(png: Uint8Array) {
  const b = Buffer.from(png.buffer, png.byteOffset, png.byteLength);
  // IHDR comes first: colour type at 25, interlace method at 28.
  const colorType = b[25];
  let transparency = false;
  for (let pos = 8; pos + 8 <= b.length && !transparency; pos += 12 + b.readUInt32BE(pos)) {
    const type = b.toString("latin1", pos + 4, pos + 8);
    if (type === "IDAT") break;
    transparency = type === "tRNS";
  }
  return {
    alphaChannel: colorType === 4 || colorType === 6,
    palette: colorType === 3,
    transparency,
    interlaced: b[28] === 1,
  };
}

function planesOf(png: Uint8Array, src: string, memo: PngPlanesMemo): PngPlanes {
  const key = createHash("sha1").update(png).digest("base64");
  return memo.get(key) ?? remember(memo, key, decoded(png, src), MAX_IMAGES);
}

/** The planes, or an image error naming the file: image-info.ts checks what it can first. */
function decoded(png: Uint8Array, src: string): PngPlanes {
  try {
    return split(png);
  } catch (e) {
    throw fail("asset", `broken PNG image (${(e as Error).message}): ${src}`, undefined, [
      "re-export the image from an image editor",
    ]);
  }
}

/**
 * Decodes to 8-bit RGBA (pngjs), then takes the grey or RGB samples and the alpha apart; a
 * soft mask whenever the PNG has transparency, as pdfkit gives one.
 */
function split(png: Uint8Array): PngPlanes {
  const t = traits(png);
  const image = PNG.sync.read(Buffer.from(png.buffer, png.byteOffset, png.byteLength));
  const { width, height, data } = image;
  const gray = !t.palette && !image.color;
  const channels = gray ? 1 : 3;
  const color = new Uint8Array(width * height * channels);
  const alpha = new Uint8Array(width * height);
  for (let i = 0, c = 0; i < width * height; i++) {
    const at = i * 4;
    for (let k = 0; k < channels; k++) color[c++] = data[at + k] as number;
    alpha[i] = data[at + 3] as number;
  }
  return {
    width,
    height,
    colorSpace: gray ? "DeviceGray" : "DeviceRGB",
    color: deflateSync(color),
    alpha: t.alphaChannel || t.transparency ? deflateSync(alpha) : null,
  };
}

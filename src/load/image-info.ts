import { crc32, inflateSync } from "node:zlib";
import { fail, type Location } from "../errors.js";
import { remember } from "../remember.js";
import type { Resources } from "../resources.js";
import { cannotRead } from "./cannot-read.js";
import { readRegular } from "./read-regular.js";

export interface ImageInfo {
  src: string;
  /** Intrinsic size in pixels. */
  width: number;
  height: number;
  type: "png" | "jpeg";
  /**
   * The bytes that were checked, which the PDF is made from. Why not the path: a file swapped
   * between the check and the painting would enter the PDF unchecked.
   */
  bytes: Buffer;
}

/** Why: a signature or a logo is a few hundred kilobytes; a bigger file is a mistake or an attack. */
export const MAX_IMAGE_BYTES = 32 * 1024 * 1024;
/**
 * Why a cap on pixels, read from the header before anything is decoded: a PNG of a megabyte can
 * decompress to gigabytes (a "decompression bomb"). 50 megapixels is a page at 600 dpi and more.
 */
export const MAX_IMAGE_PIXELS = 50_000_000;

/**
 * Reads and validates a PNG or JPEG before pdfkit sees it. Why: pdfkit can crash the process
 * on corrupt PNG data and embeds truncated JPEGs silently (foliojs/pdfkit#1747).
 */
export function readImageInfo(src: string, where: Location, res: Resources): ImageInfo {
  const hit = res.files.images.get(src);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = readRegular(src, MAX_IMAGE_BYTES);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR")
      throw fail("asset", `image not found: ${src}`, where, [
        "paths in the data are relative to the data file",
      ]);
    throw cannotRead(src, e, "", "asset", where);
  }
  if (bytes.length === 0) throw fail("asset", `image is empty (0 bytes): ${src}`, where);
  const info = isPng(bytes)
    ? checkPng(bytes, src, where)
    : isJpeg(bytes)
      ? checkJpeg(bytes, src, where)
      : null;
  if (!info)
    throw fail("asset", `not a PNG or JPEG image: ${src}`, where, ["convert it to PNG or JPEG"]);
  return remember(res.files.images, src, { ...info, bytes });
}

function isPng(b: Buffer): boolean {
  return b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a;
}

function isJpeg(b: Buffer): boolean {
  return b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

type Checked = Omit<ImageInfo, "bytes">;

function checkPng(b: Buffer, src: string, where: Location): Checked {
  const broken = (why: string) =>
    fail("asset", `broken PNG image (${why}): ${src}`, where, [
      "re-export the image from an image editor",
    ]);
  let pos = 8;
  let width = 0;
  let height = 0;
  let rawBytes = 0;
  const idat: Buffer[] = [];
  let ended = false;
  while (pos + 8 <= b.length) {
    const len = b.readUInt32BE(pos);
    const type = b.toString("latin1", pos + 4, pos + 8);
    if (pos + 12 + len > b.length) throw broken("truncated");
    const data = b.subarray(pos + 8, pos + 8 + len);
    const shown = type.replace(/[^\x21-\x7e]/g, "?");
    // A wrong checksum is a damaged file; the decoder that embeds a transparent PNG refuses it.
    if (crc32(b.subarray(pos + 4, pos + 8 + len)) !== b.readUInt32BE(pos + 8 + len))
      throw broken(`the checksum of its ${shown} chunk is wrong`);
    // The standard says a decoder must refuse a critical chunk it does not know (the first
    // letter upper case), and the one that embeds a transparent PNG does.
    if (/^[A-Z]/.test(type) && !CRITICAL.has(type))
      throw broken(`an unknown critical chunk, ${shown}`);
    if (type === "IHDR") {
      if (len < 13) throw broken("short header");
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
      checkPixels(width, height, src, where);
      rawBytes = pngRawBytes(width, height, data[8] ?? 8, data[9] ?? 0);
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") {
      ended = true;
      break;
    }
    pos += 12 + len;
  }
  if (!ended) throw broken("truncated");
  if (!width || !height || idat.length === 0) throw broken("no image data");
  try {
    // Never more than the header's pixels need: a file may lie about what its data holds.
    inflateSync(Buffer.concat(idat), { maxOutputLength: rawBytes });
  } catch (e) {
    if (e instanceof RangeError) throw broken("more image data than its header declares");
    throw broken("corrupt compressed data");
  }
  return { src, width, height, type: "png" };
}

/** The critical chunks of PNG (ISO/IEC 15948, 5.6). */
const CRITICAL: ReadonlySet<string> = new Set(["IHDR", "PLTE", "IDAT", "IEND"]);

function checkJpeg(b: Buffer, src: string, where: Location): Checked {
  const broken = (why: string) =>
    fail("asset", `broken JPEG image (${why}): ${src}`, where, [
      "re-export the image from an image editor",
    ]);
  if (b[b.length - 2] !== 0xff || b[b.length - 1] !== 0xd9)
    throw broken("truncated: no end marker");
  let pos = 2;
  while (pos + 4 <= b.length) {
    if (b[pos] !== 0xff) throw broken("bad marker");
    const marker = b[pos + 1] ?? 0;
    const len = b.readUInt16BE(pos + 2);
    const isSof =
      marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc;
    if (isSof && pos + 9 <= b.length) {
      const info = { src, height: b.readUInt16BE(pos + 5), width: b.readUInt16BE(pos + 7) };
      checkPixels(info.width, info.height, src, where);
      return { ...info, type: "jpeg" };
    }
    pos += 2 + len;
  }
  throw broken("no frame header");
}

function checkPixels(width: number, height: number, src: string, where: Location): void {
  if (width * height <= MAX_IMAGE_PIXELS) return;
  throw fail(
    "asset",
    `image is ${width} × ${height} pixels; the limit is ${MAX_IMAGE_PIXELS} pixels: ${src}`,
    where,
    ["scale the image down; 300 dpi at its printed size is plenty"],
  );
}

/**
 * The most bytes a PNG's pixel data can decompress to: each row holds a filter byte and its
 * samples. Twice that covers interlacing, whose seven passes each add filter bytes and rounding
 * per row (a 2-pixel-wide 1-bit image needs 1.5 times as many bytes).
 */
function pngRawBytes(width: number, height: number, bitDepth: number, colorType: number): number {
  const channels = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 }[colorType] ?? 4;
  const row = 1 + Math.ceil((width * channels * Math.max(bitDepth, 1)) / 8);
  return 2 * row * height + 4096;
}

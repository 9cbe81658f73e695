import { crc32, inflateSync } from "node:zlib";
import { PNG } from "pngjs";
import { fail, type Location } from "../errors.js";
import { remember } from "../remember.js";
import type { Resources } from "../resources.js";
import { cannotRead } from "./cannot-read.js";
import { exifOrientation } from "./jpeg-orientation.js";
import { readRegular } from "./read-regular.js";
import { checkSvg, looksLikeSvg, MAX_SVG_BYTES } from "./svg-image.js";

export interface ImageInfo {
  src: string;
  /**
   * Intrinsic size in pixels, which a letter shows at 150 dpi unless told a size. An SVG's
   * pixels are its own size in points at that resolution, so it shows at the size it says.
   */
  width: number;
  height: number;
  type: "png" | "jpeg" | "svg";
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
 * Reads and validates a PNG, JPEG or SVG before pdfkit sees it. Why: pdfkit can crash the process
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
  if (looksLikeSvg(bytes)) return remember(res.files.images, src, svgInfo(bytes, src, where));
  const info = isPng(bytes)
    ? checkPng(bytes, src, where)
    : isJpeg(bytes)
      ? checkJpeg(bytes, src, where)
      : null;
  if (!info)
    throw fail("asset", `not a PNG, JPEG or SVG image: ${src}`, where, [
      "convert it to PNG, JPEG or SVG",
    ]);
  return remember(res.files.images, src, { ...info, bytes });
}

/** An SVG as an image: checked, its pixels its size at 150 dpi, its bytes the text to draw. */
function svgInfo(bytes: Buffer, src: string, where: Location): ImageInfo {
  if (bytes.length > MAX_SVG_BYTES)
    throw fail("asset", `SVG image is over ${MAX_SVG_BYTES / 1024 / 1024} MB: ${src}`, where, [
      "simplify it in a vector editor, or export it as PNG",
    ]);
  const svg = checkSvg(bytes, src, where);
  const px = 150 / 72;
  return {
    src,
    type: "svg",
    width: svg.width * px,
    height: svg.height * px,
    bytes: Buffer.from(svg.text, "utf8"),
  };
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
  let header: PngHeader | undefined;
  let paletteEntries = -1;
  let transparency = false;
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
    // PNG's header comes first and once: decoders differ on which of two they would take.
    if ((type === "IHDR") !== (pos === 8))
      throw broken(type === "IHDR" ? "a second header (IHDR)" : "no header (IHDR) first");
    if (type === "IHDR") {
      if (len < 13) throw broken("short header");
      header = pngHeader(data, broken);
      checkPixels(header.width, header.height, src, where);
    } else if (type === "PLTE") paletteEntries = Math.floor(len / 3);
    else if (type === "tRNS") {
      transparency = true;
      if (header?.colorType === 3 && len > paletteEntries)
        throw broken("more transparent colours (tRNS) than its palette (PLTE) has");
    } else if (type === "IDAT") idat.push(data);
    else if (type === "IEND") {
      ended = true;
      break;
    }
    pos += 12 + len;
  }
  if (!ended) throw broken("truncated");
  if (!header?.width || !header.height || idat.length === 0) throw broken("no image data");
  // A palette image without its palette would be painted as shades of grey.
  if (header.colorType === 3 && paletteEntries < 1)
    throw broken("a palette image without its palette (PLTE)");
  let pixels: Buffer;
  try {
    // Never more than the header's pixels need: a file may lie about what its data holds.
    pixels = inflateSync(Buffer.concat(idat), { maxOutputLength: pngRawBytes(header) });
  } catch (e) {
    if (e instanceof RangeError) throw broken("more image data than its header declares");
    throw broken("corrupt compressed data");
  }
  // What the PDF writer decodes (png-planes.ts) must hold its rows exactly, and a palette
  // image with transparency only colours its palette has: else the decoder fails there, at
  // no place in the letter. The rest goes into the PDF as it is.
  const palette = header.colorType === 3;
  const decoded = header.colorType === 4 || header.colorType === 6 || header.interlaced;
  const bad = badRows(pixels, header, decoded || (palette && transparency));
  if (bad) throw broken(bad);
  if (palette && transparency) decodes(b, broken);
  const { width, height } = header;
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
    if (isSof && pos + 10 <= b.length) {
      const info = { src, height: b.readUInt16BE(pos + 5), width: b.readUInt16BE(pos + 7) };
      if (!info.width || !info.height) throw broken("no width or height in its frame header");
      checkPixels(info.width, info.height, src, where);
      const unfit = unfitJpeg(marker, b[pos + 4] ?? 0, b[pos + 9] ?? 0);
      if (unfit)
        throw fail("asset", `a JPEG image a PDF cannot hold (${unfit}): ${src}`, where, [
          "save it as an ordinary 8-bit JPEG (baseline or progressive), or as PNG",
        ]);
      // Stored sideways (EXIF 5–8): its box is the upright picture's (jpeg-orientation.ts).
      const upright = (exifOrientation(b) ?? 1) > 4;
      return upright
        ? { src, width: info.height, height: info.width, type: "jpeg" }
        : { ...info, type: "jpeg" };
    }
    pos += 2 + len;
  }
  throw broken("no frame header");
}

/**
 * Why a JPEG PDF's DCTDecode cannot take, if so: PDF readers decode 8-bit Huffman-coded JPEGs
 * (baseline, extended or progressive) of one, three or four colour components.
 */
function unfitJpeg(marker: number, precision: number, components: number): string | undefined {
  if (marker > 0xc2) return "lossless, hierarchical or arithmetic coding";
  if (precision !== 8) return `${precision}-bit samples`;
  if (components !== 1 && components !== 3 && components !== 4)
    return `${components} colour components`;
  return undefined;
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

/** What a PNG's IHDR says. */
interface PngHeader {
  width: number;
  height: number;
  bitDepth: number;
  colorType: number;
  interlaced: boolean;
}

/** The bit depths PNG allows for each colour type (ISO/IEC 15948, 11.2.2). */
const DEPTHS: Readonly<Record<number, readonly number[]>> = {
  0: [1, 2, 4, 8, 16],
  2: [8, 16],
  3: [1, 2, 4, 8],
  4: [8, 16],
  6: [8, 16],
};

/** Samples a pixel has, by colour type. */
const CHANNELS: Readonly<Record<number, number>> = { 0: 1, 2: 3, 3: 1, 4: 2, 6: 4 };

/**
 * IHDR, refused unless PNG allows it. Why: a PNG without transparency goes into the PDF as
 * its compressed bytes, so a bit depth of 3 would make a PDF that is not valid.
 */
function pngHeader(data: Buffer, broken: (why: string) => Error): PngHeader {
  const [bitDepth = 0, colorType = 0, compression, filter, interlace] = data.subarray(8, 13);
  if (!DEPTHS[colorType]?.includes(bitDepth))
    throw broken(`bit depth ${bitDepth} with colour type ${colorType}, which PNG does not allow`);
  if (compression !== 0 || filter !== 0 || (interlace !== 0 && interlace !== 1))
    throw broken("an unknown compression, filter or interlace method in its header");
  const size = { width: data.readUInt32BE(0), height: data.readUInt32BE(4) };
  return { ...size, bitDepth, colorType, interlaced: interlace === 1 };
}

/** Adam7's passes: the first column and row, and the steps between them. */
const PASSES = [
  [0, 0, 8, 8],
  [4, 0, 8, 8],
  [0, 4, 4, 8],
  [2, 0, 4, 4],
  [0, 2, 2, 4],
  [1, 0, 2, 2],
  [0, 1, 1, 2],
] as const;

/** The rows of the pixel data in order, each as its width in pixels and their number. */
function* rowRuns(h: PngHeader): Generator<{ width: number; rows: number }> {
  if (!h.interlaced) {
    yield { width: h.width, rows: h.height };
    return;
  }
  for (const [x0, y0, dx, dy] of PASSES) {
    const width = Math.ceil(Math.max(0, h.width - x0) / dx);
    const rows = Math.ceil(Math.max(0, h.height - y0) / dy);
    if (width > 0 && rows > 0) yield { width, rows };
  }
}

/**
 * What is wrong with the decompressed pixel data, if anything: too little of it for its
 * rows (or, `exact`, more than they hold), or a row whose filter type (its first byte) is not
 * one of PNG's five. Why: such data goes into the PDF as it is, and a viewer draws noise or
 * nothing.
 */
function badRows(pixels: Buffer, h: PngHeader, exact: boolean): string | undefined {
  const channels = CHANNELS[h.colorType] ?? 4;
  let pos = 0;
  let row = 0;
  for (const run of rowRuns(h)) {
    const bytes = 1 + Math.ceil((run.width * channels * h.bitDepth) / 8);
    for (let i = 0; i < run.rows; i++, row++, pos += bytes) {
      if (pos + bytes > pixels.length) return "its image data is cut short";
      const filter = pixels[pos] as number;
      if (filter > 4)
        return `row ${row + 1} of its image data has an unknown filter type, ${filter}`;
    }
  }
  return exact && pos < pixels.length ? "more image data than its rows hold" : undefined;
}

/** Decodes the PNG as the PDF writer will (pngjs), refusing it with pngjs's reason. */
function decodes(b: Buffer, broken: (why: string) => Error): void {
  try {
    PNG.sync.read(b);
  } catch (e) {
    throw broken((e as Error).message);
  }
}

/**
 * The most bytes a PNG's pixel data can decompress to: each row holds a filter byte and its
 * samples. Twice that covers interlacing, whose seven passes each add filter bytes and rounding
 * per row (a 2-pixel-wide 1-bit image needs 1.5 times as many bytes).
 */
function pngRawBytes(h: PngHeader): number {
  const channels = CHANNELS[h.colorType] ?? 4;
  const row = 1 + Math.ceil((h.width * channels * Math.max(h.bitDepth, 1)) / 8);
  return 2 * row * h.height + 4096;
}

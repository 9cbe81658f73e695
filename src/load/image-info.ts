import { readFileSync } from "node:fs";
import { inflateSync } from "node:zlib";
import { fail, type Location } from "../errors.js";

export interface ImageInfo {
  src: string;
  /** Intrinsic size in pixels. */
  width: number;
  height: number;
  type: "png" | "jpeg";
}

const cache = new Map<string, ImageInfo>();

/**
 * Reads and validates a PNG or JPEG before pdfkit sees it. Why: pdfkit can crash the process
 * on corrupt PNG data and embeds truncated JPEGs silently (foliojs/pdfkit#1747).
 */
export function readImageInfo(src: string, where: Location): ImageInfo {
  const hit = cache.get(src);
  if (hit) return hit;
  let bytes: Buffer;
  try {
    bytes = readFileSync(src);
  } catch {
    throw fail("asset", `image not found: ${src}`, where, [
      "paths in the data are relative to the data file",
    ]);
  }
  if (bytes.length === 0) throw fail("asset", `image is empty (0 bytes): ${src}`, where);
  const info = isPng(bytes)
    ? checkPng(bytes, src, where)
    : isJpeg(bytes)
      ? checkJpeg(bytes, src, where)
      : null;
  if (!info)
    throw fail("asset", `not a PNG or JPEG image: ${src}`, where, ["convert it to PNG or JPEG"]);
  cache.set(src, info);
  return info;
}

/** Drops every checked image, so the next use reads the file again (see src/startup/). */
export function forgetImages(): void {
  cache.clear();
}

function isPng(b: Buffer): boolean {
  return b.length >= 8 && b.readUInt32BE(0) === 0x89504e47 && b.readUInt32BE(4) === 0x0d0a1a0a;
}

function isJpeg(b: Buffer): boolean {
  return b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff;
}

function checkPng(b: Buffer, src: string, where: Location): ImageInfo {
  const broken = (why: string) =>
    fail("asset", `broken PNG image (${why}): ${src}`, where, [
      "re-export the image from an image editor",
    ]);
  let pos = 8;
  let width = 0;
  let height = 0;
  const idat: Buffer[] = [];
  let ended = false;
  while (pos + 8 <= b.length) {
    const len = b.readUInt32BE(pos);
    const type = b.toString("latin1", pos + 4, pos + 8);
    if (pos + 12 + len > b.length) throw broken("truncated");
    const data = b.subarray(pos + 8, pos + 8 + len);
    if (type === "IHDR") {
      width = data.readUInt32BE(0);
      height = data.readUInt32BE(4);
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
    inflateSync(Buffer.concat(idat));
  } catch {
    throw broken("corrupt compressed data");
  }
  return { src, width, height, type: "png" };
}

function checkJpeg(b: Buffer, src: string, where: Location): ImageInfo {
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
      return { src, height: b.readUInt16BE(pos + 5), width: b.readUInt16BE(pos + 7), type: "jpeg" };
    }
    pos += 2 + len;
  }
  throw broken("no frame header");
}

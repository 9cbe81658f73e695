import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { createCanvas } from "@napi-rs/canvas";
import { describe, expect, it } from "vitest";
import { exifOrientation } from "../../src/load/jpeg-orientation.js";
import { openPdf } from "../../src/raster/open-pdf.js";
import { render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

const [W, H] = [300, 100];
const RED = [255, 0, 0];
const BLUE = [0, 0, 255];
const GREEN = [0, 170, 0];

/** The upright picture: a green band across the top, red below it on the left, blue right. */
function shown(x: number, y: number): number[] {
  if (y < 20) return GREEN;
  return x < W / 2 ? RED : BLUE;
}

/** Where EXIF orientation `o` shows a stored pixel (stored w × h). */
function shownAt(o: number, sx: number, sy: number, w: number, h: number): [number, number] {
  const maps: Record<number, [number, number]> = {
    1: [sx, sy],
    2: [w - 1 - sx, sy],
    3: [w - 1 - sx, h - 1 - sy],
    4: [sx, h - 1 - sy],
    5: [sy, sx],
    6: [h - 1 - sy, sx],
    7: [h - 1 - sy, w - 1 - sx],
    8: [sy, w - 1 - sx],
  };
  return maps[o] as [number, number];
}

/** APP1 with an EXIF directory holding only the orientation, big- or little-endian. */
function exifSegment(o: number, le: boolean): Buffer {
  const tiff = Buffer.alloc(26);
  tiff.write(le ? "II" : "MM", 0, "latin1");
  const u16 = (v: number, at: number) =>
    le ? tiff.writeUInt16LE(v, at) : tiff.writeUInt16BE(v, at);
  const u32 = (v: number, at: number) =>
    le ? tiff.writeUInt32LE(v, at) : tiff.writeUInt32BE(v, at);
  u16(42, 2);
  u32(8, 4);
  u16(1, 8); // one entry
  u16(0x0112, 10);
  u16(3, 12); // SHORT
  u32(1, 14);
  u16(o, 18);
  const data = Buffer.concat([Buffer.from("Exif\0\0", "latin1"), tiff]);
  const head = Buffer.from([0xff, 0xe1, 0, 0]);
  head.writeUInt16BE(data.length + 2, 2);
  return Buffer.concat([head, data]);
}

/**
 * The upright picture stored as a camera with orientation `o` stores it, as a JPEG; its EXIF
 * segment after the start marker, or after the frame header (`late`), where pdfkit finds it too.
 */
function storedJpeg(o: number, late = false): Buffer {
  const [w, h] = o > 4 ? [H, W] : [W, H];
  const canvas = createCanvas(w, h);
  const ctx = canvas.getContext("2d");
  const img = ctx.createImageData(w, h);
  for (let sy = 0; sy < h; sy++)
    for (let sx = 0; sx < w; sx++) {
      const [x, y] = shownAt(o, sx, sy, w, h);
      const [r, g, b] = shown(x, y);
      img.data.set([r ?? 0, g ?? 0, b ?? 0, 255], (sy * w + sx) * 4);
    }
  ctx.putImageData(img, 0, 0);
  const jpeg = canvas.toBuffer("image/jpeg", 95);
  const at = late ? afterFrame(jpeg) : 2;
  return Buffer.concat([jpeg.subarray(0, at), exifSegment(o, o % 2 === 0), jpeg.subarray(at)]);
}

/** Where the segment after the frame header (SOF0/SOF2) ends. */
function afterFrame(jpeg: Buffer): number {
  for (let pos = 2; pos + 4 <= jpeg.length; pos += 2 + jpeg.readUInt16BE(pos + 2))
    if (jpeg[pos + 1] === 0xc0 || jpeg[pos + 1] === 0xc2)
      return pos + 2 + jpeg.readUInt16BE(pos + 2);
  throw new Error("no frame header");
}

/** A JPEG's first bytes with `segment` in them, enough for exifOrientation. */
const withSegment = (segment: Buffer) =>
  Buffer.concat([Buffer.from([0xff, 0xd8]), segment, Buffer.from([0xff, 0xda, 0, 2, 0, 0])]);

/** Boxes (points, page 1 at 72 dpi) of the pixels near each colour. */
async function boxes(pdf: Uint8Array) {
  const pages = await openPdf(pdf, "letter.pdf");
  const page = await pages.draw(1, 72);
  await pages.close();
  const of = ([r, g, b]: number[]) => {
    const box = { left: Infinity, top: Infinity, right: -Infinity, bottom: -Infinity };
    for (let y = 0; y < page.height; y++)
      for (let x = 0; x < page.width; x++) {
        const i = (y * page.width + x) * 4;
        const d = [r, g, b].map((v, k) => Math.abs((page.data[i + k] ?? 0) - (v ?? 0)));
        if (Math.max(...d) > 60) continue;
        box.left = Math.min(box.left, x);
        box.right = Math.max(box.right, x + 1);
        box.top = Math.min(box.top, y);
        box.bottom = Math.max(box.bottom, y + 1);
      }
    return box;
  };
  return { red: of(RED), blue: of(BLUE), green: of(GREEN) };
}

describe("a JPEG stored sideways, with an EXIF orientation", () => {
  it("reads the orientation from either byte order, and nothing from other segments", () => {
    expect(exifOrientation(withSegment(exifSegment(6, true)))).toBe(6);
    expect(exifOrientation(withSegment(exifSegment(8, false)))).toBe(8);
    const xmp = Buffer.from("http://ns.adobe.com/xap/1.0/\0<x/>", "latin1");
    const app1 = Buffer.concat([Buffer.from([0xff, 0xe1, 0, xmp.length + 2]), xmp]);
    expect(exifOrientation(withSegment(app1))).toBeUndefined();
    expect(exifOrientation(withSegment(Buffer.concat([app1, exifSegment(6, false)])))).toBe(6);
    expect(exifOrientation(withSegment(exifSegment(9, false)))).toBeUndefined();
  });

  // Before, a phone's photo of a signature (orientation 6) was given a portrait box and
  // painted upright inside it by pdfkit: a third of its size, squeezed.
  // From the review: pdfkit finds an EXIF segment after the frame header too (6, 8 "late").
  it.each([
    [1, false],
    [2, false],
    [3, false],
    [4, false],
    [5, false],
    [6, false],
    [7, false],
    [8, false],
    [6, true],
    [8, true],
  ])(
    "is painted upright, at its upright size (orientation %i, after the frame: %s)",
    async (o, late) => {
      const dir = tempDir("jpeg-orientation");
      writeFileSync(join(dir, "sig.jpg"), storedJpeg(o, late));
      const text = `template: business
body: Thank you.
closing: Sincerely,
signer: { name: Jane Doe, image: sig.jpg }
`;
      const { pdf } = await render({ file: join(dir, "letter.yaml"), text });
      const { red, blue, green } = await boxes(pdf as Uint8Array);
      const [rw, rh] = [red.right - red.left, red.bottom - red.top];
      // Red is 150 × 80 of the picture's 300 × 100: wider than tall, left of blue, under green.
      expect(rw / rh).toBeGreaterThan(1.5);
      expect(rw / rh).toBeLessThan(2.3);
      expect(red.right).toBeLessThanOrEqual(blue.left + 2);
      expect(Math.abs(red.top - blue.top)).toBeLessThan(2);
      expect(green.bottom).toBeLessThanOrEqual(red.top + 2);
      expect(Math.abs(green.left - red.left)).toBeLessThan(2);
      expect(Math.abs(green.right - blue.right)).toBeLessThan(2);
    },
  );
});

import { createCanvas, loadImage } from "@napi-rs/canvas";

export interface Pixels {
  width: number;
  height: number;
  data: Uint8ClampedArray;
}

/** Decodes a PNG into RGBA pixels (by @napi-rs/canvas, missive's own rasteriser's canvas). */
export async function pngPixels(bytes: Uint8Array): Promise<Pixels> {
  const img = await loadImage(Buffer.from(bytes));
  const c = createCanvas(img.width, img.height);
  const ctx = c.getContext("2d");
  ctx.drawImage(img, 0, 0);
  return {
    width: img.width,
    height: img.height,
    data: ctx.getImageData(0, 0, img.width, img.height).data,
  };
}

/** The box (in pixels, right and bottom inclusive) of every pixel darker than `level` in `area`. */
export function inkBox(
  p: Pixels,
  area = { left: 0, top: 0, right: p.width - 1, bottom: p.height - 1 },
  level = 160,
) {
  let box: { left: number; top: number; right: number; bottom: number } | undefined;
  for (let y = area.top; y <= area.bottom; y++)
    for (let x = area.left; x <= area.right; x++) {
      const i = (y * p.width + x) * 4;
      const grey = ((p.data[i] ?? 255) + (p.data[i + 1] ?? 255) + (p.data[i + 2] ?? 255)) / 3;
      if (grey >= level) continue;
      if (!box) box = { left: x, top: y, right: x, bottom: y };
      box.left = Math.min(box.left, x);
      box.right = Math.max(box.right, x);
      box.top = Math.min(box.top, y);
      box.bottom = Math.max(box.bottom, y);
    }
  return box;
}

/** The resolution a PNG's pHYs chunk gives, in dots per inch (undefined without one). */
export function pngDpi(bytes: Uint8Array): number | undefined {
  const buf = Buffer.from(bytes);
  const at = buf.indexOf("pHYs", 8, "latin1");
  if (at < 0 || buf[at + 12] !== 1) return undefined;
  return Math.round(buf.readUInt32BE(at + 4) * 0.0254);
}

/**
 * The EXIF orientation (1–8) of a JPEG file, or undefined when it names none. Why: a photo of a
 * signature taken with a phone is stored sideways with a tag saying so; pdfkit turns it upright
 * as it paints, so the layout must give it its box upright too (orientations 5–8 swap width
 * and height), or a landscape signature is painted in a portrait box, a third of its size.
 * Read as pdfkit 0.20 reads it, so the two agree on every file: the segments up to the image
 * data (SOS) are walked, stand-alone markers and fill bytes skipped; the first APP1 that is
 * EXIF decides, by its first directory; offsets are bounded by the file, not the segment.
 */
export function exifOrientation(file: Buffer): number | undefined {
  let pos = 2;
  while (pos < file.length - 4) {
    while (pos < file.length && file[pos] !== 0xff) pos++;
    if (pos >= file.length - 4) return undefined;
    const marker = file.readUInt16BE(pos);
    pos += 2;
    if (marker === 0xffda) return undefined;
    if ((marker >= 0xffd0 && marker <= 0xffd9) || marker === 0xff01) continue;
    if (pos + 2 > file.length) return undefined;
    const length = file.readUInt16BE(pos);
    if (marker === 0xffe1 && pos + 8 <= file.length && isExif(file, pos + 2))
      return tiffOrientation(file, pos + 8);
    pos += length;
  }
  return undefined;
}

function isExif(file: Buffer, at: number): boolean {
  return file.toString("latin1", at, at + 6) === "Exif\0\0";
}

/** The orientation tag of the TIFF header at `tiff`'s first directory. */
function tiffOrientation(file: Buffer, tiff: number): number | undefined {
  if (tiff + 8 > file.length) return undefined;
  const order = file.toString("latin1", tiff, tiff + 2);
  if (order !== "II" && order !== "MM") return undefined;
  const le = order === "II";
  const u16 = (at: number) => (le ? file.readUInt16LE(at) : file.readUInt16BE(at));
  const u32 = (at: number) => (le ? file.readUInt32LE(at) : file.readUInt32BE(at));
  if (u16(tiff + 2) !== 42) return undefined;
  const dir = tiff + u32(tiff + 4);
  if (dir + 2 > file.length) return undefined;
  for (let i = 0, n = u16(dir); i < n; i++) {
    const entry = dir + 2 + i * 12;
    if (entry + 12 > file.length) return undefined;
    if (u16(entry) !== 0x0112) continue;
    const value = u16(entry + 8);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}

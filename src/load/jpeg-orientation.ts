/**
 * The EXIF orientation (1–8) an APP1 segment's data gives, or undefined when it is not EXIF or
 * names none. Why: a photo of a signature taken with a phone is stored sideways with a tag
 * saying so; pdfkit turns it upright as it paints, so the layout must give it its box upright
 * too (orientations 5–8 swap width and height), or a landscape signature is painted in a
 * portrait box, a third of its size. Read as pdfkit reads it (the first EXIF segment's first
 * directory), so the two agree on every file.
 */
export function exifOrientation(segment: Buffer): number | undefined {
  if (segment.toString("latin1", 0, 6) !== "Exif\0\0") return undefined;
  const tiff = segment.subarray(6);
  if (tiff.length < 8) return undefined;
  const order = tiff.toString("latin1", 0, 2);
  if (order !== "II" && order !== "MM") return undefined;
  const le = order === "II";
  const u16 = (at: number) => (le ? tiff.readUInt16LE(at) : tiff.readUInt16BE(at));
  const u32 = (at: number) => (le ? tiff.readUInt32LE(at) : tiff.readUInt32BE(at));
  if (u16(2) !== 42) return undefined;
  const dir = u32(4);
  if (dir + 2 > tiff.length) return undefined;
  for (let i = 0, n = u16(dir); i < n; i++) {
    const entry = dir + 2 + i * 12;
    if (entry + 12 > tiff.length) return undefined;
    if (u16(entry) !== 0x0112) continue;
    const value = u16(entry + 8);
    return value >= 1 && value <= 8 ? value : undefined;
  }
  return undefined;
}

import { inflateSync } from "node:zlib";
import { type SfntTable, sfntFromTables, tagAt } from "./sfnt-tables.js";
import { woff2Tables } from "./woff2-font.js";

/**
 * A font file as an sfnt (TrueType or OpenType): a WOFF or WOFF2 file (a web font, as the
 * @fontsource packages ship them) unpacked into the font it wraps, any other file as it is.
 * Why unpack: HarfBuzz, which shapes the text, reads sfnt files only, and gave every
 * character of a WOFF font the missing glyph (boxes in the PDF); fontkit's subsets of a WOFF2
 * font hold no outlines (a blank page). Unpacked, a web font is drawn as its .ttf would be.
 */
export function sfntBytes(bytes: Uint8Array): Uint8Array {
  const signature = bytes.length >= 4 ? tagAt(bytes, 0) : "";
  if (signature === "wOFF") return sfntFromTables(flavorOf(bytes), woffTables(bytes));
  if (signature === "wOF2") return sfntFromTables(flavorOf(bytes), woff2Tables(bytes));
  return bytes;
}

function flavorOf(bytes: Uint8Array): number {
  const flavor = view(bytes).getUint32(4);
  if (flavor === 0x74746366) throw new Error("a WOFF font collection holds several fonts");
  return flavor;
}

/** A WOFF 1.0 file's tables: each stored as it is, or zlib-compressed when that is shorter. */
function woffTables(bytes: Uint8Array): SfntTable[] {
  const v = view(bytes);
  const count = v.getUint16(12);
  const tables: SfntTable[] = [];
  for (let i = 0; i < count; i++) {
    const rec = 44 + 20 * i;
    const offset = v.getUint32(rec + 4);
    const stored = v.getUint32(rec + 8);
    const length = v.getUint32(rec + 12);
    if (offset + stored > bytes.length)
      throw new Error(`its ${tagAt(bytes, rec)} table lies past the end of the file`);
    const raw = bytes.subarray(offset, offset + stored);
    const data = stored < length ? inflateSync(raw, { maxOutputLength: length }) : raw;
    if (data.length !== length)
      throw new Error(`its ${tagAt(bytes, rec)} table is not as long as it says`);
    tables.push({ tag: tagAt(bytes, rec), data });
  }
  return tables;
}

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

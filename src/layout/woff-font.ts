import { inflateSync } from "node:zlib";
import { type SfntTable, sfntFromTables, tagAt } from "./sfnt-tables.js";
import { woff2Directory, woff2Tables } from "./woff2-font.js";

/**
 * A font file as an sfnt (TrueType or OpenType): a WOFF or WOFF2 file (a web font, as the
 * @fontsource packages ship them) unpacked into the font it wraps, any other file as it is.
 * Why unpack: HarfBuzz, which shapes the text, reads sfnt files only, and gave every
 * character of a WOFF font the missing glyph (boxes in the PDF); fontkit's subsets of a WOFF2
 * font hold no outlines (a blank page). Unpacked, a web font is drawn as its .ttf would be.
 */
export function sfntBytes(bytes: Uint8Array): Uint8Array {
  const signature = signatureOf(bytes);
  if (signature === "wOFF") return sfntFromTables(flavorOf(bytes), woffTables(bytes));
  if (signature === "wOF2") return sfntFromTables(flavorOf(bytes), woff2Tables(bytes));
  return bytes;
}

/**
 * What a web font's table directory says its tables unpack to, in bytes (a WOFF2's before
 * glyf, loca and hmtx are built again); undefined for a font of another kind. Why: unpacking
 * sets aside each WOFF table's declared size, and all of a WOFF2's at once, and a WOFF of a
 * megabyte may declare gigabytes (a deflated run of zeros fills them): the size is checked
 * before anything is unpacked (font-guard.ts refuseUnpackedPast).
 */
export function unpackedSize(bytes: Uint8Array): number | undefined {
  const signature = signatureOf(bytes);
  const sum = (ns: number[]) => ns.reduce((a, b) => a + b, 0);
  if (signature === "wOFF") return sum(woffDirectory(bytes).map((e) => e.length));
  if (signature === "wOF2") return sum(woff2Directory(bytes).entries.map((e) => e.stored));
  return undefined;
}

function signatureOf(bytes: Uint8Array): string {
  return bytes.length >= 4 ? tagAt(bytes, 0) : "";
}

function flavorOf(bytes: Uint8Array): number {
  const flavor = view(bytes).getUint32(4);
  if (flavor === 0x74746366) throw new Error("a WOFF font collection holds several fonts");
  return flavor;
}

interface WoffEntry {
  tag: string;
  offset: number;
  /** Its length in the file: shorter than `length` when it was compressed. */
  stored: number;
  /** Its length in the font. */
  length: number;
}

/** A WOFF 1.0 file's table directory: 44 bytes of header, then 20 bytes a table. */
function woffDirectory(bytes: Uint8Array): WoffEntry[] {
  if (bytes.length < 44) throw new Error("its header is cut short");
  const v = view(bytes);
  const count = v.getUint16(12);
  if (44 + 20 * count > bytes.length) throw new Error("its table directory is cut short");
  return Array.from({ length: count }, (_, i) => {
    const rec = 44 + 20 * i;
    return {
      tag: tagAt(bytes, rec),
      offset: v.getUint32(rec + 4),
      stored: v.getUint32(rec + 8),
      length: v.getUint32(rec + 12),
    };
  });
}

/** A WOFF 1.0 file's tables: each stored as it is, or zlib-compressed when that is shorter. */
function woffTables(bytes: Uint8Array): SfntTable[] {
  return woffDirectory(bytes).map(({ tag, offset, stored, length }) => {
    if (offset + stored > bytes.length)
      throw new Error(`its ${tag} table lies past the end of the file`);
    const raw = bytes.subarray(offset, offset + stored);
    const data = stored < length ? inflateSync(raw, { maxOutputLength: length }) : raw;
    if (data.length !== length) throw new Error(`its ${tag} table is not as long as it says`);
    return { tag, data };
  });
}

export function view(bytes: Uint8Array): DataView {
  return new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

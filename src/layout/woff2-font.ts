import { brotliDecompressSync } from "node:zlib";
import type { SfntTable } from "./sfnt-tables.js";
import { view } from "./woff-font.js";
import { type Glyphs, glyfAndLoca, hmtxFromTransformed } from "./woff2-glyf.js";

/** WOFF2's known table tags, by the index a table's flags byte gives (WOFF2 5.1). */
const KNOWN_TAGS =
  "cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB EBSC JSTF MATH CBDT CBLC COLR CPAL SVG_ sbix acnt avar bdat bloc bsln cvar fdsc feat fmtx fvar gvar hsty just lcar mort morx opbd prop trak Zapf Silf Glat Gloc Feat Sill"
    .split(" ")
    .map((t) => t.replace("_", " "));

export interface Entry {
  tag: string;
  /** The table's length in the font. */
  length: number;
  /** Its length in the decompressed data: shorter where it was transformed. */
  stored: number;
  transformed: boolean;
}

/** A WOFF2 file's table directory, and where its compressed data starts and how long it is. */
export function woff2Directory(bytes: Uint8Array): {
  entries: Entry[];
  dataAt: number;
  packedSize: number;
} {
  if (bytes.length < 48) throw new Error("its header is cut short");
  const v = view(bytes);
  const cursor = { at: 48 };
  const entries = Array.from({ length: v.getUint16(12) }, () => entryAt(bytes, cursor));
  return { entries, dataAt: cursor.at, packedSize: v.getUint32(20) };
}

/**
 * A WOFF2 file's tables as the sfnt font holds them: the data decompressed (Brotli), and the
 * glyf, loca and hmtx tables built again where WOFF2 transformed them (WOFF2 5.1-5.4).
 */
export function woff2Tables(bytes: Uint8Array): SfntTable[] {
  const { entries, dataAt, packedSize } = woff2Directory(bytes);
  if (dataAt + packedSize > bytes.length)
    throw new Error("its compressed tables lie past the end of the file");
  const data = brotliDecompressSync(bytes.subarray(dataAt, dataAt + packedSize), {
    maxOutputLength: entries.reduce((n, e) => n + e.stored, 0),
  });
  const raw = new Map<string, Uint8Array>();
  let at = 0;
  for (const e of entries) {
    if (at + e.stored > data.length)
      throw new Error(`its ${e.tag} table lies past the end of its data`);
    raw.set(e.tag, data.subarray(at, at + e.stored));
    at += e.stored;
  }
  return tablesOf(entries, raw);
}

/** The tables, the transformed ones built again from the others. */
function tablesOf(entries: Entry[], raw: Map<string, Uint8Array>): SfntTable[] {
  const glyf = entries.find((e) => e.tag === "glyf" && e.transformed);
  const glyphs: Glyphs | undefined = glyf ? glyfAndLoca(raw.get("glyf") as Uint8Array) : undefined;
  return entries.map((e): SfntTable => {
    const data = raw.get(e.tag) as Uint8Array;
    if (glyphs && e.tag === "glyf") return { tag: e.tag, data: glyphs.glyf };
    if (glyphs && e.tag === "loca") return { tag: e.tag, data: glyphs.loca };
    if (glyphs && e.tag === "head") return { tag: e.tag, data: withLongOffsets(data) };
    if (e.tag === "hmtx" && e.transformed) {
      if (!glyphs)
        throw new Error("its hmtx table is transformed without a transformed glyf table");
      return { tag: e.tag, data: hmtxFromTransformed(data, raw.get("hhea"), glyphs) };
    }
    if (e.transformed)
      throw new Error(`its ${e.tag} table is transformed in a way WOFF2 does not define`);
    return { tag: e.tag, data };
  });
}

/** A table directory entry (WOFF2 5.1), read at `cursor.at`, which it moves past it. */
function entryAt(bytes: Uint8Array, cursor: { at: number }): Entry {
  const flags = byteAt(bytes, cursor.at++);
  const known = flags & 0x3f;
  let tag = KNOWN_TAGS[known];
  if (known === 0x3f) {
    if (cursor.at + 4 > bytes.length) throw new Error("its table directory is cut short");
    tag = String.fromCharCode(...bytes.subarray(cursor.at, cursor.at + 4));
    cursor.at += 4;
  }
  if (tag === undefined) throw new Error("its table directory is not WOFF2's");
  const version = flags >> 6;
  // glyf and loca are transformed unless their version is 3; any other table when it is not 0.
  const transformed = tag === "glyf" || tag === "loca" ? version !== 3 : version !== 0;
  const length = base128(bytes, cursor);
  const stored = transformed ? base128(bytes, cursor) : length;
  return { tag, length, stored, transformed };
}

/** A UIntBase128 (WOFF2 4.1): seven bits a byte, most significant first, at most five bytes. */
function base128(bytes: Uint8Array, cursor: { at: number }): number {
  let value = 0;
  for (let i = 0; i < 5; i++) {
    const b = byteAt(bytes, cursor.at++);
    if (value > 0x1ffffff) throw new Error("a length in its table directory is too large");
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) return value;
  }
  throw new Error("a length in its table directory is too long");
}

function byteAt(bytes: Uint8Array, at: number): number {
  const b = bytes[at];
  if (b === undefined) throw new Error("its table directory is cut short");
  return b;
}

/** The head table, saying that loca holds 32-bit offsets, as the rebuilt one does. */
function withLongOffsets(head: Uint8Array): Uint8Array {
  if (head.length < 54) throw new Error("its head table is too short");
  const out = Uint8Array.from(head);
  out[50] = 0;
  out[51] = 1;
  return out;
}

import { brotliCompressSync, brotliDecompressSync } from "node:zlib";
import { woff2Directory } from "../../src/layout/woff2-font.js";

/**
 * The WOFF2 font `woff2` (whose glyf is transformed) with its hmtx table transformed too
 * (WOFF2 5.4): `flags` bit 0 leaves out the proportional glyphs' side bearings, bit 1 the
 * monospaced ones'; other bits are written as given, to test what a reader makes of them.
 * Why a generator of its own: no encoder that makes this transform is at hand (Google's
 * woff2_compress and fontTools are not dependencies), and a fixture should say how it was made.
 */
export function withTransformedHmtx(
  woff2: Uint8Array,
  flags: number,
  opts: { metrics?: number; cut?: number } = {},
): Uint8Array {
  const { entries, dataAt, packedSize } = woff2Directory(woff2);
  const data = brotliDecompressSync(woff2.subarray(dataAt, dataAt + packedSize));
  const raw = new Map<string, Uint8Array>();
  let at = 0;
  for (const e of entries) {
    raw.set(e.tag, data.subarray(at, at + e.stored));
    at += e.stored;
  }
  const hhea = Buffer.from(raw.get("hhea") as Uint8Array);
  const given = hhea.readUInt16BE(34);
  const metrics = opts.metrics ?? given;
  hhea.writeUInt16BE(metrics, 34);
  raw.set("hhea", hhea);
  const plain = plainHmtx(raw.get("hmtx") as Uint8Array, given, metrics);
  const hmtx = transformed(plain, metrics, flags).subarray(0, opts.cut);
  raw.set("hmtx", hmtx);
  const directory = Buffer.concat(
    entries.map((e) =>
      e.tag === "hmtx"
        ? entryBytes(e.tag, 1, e.length, hmtx.length)
        : entryBytes(
            e.tag,
            e.transformed ? 0 : e.tag === "glyf" || e.tag === "loca" ? 3 : 0,
            e.length,
            e.transformed ? e.stored : undefined,
          ),
    ),
  );
  const packed = brotliCompressSync(
    Buffer.concat(entries.map((e) => raw.get(e.tag) as Uint8Array)),
  );
  const header = Buffer.from(woff2.subarray(0, 48));
  const total = 48 + directory.length + packed.length;
  header.writeUInt32BE(total, 8);
  header.writeUInt32BE(packed.length, 20);
  return Buffer.concat([header, directory, packed]);
}

/**
 * hmtx of `given` full metrics written with `metrics` of them (at most `given`): the glyphs
 * after them keep their side bearings and take the last advance, as hmtx says.
 */
export function plainHmtx(hmtx: Uint8Array, given: number, metrics: number): Buffer {
  const b = Buffer.from(hmtx);
  const glyphs = given + (b.length - 4 * given) / 2;
  const lsb = (i: number) =>
    i < given ? b.readInt16BE(4 * i + 2) : b.readInt16BE(4 * given + 2 * (i - given));
  const out = Buffer.alloc(4 * metrics + 2 * (glyphs - metrics));
  for (let i = 0; i < metrics; i++) {
    out.writeUInt16BE(b.readUInt16BE(4 * i), 4 * i);
    out.writeInt16BE(lsb(i), 4 * i + 2);
  }
  for (let i = metrics; i < glyphs; i++) out.writeInt16BE(lsb(i), 4 * metrics + 2 * (i - metrics));
  return out;
}

/** hmtx as WOFF2 transforms it: flags, the advances, then the side bearings flags keep. */
function transformed(hmtx: Uint8Array, metrics: number, flags: number): Uint8Array {
  const b = Buffer.from(hmtx);
  const mono = (b.length - 4 * metrics) / 2;
  const parts: number[][] = [[flags]];
  const u16 = (n: number) => [(n >> 8) & 0xff, n & 0xff];
  parts.push(Array.from({ length: metrics }, (_, i) => u16(b.readUInt16BE(4 * i))).flat());
  if ((flags & 1) === 0)
    parts.push(Array.from({ length: metrics }, (_, i) => u16(b.readUInt16BE(4 * i + 2))).flat());
  if ((flags & 2) === 0)
    parts.push(
      Array.from({ length: mono }, (_, i) => u16(b.readUInt16BE(4 * metrics + 2 * i))).flat(),
    );
  return Uint8Array.from(parts.flat());
}

/** A table's entry in a WOFF2 directory (5.1): its flags byte, tag, and lengths. */
function entryBytes(tag: string, version: number, length: number, stored?: number): Buffer {
  const known = KNOWN.indexOf(tag);
  const head =
    known >= 0 ? [known | (version << 6)] : [0x3f | (version << 6), ...Buffer.from(tag, "latin1")];
  return Buffer.from([
    ...head,
    ...base128(length),
    ...(stored === undefined ? [] : base128(stored)),
  ]);
}

const KNOWN =
  "cmap head hhea hmtx maxp name OS/2 post cvt_ fpgm glyf loca prep CFF_ VORG EBDT EBLC gasp hdmx kern LTSH PCLT VDMX vhea vmtx BASE GDEF GPOS GSUB"
    .split(" ")
    .map((t) => t.replace("_", " "));

function base128(n: number): number[] {
  const out = [n & 0x7f];
  for (let v = Math.floor(n / 128); v > 0; v = Math.floor(v / 128)) out.unshift((v & 0x7f) | 0x80);
  return out;
}

/** A table of an sfnt font (TrueType or OpenType): its four-letter tag and its bytes. */
export interface SfntTable {
  tag: string;
  data: Uint8Array;
}

/**
 * The bytes of an sfnt font file holding the tables, in tag order, each at a four-byte
 * boundary with its checksum (OpenType's "Organization of an OpenType font"). `flavor` is the
 * version a WOFF file names (0x00010000 for TrueType outlines, "OTTO" for CFF).
 */
export function sfntFromTables(flavor: number, tables: SfntTable[]): Uint8Array {
  const sorted = [...tables].sort((a, b) => (a.tag < b.tag ? -1 : a.tag > b.tag ? 1 : 0));
  const n = sorted.length;
  const headerSize = 12 + 16 * n;
  const size = sorted.reduce((at, t) => at + padded(t.data.length), headerSize);
  const out = new Uint8Array(size);
  const view = new DataView(out.buffer);
  const power = 2 ** Math.floor(Math.log2(Math.max(1, n)));
  view.setUint32(0, flavor);
  view.setUint16(4, n);
  view.setUint16(6, power * 16);
  view.setUint16(8, Math.log2(power));
  view.setUint16(10, n * 16 - power * 16);
  let offset = headerSize;
  sorted.forEach((t, i) => {
    const rec = 12 + 16 * i;
    for (let k = 0; k < 4; k++) out[rec + k] = t.tag.charCodeAt(k) & 0xff;
    view.setUint32(rec + 4, checksum(t.data));
    view.setUint32(rec + 8, offset);
    view.setUint32(rec + 12, t.data.length);
    out.set(t.data, offset);
    offset += padded(t.data.length);
  });
  return out;
}

/** A length rounded up to a whole number of four-byte words. */
export function padded(length: number): number {
  return (length + 3) & ~3;
}

/** The sum of a table's bytes as big-endian 32-bit words, the last padded with zeros. */
function checksum(data: Uint8Array): number {
  let sum = 0;
  for (let i = 0; i < data.length; i += 4) {
    const word =
      ((data[i] ?? 0) << 24) |
      ((data[i + 1] ?? 0) << 16) |
      ((data[i + 2] ?? 0) << 8) |
      (data[i + 3] ?? 0);
    sum = (sum + (word >>> 0)) >>> 0;
  }
  return sum;
}

/** A four-letter tag read at `at`. */
export function tagAt(bytes: Uint8Array, at: number): string {
  return String.fromCharCode(...bytes.subarray(at, at + 4));
}

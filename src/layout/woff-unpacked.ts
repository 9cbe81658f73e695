/**
 * What a WOFF or WOFF2 font's table directory says its tables unpack to, in bytes; undefined
 * for a file of another kind. Why the declared sizes: a web font is unpacked (woff-font.ts)
 * into room for each WOFF table's declared size, and for all of a WOFF2's tables at once, so
 * those sizes bound what the font can take; a WOFF of a megabyte may declare gigabytes (and a
 * deflated run of zeros fills them). A directory cut short counts what it
 * holds: fontkit refuses the rest.
 */
export function woffUnpackedSize(bytes: Uint8Array): number | undefined {
  if (bytes.length < 4) return undefined;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = view.getUint32(0);
  if (signature === WOFF) return woffTables(view);
  if (signature === WOFF2) return woff2Tables(bytes, view);
  return undefined;
}

const WOFF = 0x774f4646; // "wOFF"
const WOFF2 = 0x774f4632; // "wOF2"

/** WOFF 1.0: a 44-byte header, then 20 bytes per table, its original length at byte 12. */
function woffTables(view: DataView): number {
  if (view.byteLength < 44) return 0;
  let total = 0;
  for (let i = 0, at = 44; i < view.getUint16(12) && at + 20 <= view.byteLength; i++, at += 20)
    total += view.getUint32(at + 12);
  return total;
}

/**
 * WOFF 2.0: a 48-byte header, then per table a flags byte (a tag of its own when its low six
 * bits are all set), the original length and, for a transformed table, the transformed
 * length, both as UIntBase128. fontkit unpacks the transformed length where there is one.
 */
function woff2Tables(bytes: Uint8Array, view: DataView): number {
  if (view.byteLength < 48) return 0;
  let total = 0;
  let at = 48;
  for (let i = 0; i < view.getUint16(12) && at < bytes.length; i++) {
    const flags = bytes[at++] as number;
    const ownTag = (flags & 0x3f) === 0x3f;
    const tag = ownTag
      ? String.fromCharCode(...bytes.subarray(at, at + 4))
      : GLYF_LOCA[flags & 0x3f];
    if (ownTag) at += 4;
    const length = base128(bytes, at);
    if (!length) break;
    at = length.next;
    const version = flags >>> 6;
    const transformed = tag === "glyf" || tag === "loca" ? version === 0 : version !== 0;
    if (!transformed) {
      total += length.value;
      continue;
    }
    const transformLength = base128(bytes, at);
    if (!transformLength) break;
    at = transformLength.next;
    total += transformLength.value;
  }
  return total;
}

/** The two tables, by their index in WOFF2's table of known tags, whose transform bits read reversed. */
const GLYF_LOCA: Readonly<Record<number, string>> = { 10: "glyf", 11: "loca" };

/** A UIntBase128 (at most five bytes, seven bits each, the high bit set on all but the last). */
function base128(bytes: Uint8Array, at: number): { value: number; next: number } | undefined {
  let value = 0;
  for (let i = 0; i < 5 && at + i < bytes.length; i++) {
    const b = bytes[at + i] as number;
    value = value * 128 + (b & 0x7f);
    if ((b & 0x80) === 0) return { value, next: at + i + 1 };
  }
  return undefined;
}

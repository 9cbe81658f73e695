import { padded } from "./sfnt-tables.js";
import { view } from "./woff-font.js";

/** The glyf and loca tables built again, and each glyph's xMin (for hmtx's side bearings). */
export interface Glyphs {
  glyf: Uint8Array;
  loca: Uint8Array;
  xMin: number[];
}

/** One of the streams of a transformed glyf table, read front to back. */
class Stream {
  at: number;
  constructor(
    private readonly v: DataView,
    private readonly start: number,
    private readonly end: number,
    /** The table read, for messages. */
    private readonly tag = "glyf",
  ) {
    this.at = start;
    if (end > v.byteLength) throw new Error(`its ${tag} table is cut short`);
  }
  u8(): number {
    this.need(1);
    return this.v.getUint8(this.at++);
  }
  u16(): number {
    this.need(2);
    this.at += 2;
    return this.v.getUint16(this.at - 2);
  }
  i16(): number {
    this.need(2);
    this.at += 2;
    return this.v.getInt16(this.at - 2);
  }
  bytes(n: number): Uint8Array {
    this.need(n);
    this.at += n;
    return new Uint8Array(this.v.buffer, this.v.byteOffset + this.at - n, n);
  }
  /** A 255UInt16 (WOFF2 4.2). */
  u255(): number {
    const code = this.u8();
    if (code === 253) return this.u16();
    if (code === 255) return this.u8() + 253;
    if (code === 254) return this.u8() + 506;
    return code;
  }
  /** Whether bit `i` of a bitmap at the stream's start is set. */
  bit(i: number): boolean {
    return ((this.v.getUint8(this.start + (i >> 3)) << (i & 7)) & 0x80) !== 0;
  }
  private need(n: number): void {
    if (this.at + n > this.end) throw new Error(`its ${this.tag} table is cut short`);
  }
}

/** The seven streams of a transformed glyf table (WOFF2 5.1), by what they hold. */
interface Streams {
  contours: Stream;
  points: Stream;
  flags: Stream;
  glyphs: Stream;
  composites: Stream;
  boxes: Stream;
  code: Stream;
}

interface Point {
  x: number;
  y: number;
  on: boolean;
}

/** The glyf and loca tables of a WOFF2 transformed glyf table (WOFF2 5.1-5.3). */
export function glyfAndLoca(table: Uint8Array): Glyphs {
  const v = new DataView(table.buffer, table.byteOffset, table.byteLength);
  if (table.length < 36) throw new Error("its glyf table is cut short");
  const numGlyphs = v.getUint16(4);
  let at = 36;
  const streams = Array.from({ length: 7 }, (_, i) => {
    const size = v.getUint32(8 + 4 * i);
    const s = new Stream(v, at, at + size);
    at += size;
    return s;
  });
  const [contours, points, flags, glyphs, composites, boxes, code] = streams as Stream[];
  const s = { contours, points, flags, glyphs, composites, boxes, code } as Streams;
  // The bounding box stream opens with a bitmap of the glyphs that have one in it.
  s.boxes.at += 4 * Math.floor((numGlyphs + 31) / 32);
  const out: Uint8Array[] = [];
  const xMin: number[] = [];
  for (let g = 0; g < numGlyphs; g++) {
    const glyph = glyphAt(g, s);
    out.push(glyph);
    xMin.push(glyph.length >= 10 ? view(glyph).getInt16(2) : 0);
  }
  return joined(out, xMin);
}

/** Glyph `g`'s bytes as glyf holds them: empty, simple or composite. */
function glyphAt(g: number, s: Streams): Uint8Array {
  const n = s.contours.i16();
  if (n === 0) return new Uint8Array(0);
  const box = s.boxes.bit(g) ? boxFrom(s.boxes) : undefined;
  if (n > 0) return simpleGlyph(n, box, s);
  if (!box) throw new Error(`its composite glyph ${g} has no bounding box`);
  return compositeGlyph(box, s);
}

function boxFrom(s: Stream): number[] {
  return [s.i16(), s.i16(), s.i16(), s.i16()];
}

/** A simple glyph: its contours' points (triplet-encoded, WOFF2 5.2) and instructions. */
function simpleGlyph(n: number, box: number[] | undefined, s: Streams): Uint8Array {
  const ends: number[] = [];
  let total = 0;
  for (let c = 0; c < n; c++) {
    total += s.points.u255();
    ends.push(total - 1);
  }
  const pts = triplets(total, s.flags as Stream, s.glyphs as Stream);
  const code = s.code.bytes(s.glyphs.u255());
  const bbox = box ?? boundsOf(pts);
  const out = new Uint8Array(10 + 2 * n + 2 + code.length + 5 * total);
  const w = view(out);
  w.setInt16(0, n);
  bbox.forEach((b, i) => {
    w.setInt16(2 + 2 * i, b);
  });
  ends.forEach((e, i) => {
    w.setUint16(10 + 2 * i, e);
  });
  let at = 10 + 2 * n;
  w.setUint16(at, code.length);
  out.set(code, at + 2);
  at += 2 + code.length;
  // Every coordinate as a 16-bit delta: no short or repeated forms, so one flag byte a point.
  pts.forEach((p, i) => {
    out[at + i] = p.on ? 1 : 0;
  });
  at += total;
  for (const axis of ["x", "y"] as const) {
    let last = 0;
    for (const p of pts) {
      w.setInt16(at, p[axis] - last);
      last = p[axis];
      at += 2;
    }
  }
  return out;
}

/** Points from the flag and glyph streams' triplets (WOFF2 5.2), as absolute coordinates. */
function triplets(count: number, flags: Stream, data: Stream): Point[] {
  const pts: Point[] = [];
  let x = 0;
  let y = 0;
  for (let i = 0; i < count; i++) {
    const raw = flags.u8();
    const f = raw & 0x7f;
    const [dx, dy] = delta(f, data);
    x += dx;
    y += dy;
    pts.push({ x, y, on: raw >> 7 === 0 });
  }
  return pts;
}

function delta(f: number, d: Stream): [number, number] {
  const sign = (flag: number, v: number) => (flag & 1 ? v : -v);
  if (f < 10) return [0, sign(f, ((f & 14) << 7) + d.u8())];
  if (f < 20) return [sign(f, (((f - 10) & 14) << 7) + d.u8()), 0];
  if (f < 84) {
    const b0 = f - 20;
    const b1 = d.u8();
    return [
      sign(f, 1 + (b0 & 0x30) + (b1 >> 4)),
      sign(f >> 1, 1 + ((b0 & 0x0c) << 2) + (b1 & 0x0f)),
    ];
  }
  if (f < 120) {
    const b0 = f - 84;
    const dx = sign(f, 1 + (Math.floor(b0 / 12) << 8) + d.u8());
    return [dx, sign(f >> 1, 1 + (((b0 % 12) >> 2) << 8) + d.u8())];
  }
  if (f < 124) {
    const b1 = d.u8();
    const b2 = d.u8();
    return [sign(f, (b1 << 4) + (b2 >> 4)), sign(f >> 1, ((b2 & 0x0f) << 8) + d.u8())];
  }
  const dx = sign(f, d.u16());
  return [dx, sign(f >> 1, d.u16())];
}

function boundsOf(pts: Point[]): number[] {
  if (pts.length === 0) return [0, 0, 0, 0];
  const xs = pts.map((p) => p.x);
  const ys = pts.map((p) => p.y);
  return [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
}

/** A composite glyph: its components as glyf writes them, copied, and its instructions. */
function compositeGlyph(box: number[], s: Streams): Uint8Array {
  const parts = s.composites as Stream;
  const start = parts.at;
  let flags = 0;
  let instructions = false;
  do {
    flags = parts.u16();
    parts.u16();
    parts.bytes(
      (flags & 0x0001 ? 4 : 2) + (flags & 0x0008 ? 2 : flags & 0x0040 ? 4 : flags & 0x0080 ? 8 : 0),
    );
    instructions ||= (flags & 0x0100) !== 0;
  } while (flags & 0x0020);
  const components = new Uint8Array(parts.at - start);
  parts.at = start;
  components.set(parts.bytes(components.length));
  const code = instructions ? s.code.bytes(s.glyphs.u255()) : undefined;
  const out = new Uint8Array(10 + components.length + (code ? 2 + code.length : 0));
  const w = view(out);
  w.setInt16(0, -1);
  box.forEach((b, i) => {
    w.setInt16(2 + 2 * i, b);
  });
  out.set(components, 10);
  if (code) {
    w.setUint16(10 + components.length, code.length);
    out.set(code, 12 + components.length);
  }
  return out;
}

/** The glyphs one after another, each at a four-byte boundary, and loca's 32-bit offsets. */
function joined(glyphs: Uint8Array[], xMin: number[]): Glyphs {
  const loca = new Uint8Array(4 * (glyphs.length + 1));
  const lv = view(loca);
  let size = 0;
  glyphs.forEach((g, i) => {
    lv.setUint32(4 * i, size);
    size += padded(g.length);
  });
  lv.setUint32(4 * glyphs.length, size);
  const glyf = new Uint8Array(size);
  glyphs.forEach((g, i) => {
    glyf.set(g, lv.getUint32(4 * i));
  });
  return { glyf, loca, xMin };
}

/**
 * hmtx from its WOFF2 transform (5.4): the advances, and the left side bearings it left out,
 * which are the glyphs' xMin.
 */
export function hmtxFromTransformed(
  data: Uint8Array,
  hhea: Uint8Array | undefined,
  glyphs: Glyphs,
): Uint8Array {
  if (!hhea || hhea.length < 36) throw new Error("its hhea table is missing or too short");
  const metrics = view(hhea).getUint16(34);
  const count = glyphs.xMin.length;
  if (metrics === 0 || metrics > count)
    throw new Error("its hhea table gives an impossible number of metrics");
  const s = new Stream(view(data), 0, data.length, "hmtx");
  const flags = s.u8();
  // As Google's decoder: bits 2-7 are reserved, and a transform must leave something out.
  if (flags & 0xfc) throw new Error("its hmtx table's transform sets flags WOFF2 reserves");
  if ((flags & 3) === 0)
    throw new Error("its hmtx table is transformed but leaves out no side bearings");
  const advances = Array.from({ length: metrics }, () => s.u16());
  const lsb = (i: number, absent: boolean) => (absent ? (glyphs.xMin[i] as number) : s.i16());
  const proportional = advances.map((_, i) => lsb(i, (flags & 1) !== 0));
  const mono = Array.from({ length: count - metrics }, (_, i) =>
    lsb(metrics + i, (flags & 2) !== 0),
  );
  const out = new Uint8Array(4 * metrics + 2 * (count - metrics));
  const w = view(out);
  advances.forEach((a, i) => {
    w.setUint16(4 * i, a);
    w.setInt16(4 * i + 2, proportional[i] as number);
  });
  mono.forEach((b, i) => {
    w.setInt16(4 * metrics + 2 * i, b);
  });
  return out;
}

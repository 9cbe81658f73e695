import { deflateSync, inflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import {
  adler32,
  adler32Combine,
  type DeflateMemo,
  type DeflatingDocument,
  deflateThrough,
  newDeflateMemo,
  startPiece,
} from "../../src/write/deflate-memo.js";

/** A stand-in for pdfkit's document: refs whose finalize hands back what they hold. */
function documentOf(memo: DeflateMemo) {
  const doc: DeflatingDocument = {
    ref: (data = {}) => {
      const r = {
        data,
        compress: true,
        buffer: [] as Uint8Array[],
        finalize: () => Buffer.concat(r.buffer),
      };
      return r;
    },
  };
  deflateThrough(doc, memo);
  return doc;
}

/** A stream of the given pieces, compressed: its bytes and its dictionary. */
function streamOf(doc: DeflatingDocument, pieces: string[][]) {
  const r = doc.ref();
  for (const [i, chunks] of pieces.entries()) {
    if (i > 0) startPiece(r);
    for (const c of chunks) r.buffer.push(Buffer.from(c, "latin1"));
  }
  return { bytes: r.finalize() as Buffer, data: r.data };
}

const BODY = Array.from(
  { length: 40 },
  (_, i) => `BT /F1 11 Tf 72 ${700 - i * 14} Td <00160029> Tj ET\n`,
);

describe("deflate-memo", () => {
  it("joins pieces compressed on their own into one zlib stream of the whole", () => {
    const doc = documentOf(newDeflateMemo());
    const pieces = [["/P <</MCID 0>> BDC\n", "(Ann Lee) Tj EMC\n"], BODY, ["(Yours) Tj\n"]];
    const { bytes, data } = streamOf(doc, pieces);
    expect(data.Filter).toBe("FlateDecode");
    expect(inflateSync(bytes).toString("latin1")).toBe(pieces.flat().join(""));
  });

  it("keeps the pieces that recur, not the ones that differ; the same piece is the same bytes", () => {
    const memo: DeflateMemo = newDeflateMemo();
    const doc = documentOf(memo);
    const ann = streamOf(doc, [["(Dear Ann Lee,) Tj\n"], BODY]).bytes;
    expect(memo.size).toBe(0);
    const bob = streamOf(doc, [["(Dear Bob Chen,) Tj\n"], BODY]).bytes;
    expect(memo.size).toBe(1);
    const cy = streamOf(doc, [["(Dear Cy Diaz,) Tj\n"], BODY]).bytes;
    expect(memo.size).toBe(1);
    // The body's compressed bytes stand in every stream, before the checksum of the whole.
    const body = Buffer.from(memo.get([...memo.keys()][0] as string)?.bytes as Uint8Array);
    expect(body.length).toBeGreaterThan(40);
    for (const bytes of [ann, bob, cy]) expect(bytes.includes(body)).toBe(true);
    expect(inflateSync(cy).toString("latin1")).toBe(`(Dear Cy Diaz,) Tj\n${BODY.join("")}`);
  });

  it("compresses a stream without pieces as a whole, as zlib does", () => {
    const doc = documentOf(newDeflateMemo());
    const { bytes } = streamOf(doc, [BODY]);
    expect(inflateSync(bytes).toString("latin1")).toBe(BODY.join(""));
    expect(bytes.subarray(0, 2)).toEqual(Buffer.of(0x78, 0x9c));
  });

  it("starts no empty piece: at the very start or twice at one place", () => {
    const r = { buffer: [] as Uint8Array[], pieces: undefined as number[] | undefined };
    startPiece(r);
    expect(r.pieces).toBeUndefined();
    r.buffer.push(Buffer.from("a"));
    startPiece(r);
    startPiece(r);
    expect(r.pieces).toEqual([1]);
  });

  // The checksum of pieces given back from the memo is made from theirs, not from the bytes.
  it("ends a stream of pieces with zlib's checksum of the whole, pieces met before or not", () => {
    const memo = newDeflateMemo();
    const doc = documentOf(memo);
    const big = Buffer.alloc(200_000);
    for (let i = 0; i < big.length; i++) big[i] = (i * 7919 + (i >> 5)) & 0xff;
    const pieces = [[big.toString("latin1", 0, 70_000)], BODY, [big.toString("latin1", 70_000)]];
    const whole = Buffer.from(pieces.flat().join(""), "latin1");
    for (let round = 0; round < 3; round++) {
      const { bytes } = streamOf(doc, pieces);
      expect(bytes.subarray(-4)).toEqual(deflateSync(whole).subarray(-4));
      expect(inflateSync(bytes)).toEqual(whole);
    }
  });

  it("works out Adler-32 as zlib does, whole and from the checksums of two parts", () => {
    const bytes = Buffer.alloc(140_000);
    for (let i = 0; i < bytes.length; i++) bytes[i] = 255 - ((i * 31) % 97);
    const ofZlib = (b: Uint8Array) => {
      const z = deflateSync(b, { level: 0 });
      return z.readUInt32BE(z.length - 4);
    };
    for (const n of [0, 1, 5552, 5553, 65_521, 65_522, 140_000]) {
      const b = bytes.subarray(0, n);
      expect(adler32(b), `${n} bytes`).toBe(ofZlib(b));
      for (const cut of [0, 1, Math.floor(n / 3), n]) {
        if (cut > n) continue;
        const [x, y] = [b.subarray(0, cut), b.subarray(cut)];
        expect(adler32Combine(adler32(x), adler32(y), y.length), `${n} at ${cut}`).toBe(ofZlib(b));
      }
    }
  });
});

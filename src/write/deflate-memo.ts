/**
 * Compresses each stream of a pdfkit 0.20 document through a thread's memo of compressed
 * bytes, by the SHA-1 of what they compress. Why: the letters of a merge share most of their
 * pages, their fonts' subsets (cid-font.ts) and the colour profile, and compressing them again
 * for every letter was the largest single cost of writing its PDF. Deflate is deterministic,
 * so a stream comes out as the same bytes whether compressed now or given back.
 *
 * A stream cut into pieces (`startPiece`: a page's opening, up to its first paragraph, and
 * the rest) is compressed piece by piece, each on its own, and the pieces joined into one
 * zlib stream, as parallel gzip tools do: each piece ends on a byte boundary (a sync flush)
 * and refers to nothing before it. Why: the page a merge's letters differ on (the first) is then compressed
 * again only in the pieces that differ, without another stream object for each piece.
 */

import { createHash } from "node:crypto";
import { constants, deflateRawSync, deflateSync } from "node:zlib";
import { RecurringMemo } from "../recurring-memo.js";

/**
 * Compressed stream bytes by the SHA-1 of their uncompressed bytes (part of Resources), with
 * the Adler-32 checksum of those: a stream joined of pieces ends with the checksum of the
 * whole, which is worked out from its pieces' (adler32Combine) rather than by reading all of
 * its bytes again for every letter.
 */
export class DeflateMemo extends RecurringMemo<Deflated> {
  /** The key of each byte array said to be unchanging, by identity. */
  private readonly fixed = new WeakMap<Uint8Array, string>();

  /**
   * Says that `bytes` never change: a stream of them alone is then looked up by their
   * identity, not hashed again. Why: a thread's font subsets (cid-font.ts) are the same
   * objects from letter to letter, some 40 kB a letter that were copied and hashed for each.
   */
  unchanging(bytes: Uint8Array): void {
    if (!this.fixed.has(bytes)) this.fixed.set(bytes, keyOf(bytes));
  }

  /** The key of bytes said to be unchanging; undefined for any other. */
  fixedKey(bytes: Uint8Array): string | undefined {
    return this.fixed.get(bytes);
  }
}

export interface Deflated {
  bytes: Uint8Array;
  adler: number;
}

/** How many compressed streams a thread keeps: a letter has a handful; most recur in a merge. */
const MAX_STREAMS = 256;

export function newDeflateMemo(): DeflateMemo {
  return new DeflateMemo(MAX_STREAMS);
}

/** The parts of pdfkit 0.20's document and PDFReference this file uses. */
export interface DeflatingDocument {
  ref(data?: Record<string, unknown>): DeflatingRef;
}

interface DeflatingRef {
  data: Record<string, unknown>;
  /** pdfkit's own choice: compress at finalize (false for the XMP metadata). */
  compress: boolean;
  buffer: Uint8Array[];
  finalize(): unknown;
  /** Where pieces after the first start, as indexes into `buffer` (startPiece). */
  pieces?: number[];
}

/** What follows starts a piece of the stream that is compressed on its own. */
export function startPiece(ref: Pick<DeflatingRef, "buffer" | "pieces">): void {
  const at = ref.buffer.length;
  if (at === 0 || ref.pieces?.at(-1) === at) return;
  ref.pieces ??= [];
  ref.pieces.push(at);
}

/** Makes every stream the document creates from now on compress through the memo. */
export function deflateThrough(doc: DeflatingDocument, memo: DeflateMemo): void {
  const ref = doc.ref.bind(doc);
  doc.ref = (data) => {
    const r = ref(data);
    const finalize = r.finalize.bind(r);
    r.finalize = () => {
      if (r.compress && r.buffer.length > 0) {
        r.buffer = [r.pieces?.length ? joined(r.buffer, r.pieces, memo) : deflated(r.buffer, memo)];
        r.data.Filter = "FlateDecode";
        r.compress = false;
      }
      return finalize();
    };
    return r;
  };
}

function deflated(chunks: Uint8Array[], memo: DeflateMemo): Uint8Array {
  // A stream of one unchanging array (a font subset) has its key already.
  const known = chunks.length === 1 ? memo.fixedKey(chunks[0] as Uint8Array) : undefined;
  const raw = known === undefined ? Buffer.concat(chunks) : (chunks[0] as Uint8Array);
  const key = known ?? keyOf(raw);
  return memo.of(key, () => {
    const bytes = deflateSync(raw);
    return { bytes, adler: bytes.readUInt32BE(bytes.length - 4) };
  }).bytes;
}

/** A stream's key in the memo: the SHA-1 of its uncompressed bytes. */
function keyOf(raw: Uint8Array): string {
  return createHash("sha1").update(raw).digest("base64");
}

/** The zlib header deflateSync writes (default compression, 32 kB window). */
const ZLIB_HEADER = Uint8Array.of(0x78, 0x9c);
/** An empty last block (fixed Huffman codes): ends the pieces' deflate data. */
const LAST_BLOCK = Uint8Array.of(0x03, 0x00);

/** The chunks as one zlib stream, each piece compressed on its own (through the memo). */
function joined(chunks: Uint8Array[], starts: number[], memo: DeflateMemo): Uint8Array {
  const bounds = [0, ...starts, chunks.length];
  let adler = 1;
  const parts = bounds.slice(1).map((end, i) => {
    const raw = Buffer.concat(chunks.slice(bounds[i], end));
    // Another key than the piece's bytes as a whole stream, which compress otherwise.
    const key = `${keyOf(raw)} piece`;
    const made = memo.of(key, () => piece(raw));
    adler = adler32Combine(adler, made.adler, raw.length);
    return made.bytes;
  });
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(adler);
  return Buffer.concat([ZLIB_HEADER, ...parts, LAST_BLOCK, checksum]);
}

/** Raw deflate data that ends on a byte boundary and leaves the stream open (a sync flush). */
function piece(raw: Buffer): Deflated {
  return {
    bytes: deflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH }),
    adler: adler32(raw),
  };
}

/** Adler-32's modulus, and how many bytes zlib sums before reducing (NMAX). */
const BASE = 65521;
const RUN = 5552;

/** The Adler-32 checksum of the bytes, as zlib computes it (RFC 1950). */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < bytes.length; ) {
    const end = Math.min(bytes.length, i + RUN);
    for (; i < end; i++) {
      a += bytes[i] as number;
      b += a;
    }
    a %= BASE;
    b %= BASE;
  }
  return b * 65536 + a;
}

/** The Adler-32 of two byte strings one after the other, from theirs (zlib's adler32_combine). */
export function adler32Combine(first: number, second: number, secondLength: number): number {
  const rem = secondLength % BASE;
  let a = first % 65536;
  let b = (rem * a) % BASE;
  a += (second % 65536) + BASE - 1;
  b += Math.floor(first / 65536) + Math.floor(second / 65536) + BASE - rem;
  if (a >= BASE) a -= BASE;
  if (a >= BASE) a -= BASE;
  if (b >= 2 * BASE) b -= 2 * BASE;
  if (b >= BASE) b -= BASE;
  return b * 65536 + a;
}

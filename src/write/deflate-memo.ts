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

/** Compressed stream bytes by the SHA-1 of their uncompressed bytes (part of Resources). */
export type DeflateMemo = RecurringMemo<Uint8Array>;

/** How many compressed streams a thread keeps: a letter has a handful; most recur in a merge. */
const MAX_STREAMS = 256;

export function newDeflateMemo(): DeflateMemo {
  return new RecurringMemo(MAX_STREAMS);
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
        r.buffer = [
          r.pieces?.length
            ? joined(r.buffer, r.pieces, memo)
            : deflated(Buffer.concat(r.buffer), memo),
        ];
        r.data.Filter = "FlateDecode";
        r.compress = false;
      }
      return finalize();
    };
    return r;
  };
}

function deflated(raw: Buffer, memo: DeflateMemo): Uint8Array {
  const key = createHash("sha1").update(raw).digest("base64");
  return memo.of(key, () => deflateSync(raw));
}

/** The zlib header deflateSync writes (default compression, 32 kB window). */
const ZLIB_HEADER = Uint8Array.of(0x78, 0x9c);
/** An empty last block (fixed Huffman codes): ends the pieces' deflate data. */
const LAST_BLOCK = Uint8Array.of(0x03, 0x00);

/** The chunks as one zlib stream, each piece compressed on its own (through the memo). */
function joined(chunks: Uint8Array[], starts: number[], memo: DeflateMemo): Uint8Array {
  const bounds = [0, ...starts, chunks.length];
  const parts = bounds.slice(1).map((end, i) => {
    const raw = Buffer.concat(chunks.slice(bounds[i], end));
    // Another key than the piece's bytes as a whole stream, which compress otherwise.
    const key = `${createHash("sha1").update(raw).digest("base64")} piece`;
    return memo.of(key, () => piece(raw));
  });
  return Buffer.concat([ZLIB_HEADER, ...parts, LAST_BLOCK, adler32(Buffer.concat(chunks))]);
}

/** Raw deflate data that ends on a byte boundary and leaves the stream open (a sync flush). */
function piece(raw: Buffer): Uint8Array {
  return deflateRawSync(raw, { finishFlush: constants.Z_SYNC_FLUSH });
}

/** The Adler-32 checksum that ends a zlib stream: zlib's own, from storing the bytes as is. */
function adler32(raw: Buffer): Uint8Array {
  return deflateSync(raw, { level: 0 }).subarray(-4);
}

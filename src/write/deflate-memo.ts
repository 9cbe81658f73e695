/**
 * Compresses each stream of a pdfkit 0.20 document through a thread's memo of compressed
 * bytes, by the SHA-1 of what they compress. Why: the letters of a merge share most of their
 * pages, their fonts' subsets (cid-font.ts) and the colour profile, and compressing them again
 * for every letter was the largest single cost of writing its PDF. Deflate is deterministic,
 * so a stream comes out as the same bytes whether compressed now or given back.
 */

import { createHash } from "node:crypto";
import { deflateSync } from "node:zlib";
import { remember } from "../remember.js";

/** Compressed stream bytes by the SHA-1 of their uncompressed bytes (part of Resources). */
export type DeflateMemo = Map<string, Uint8Array>;

/** How many compressed streams a thread keeps: a letter has a handful; most recur in a merge. */
const MAX_STREAMS = 256;

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
}

/** Makes every stream the document creates from now on compress through the memo. */
export function deflateThrough(doc: DeflatingDocument, memo: DeflateMemo): void {
  const ref = doc.ref.bind(doc);
  doc.ref = (data) => {
    const r = ref(data);
    const finalize = r.finalize.bind(r);
    r.finalize = () => {
      if (r.compress && r.buffer.length > 0) {
        r.buffer = [deflated(Buffer.concat(r.buffer), memo)];
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
  return memo.get(key) ?? remember(memo, key, deflateSync(raw), MAX_STREAMS);
}

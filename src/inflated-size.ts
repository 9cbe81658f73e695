import { Readable, Writable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { createBrotliDecompress, createInflate, createInflateRaw } from "node:zlib";

/**
 * The bytes deflated data inflates to, counted up to `limit` (then it stops), a megabyte at a
 * time, holding none of them; `seen` is given each inflated chunk. `raw`: deflate without
 * zlib's header (a zip's parts), else with it (a PDF's Flate streams); `brotli`: Brotli instead
 * (a PDF's BrotliDecode streams, which pdf.js reads). Why count rather than
 * inflate: a few megabytes may inflate to gigabytes, and the sizes a file declares are not
 * to be trusted.
 */
export async function inflatedSize(
  deflated: Uint8Array,
  limit: number,
  opts: {
    raw: boolean;
    brotli?: boolean;
    seen?: (chunk: Uint8Array) => void;
    /** Stops counting early: what was seen is already enough to refuse. */
    enough?: () => boolean;
    /** Given why it stopped, when it did before the end: over the limit, not deflate, or `seen` threw. */
    failed?: (e: unknown) => void;
  },
): Promise<number> {
  let size = 0;
  const count = new Writable({
    write(chunk: Buffer, _, done) {
      size += chunk.length;
      opts.seen?.(chunk);
      const over = size >= limit || opts.enough?.();
      done(over ? new RangeError("over the limit") : null);
    },
  });
  const make = opts.brotli ? createBrotliDecompress : opts.raw ? createInflateRaw : createInflate;
  const inflate = make({ chunkSize: 1 << 20 });
  try {
    await pipeline(Readable.from([deflated]), inflate, count);
  } catch (e) {
    // Over the limit, or not deflate (or data after its end): what was counted is the answer.
    opts.failed?.(e);
  }
  return size;
}

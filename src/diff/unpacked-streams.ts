import { fail } from "../errors.js";
import { inflatedSize } from "../inflated-size.js";

/**
 * What all the Flate streams of a PDF `missive diff` compares may unpack to. Why: pdf.js
 * holds a stream whole once unpacked, and a PDF of 2 MB held 2 GB of spaces in one page's
 * content (4.4 GB of memory, 45 s); a letter's PDF unpacks to some megabytes, its images
 * included.
 */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

/**
 * Refuses a PDF whose Flate streams unpack to more than MAX_UNPACKED_BYTES, before pdf.js
 * reads it: each stream's data, from its `stream` keyword to its `endstream`, is inflated and
 * counted a megabyte at a time. What does not inflate (another filter, or none) counts as
 * nothing, as it is no larger unpacked than in the file.
 */
export async function refuseStreamBombs(
  bytes: Uint8Array,
  file: string,
  limit = MAX_UNPACKED_BYTES,
): Promise<void> {
  const raw = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let left = limit;
  for (let at = raw.indexOf("stream"); at >= 0; at = raw.indexOf("stream", at + 6)) {
    if (raw.toString("latin1", at - 3, at) === "end") continue;
    const start = at + 6 + (raw[at + 6] === 0x0d ? 2 : 1);
    const end = raw.indexOf("endstream", start);
    if (end < 0) return;
    if (zlibHeader(raw, start))
      left -= await inflatedSize(raw.subarray(start, end), left + 1, { raw: false });
    if (left < 0)
      throw fail(
        "input",
        `its streams unpack to more than ${(limit / 1024 / 1024).toLocaleString("en-US")} MiB; missive diff reads no PDF that large`,
        { file },
        ["a letter's PDF unpacks to some megabytes: compare PDFs rendered by missive"],
      );
    at = end;
  }
}

/** Whether zlib's two-byte header starts at `at`, as pdf.js's Flate decoder requires it. */
function zlibHeader(raw: Buffer, at: number): boolean {
  const cmf = raw[at] ?? 0;
  const flg = raw[at + 1] ?? 0;
  return (cmf & 0x0f) === 8 && (cmf * 256 + flg) % 31 === 0;
}

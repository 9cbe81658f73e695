import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import type { RecordSource } from "./read-records.js";

/**
 * The records with the UTF-16 their byte-order mark names as their encoding, when they are
 * CSV and none is named. Why: Excel's "Unicode Text" (and "CSV UTF-16" exports of other
 * tools) is UTF-16 with a mark that says so, and was refused "the file is UTF-16, not UTF-8"
 * with a hint to name what the file had already said; the mark is no guess. Without a mark,
 * or for any other encoding, `--records-encoding` names it, as before.
 */
export function withBomEncoding(src: RecordSource): RecordSource {
  if (src.format !== "csv" || src.encoding !== undefined) return src;
  const encoding = utf16Mark(firstBytes(src.file));
  return encoding ? { ...src, encoding } : src;
}

/** `utf-16le` or `utf-16be` for a UTF-16 byte-order mark; not UTF-32's (FF FE 00 00). */
function utf16Mark(b: Uint8Array): string | undefined {
  if (b[0] === 0xff && b[1] === 0xfe && !(b[2] === 0 && b[3] === 0)) return "utf-16le";
  if (b[0] === 0xfe && b[1] === 0xff) return "utf-16be";
  return undefined;
}

/** The file's first four bytes; none for anything but a regular file, or one not readable. */
function firstBytes(file: string): Uint8Array {
  const buf = Buffer.alloc(4);
  let fd: number | undefined;
  try {
    // Without blocking: a named pipe is copied to a file first, and reading reports the rest.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return new Uint8Array();
    return buf.subarray(0, readSync(fd, buf, 0, 4, 0));
  } catch {
    return new Uint8Array();
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

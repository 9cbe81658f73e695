import { readSync } from "node:fs";

/**
 * Reads `length` bytes at `start` of an open file as UTF-8. Why a loop: a read may return
 * fewer bytes than asked; none at all means the file is shorter than expected.
 */
export function readAt(fd: number, start: number, length: number): string {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const n = readSync(fd, bytes, done, length - done, start + done);
    if (n === 0) throw new Error(`the file ended before byte ${start + length}`);
    done += n;
  }
  return bytes.toString("utf8");
}

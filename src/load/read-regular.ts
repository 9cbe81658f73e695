import { closeSync, constants, fstatSync, openSync, readSync, type Stats, statSync } from "node:fs";
import { fileKind } from "../file-kind.js";

/**
 * Reads a whole file that must be a regular file of at most `maxBytes` bytes. Why each step:
 * opening without blocking, so a FIFO is refused instead of waiting for a writer forever; the
 * type and size are checked on the open file, so a device (`/dev/zero`) or a file swapped in
 * after a check is never read; and no more than the size the file declared is read, so a
 * file whose size is not what it holds (`/proc/self/environ` says 0) gives nothing away.
 * `opened` is given the open file's stat. Throws an Error with `code` ENOTREG or EFBIG (see cannot-read.ts), or the system's error.
 */
export function readRegular(path: string, maxBytes: number, opened?: (st: Stats) => void): Buffer {
  const fd = openInput(path);
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegularFile(st);
    if (st.size > maxBytes)
      throw refusal("EFBIG", `it is ${st.size} bytes; the limit is ${maxBytes}`);
    // The open file's own stat (no extra call): which file was read, for a code frame.
    opened?.(st);
    const bytes = Buffer.allocUnsafe(st.size);
    let done = 0;
    while (done < st.size) {
      const n = readSync(fd, bytes, done, st.size - done, done);
      if (n === 0) break;
      done += n;
    }
    return bytes.subarray(0, done);
  } finally {
    closeSync(fd);
  }
}

/**
 * Opens an input for reading, without blocking, so a FIFO is refused instead of waiting for a
 * writer forever (Windows has no O_NONBLOCK, and no FIFOs that block an open). Why the ENXIO
 * case: a Unix socket cannot be opened at all, and the system's "ENXIO" told nobody that the
 * data file (a socket a pull request's `letter.yaml` was replaced by) is no file.
 */
export function openInput(path: string): number {
  try {
    return openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENXIO") throw e;
    const st = statOrUndefined(path);
    throw st && !st.isFile() ? notRegularFile(st) : e;
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The error readRegular throws for a file that is not a regular one (cannot-read.ts words it). */
export function notRegularFile(st: Stats): NodeJS.ErrnoException {
  return refusal("ENOTREG", `it is ${fileKind(st)}, not a regular file`);
}

function refusal(code: string, message: string): NodeJS.ErrnoException {
  return Object.assign(new Error(message), { code });
}

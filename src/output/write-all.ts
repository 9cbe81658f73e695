import { writeSync } from "node:fs";

/**
 * Writes all of `bytes`, at `position` when given (else where the file stands). Why a loop:
 * writeSync may write less than asked (a full disk's last blocks, a signal).
 */
export function writeAll(fd: number, bytes: Uint8Array, position?: number): void {
  for (let done = 0; done < bytes.length; )
    done += writeSync(
      fd,
      bytes,
      done,
      bytes.length - done,
      position === undefined ? null : position + done,
    );
}

import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { fail, isMissiveError } from "../errors.js";
import { cannotWrite } from "./cannot-write.js";

/**
 * Why a limit: records from a pipe that never ends (`--merge - < /dev/zero`, a FIFO whose
 * writer loops) would otherwise fill the disk. A billion bytes is some ten million records.
 */
export const MAX_SPOOL_BYTES = 1024 * 1024 * 1024;

/**
 * Copies standard input to a temporary file and returns its path and a clean-up function.
 * Why: a merge reads its records twice (plan every name, then render), and a pipe can be
 * read only once; a file keeps memory flat however many records arrive. A full disk is an
 * output error (exit 8), like any file missive cannot write.
 */
export async function spoolStdin(
  stdin: NodeJS.ReadableStream,
  ext: string,
  signal?: AbortSignal,
  limit = MAX_SPOOL_BYTES,
  /**
   * Refuses the stream as soon as a chunk shows it is no records file (binary bytes, past its
   * format's limit), rather than once a gigabyte is copied: given the chunk and the bytes before it.
   */
  check?: (chunk: Buffer, before: number) => Error | undefined,
): Promise<{ path: string; dispose(): void }> {
  let dir: string;
  try {
    dir = mkdtempSync(join(tmpdir(), "missive-merge-"));
  } catch (e) {
    throw cannotWrite(join(tmpdir(), "missive-merge-…"), e);
  }
  const path = join(dir, `stdin${ext}`);
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    // The signal (Ctrl-C) stops the copy at once, rather than at the end of the input.
    await pipeline(stdin, capped(limit, check), createWriteStream(path), { signal });
  } catch (e) {
    dispose();
    if (isMissiveError(e) || (e as Error).name === "AbortError") throw e;
    throw (e as NodeJS.ErrnoException).code ? cannotWrite(path, e) : e;
  }
  return { path, dispose };
}

/** Passes bytes through until `limit`, or until `check` refuses a chunk, then fails the copy. */
function capped(
  limit: number,
  check?: (chunk: Buffer, before: number) => Error | undefined,
): Transform {
  let seen = 0;
  return new Transform({
    transform(chunk: Buffer, _enc, done) {
      const refused = check?.(chunk, seen);
      if (refused) return done(refused);
      seen += chunk.length;
      if (seen <= limit) return done(null, chunk);
      done(
        fail("input", `the records stream is over ${limit} bytes, the limit`, undefined, [
          "split the records into several runs (--shard) or write them to a file",
        ]),
      );
    },
  });
}

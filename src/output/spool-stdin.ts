import { createWriteStream, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pipeline } from "node:stream/promises";

/**
 * Copies standard input to a temporary file and returns its path and a clean-up function.
 * Why: a merge reads its records twice (plan every name, then render), and a pipe can be
 * read only once; a file keeps memory flat however many records arrive.
 */
export async function spoolStdin(
  stdin: NodeJS.ReadableStream,
  ext: string,
  signal?: AbortSignal,
): Promise<{ path: string; dispose(): void }> {
  const dir = mkdtempSync(join(tmpdir(), "missive-merge-"));
  const path = join(dir, `stdin${ext}`);
  const dispose = () => rmSync(dir, { recursive: true, force: true });
  try {
    // The signal (Ctrl-C) stops the copy at once, rather than at the end of the input.
    await pipeline(stdin, createWriteStream(path), { signal });
  } catch (e) {
    dispose();
    throw e;
  }
  return { path, dispose };
}

import { fail } from "../errors.js";
import type { FileToWrite } from "../output/write-atomic.js";
import { type InterruptGate, interruptGate } from "./interrupt-gate.js";
import type { Io } from "./io.js";

/**
 * Writes a command's files, a signal heard only once they are all written. Why: `init
 * --eject`, `diff -o` and `extract` may write a gigabyte (a pack, a run's pictures, a PDF's
 * sources) in seconds of synchronous writing, and a Ctrl-C or SIGTERM then ended the process
 * with their temporary files left in the folders for good (only a merge tidies such files).
 * A signal before the writing stops the command with nothing written (exit 130), one during
 * it once every file is whole (exit 130 too: a signal heard is never an exit 0).
 */
export async function writeFilesWhole(
  files: FileToWrite[],
  write: (files: FileToWrite[]) => unknown,
  how: { io: Io; note: (message: string) => void; command: string },
): Promise<void> {
  const interrupt = interruptGate(how.io, how.note, {
    stopping: "stopping before anything is written",
    finishing: "the files are being written",
  });
  try {
    if (interrupt.signal.aborted)
      throw fail(
        "interrupted",
        `${String(interrupt.signal.reason)}: ${how.command} stopped`,
        undefined,
        ["nothing was written"],
      );
    interrupt.finishing();
    write(files);
    await stopIfHeard(interrupt, how.command, filesWhole(files.length));
  } finally {
    interrupt.release();
  }
}

/**
 * Throws if a signal came while the files were written: the command stops once they are
 * whole (exit 130), saying so (`whole`: what was written whole; `result`: what `--json`
 * reports of it), as a script must not take a
 * stopped run for a finished one.
 */
export async function stopIfHeard(
  interrupt: InterruptGate,
  command: string,
  whole: string,
  result?: Record<string, unknown>,
): Promise<void> {
  const signal = await interrupt.settle();
  if (!signal) return;
  const e = fail("interrupted", `${signal}: ${command} stopped once it had written`, undefined, [
    whole,
  ]);
  // For --json: what was written, as the report of a finished run would list it.
  if (result) e.result = result;
  throw e;
}

/** How many files a command wrote whole, for stopIfHeard. */
export function filesWhole(count: number): string {
  return count === 1 ? "its file was written whole" : `its ${count} files were written whole`;
}

import { fail } from "../errors.js";
import type { FileToWrite } from "../output/write-atomic.js";
import { interruptGate } from "./interrupt-gate.js";
import type { Io } from "./io.js";

/**
 * Writes a command's files, a signal heard only once they are all written. Why: `init
 * --eject`, `diff -o` and `extract` may write a gigabyte (a pack, a run's pictures, a PDF's
 * sources) in seconds of synchronous writing, and a Ctrl-C or SIGTERM then ended the process
 * with their temporary files left in the folders for good (only a merge tidies such files).
 * A signal before the writing stops the command with nothing written (exit 130).
 */
export function writeFilesWhole(
  files: FileToWrite[],
  write: (files: FileToWrite[]) => unknown,
  how: { io: Io; note: (message: string) => void; command: string },
): void {
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
  } finally {
    interrupt.release();
  }
}

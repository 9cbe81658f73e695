import { lstatSync, type Stats } from "node:fs";
import { fail } from "../errors.js";
import { fileKind } from "../file-kind.js";

/**
 * Refuses an output name where a folder, a device, a named pipe or a socket is. Why: every
 * output is written under a temporary name and renamed over its own, which fails on a folder
 * only after the work is done (EISDIR), and replaces a device with a file: run as root,
 * `--emit markup -o /dev/null` or `extract -o /dev/null` left /dev/null a regular file, which
 * every later program then wrote into. A link is replaced, never followed, so it may stand.
 * `shown`: the path as the message gives it.
 */
export function refuseNonFile(path: string, shown = path): void {
  let st: Stats | undefined;
  try {
    st = lstatSync(path, { throwIfNoEntry: false });
  } catch {
    // Below a file (ENOTDIR), or not to be looked at: the write says why.
    return;
  }
  if (!st || st.isFile() || st.isSymbolicLink()) return;
  throw fail("output", `cannot write ${shown}: it is ${fileKind(st)}, not a file`, undefined, [
    st.isDirectory()
      ? "give a file name, or end a folder's name with / to write into it"
      : "missive writes each output as a new file; -o - writes to standard output",
  ]);
}

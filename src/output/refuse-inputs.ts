import { statSync } from "node:fs";
import { relative } from "node:path";
import { fail } from "../errors.js";

/** A file the run reads, and what it is to the run (`the letter data`, `the records`). */
export interface RunInput {
  path: string;
  what: string;
}

/**
 * Returns a check that throws (exit 8) when an output path is, or is a link to, one of the
 * inputs. Why by device and inode rather than by name: `-o ./x/../letter.yaml`, a symbolic link
 * and a hard link all name the same file, and writing there would destroy the input. Call it
 * before anything is written. `cwd` shortens the paths in the message.
 */
export function refuseInputs(inputs: readonly RunInput[], cwd: string): (output: string) => void {
  const byId = new Map<string, RunInput>();
  for (const input of inputs) {
    const id = identity(input.path);
    if (id && !byId.has(id)) byId.set(id, input);
  }
  // No input exists to be overwritten (a merge's letter without images): nothing to look up.
  if (byId.size === 0) return () => {};
  return (output) => {
    const id = identity(output);
    const input = id === undefined ? undefined : byId.get(id);
    if (!input) return;
    const shown = (p: string) => relative(cwd, p) || p;
    const same = shown(output) === shown(input.path);
    throw fail(
      "output",
      `${shown(output)} is ${input.what}${same ? "" : ` (${shown(input.path)})`}, an input of this run; missive never writes over its inputs`,
      undefined,
      ["choose another output name or folder (-o, --name, --manifest, --combine)"],
    );
  };
}

/** Device and inode of the file a path leads to, or undefined when there is none. */
function identity(path: string): string | undefined {
  try {
    // Most outputs do not exist yet: asked not to throw, stat says so without an exception.
    const st = statSync(path, { bigint: true, throwIfNoEntry: false });
    return st?.isFile() ? `${st.dev}:${st.ino}` : undefined;
  } catch {
    // Nothing there (or a file where a folder should be): writing it is reported where it fails.
    return undefined;
  }
}

import { fail, isMissiveError, type MissiveError } from "../errors.js";

/** The error for a file that cannot be written, with a hint from the system's reason. */
export function cannotWrite(path: string, e: unknown): MissiveError {
  if (isMissiveError(e)) return e;
  const err = e as NodeJS.ErrnoException;
  return fail("output", `cannot write ${path}: ${err.code ?? err.message}`, undefined, [
    err.code === "EACCES"
      ? "check the folder's permissions"
      : err.code === "ENOSPC"
        ? "the disk is full"
        : err.code === "ENOTDIR" || err.code === "EEXIST"
          ? "a part of the path is a file, not a folder"
          : "check the output path",
  ]);
}

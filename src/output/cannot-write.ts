import { fail, isMissiveError, type MissiveError } from "../errors.js";

/** Why a file could not be written, in words, and what to do, by the system's error code. */
const REASONS: Readonly<Record<string, readonly [string, string]>> = {
  EACCES: ["permission denied", "check the folder's permissions"],
  EPERM: ["permission denied", "check the folder's permissions"],
  EROFS: ["the file system is read-only", "write to another folder with -o"],
  ENOSPC: ["no space left", "the disk is full"],
  EDQUOT: ["the disk quota is used up", "free some space, or write elsewhere with -o"],
  ENAMETOOLONG: ["the name is too long", "choose a shorter name or a shorter folder"],
  ENOTDIR: ["a part of the path is a file", "a part of the path is a file, not a folder"],
  EEXIST: ["a part of the path is a file", "a part of the path is a file, not a folder"],
};

/**
 * The error for a file that cannot be written: the reason in words with the system's code
 * (what a search finds), and a hint. Before, only the code was said ("EACCES").
 */
export function cannotWrite(path: string, e: unknown): MissiveError {
  if (isMissiveError(e)) return e;
  const err = e as NodeJS.ErrnoException;
  const known = err.code === undefined ? undefined : REASONS[err.code];
  const reason = known ? `${known[0]} (${err.code})` : (err.code ?? err.message);
  return fail("output", `cannot write ${path}: ${reason}`, undefined, [
    known?.[1] ?? "check the output path",
  ]);
}

import {
  type ErrorKind,
  fail,
  isMissiveError,
  type Location,
  type MissiveError,
} from "../errors.js";

/**
 * The error for an input file that cannot be read, located at the file, with a hint from the
 * system's reason. `pathHint` says where the path came from (the command line, --merge);
 * `kind` is what the file is to the letter (an image's failure is an asset error, exit 6).
 */
export function cannotRead(
  file: string,
  e: unknown,
  pathHint: string,
  kind: ErrorKind = "input",
  where: Location = { file },
): MissiveError {
  if (isMissiveError(e)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const message = (e as Error).message;
  if (code === "ENOENT") return fail(kind, "file not found", where, [pathHint]);
  if (code === "EISDIR") return fail(kind, `${file} is a folder, not a file`, where);
  if (code === "EACCES" || code === "EPERM")
    return fail(kind, "permission denied", where, ["check the file's permissions"]);
  if (code === "ENOTREG")
    return fail(kind, `cannot read ${file}: ${message}`, where, [
      "only regular files are read, never devices, named pipes or sockets",
    ]);
  if (code === "ELOOP")
    return fail(kind, `cannot read ${file}: its symbolic links lead round in a loop`, where, [
      "point the link at a file",
    ]);
  if (code === "ENAMETOOLONG")
    return fail(kind, `cannot read ${file}: its name is too long`, where, [
      "a file's name may have at most 255 bytes, and its path 4,096",
    ]);
  if (code === "EFBIG")
    return fail(kind, `cannot read ${file}: ${message}`, where, [
      "the README lists the size limit of each kind of input",
    ]);
  return fail(kind, `cannot read ${file}: ${code ?? message}`, where);
}

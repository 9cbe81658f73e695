import { fail, isMissiveError, type MissiveError } from "../errors.js";

/**
 * The error for an input file that cannot be read, located at the file, with a hint from the
 * system's reason. `pathHint` says where the path came from (the command line, --merge).
 */
export function cannotRead(file: string, e: unknown, pathHint: string): MissiveError {
  if (isMissiveError(e)) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return fail("input", "file not found", { file }, [pathHint]);
  if (code === "EISDIR") return fail("input", `${file} is a folder, not a file`, { file });
  if (code === "EACCES" || code === "EPERM")
    return fail("input", "permission denied", { file }, ["check the file's permissions"]);
  return fail("input", `cannot read ${file}: ${code ?? (e as Error).message}`, { file });
}

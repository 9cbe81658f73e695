import { realpathSync } from "node:fs";
import { isAbsolute, relative, sep } from "node:path";

/**
 * Where a file named by a letter or a pack really is, and whether that lies inside one of its
 * roots. Why after resolving symbolic links: a link inside the pack to `/etc/passwd` is
 * outside, whatever its name says; why the roots' real paths too: `/tmp` may itself be a link.
 * Returns `missing` when the file (or a folder on the way) does not exist, for the caller to
 * report as it always has.
 */
export function placeInRoots(
  path: string,
  roots: readonly string[],
): { real: string; inside: boolean } | "missing" {
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    return "missing";
  }
  return { real, inside: roots.some((root) => isWithin(realRoot(root), real)) };
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/** True when `path` is `dir` itself or below it; both are absolute, real paths. */
export function isWithin(dir: string, path: string): boolean {
  const rel = relative(dir, path);
  return rel === "" || (rel !== ".." && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

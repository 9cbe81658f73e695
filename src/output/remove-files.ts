import { rmdirSync, rmSync } from "node:fs";
import { dirname, isAbsolute, relative } from "node:path";

/**
 * Removes files this run wrote, and the folders below `within` that it leaves empty. Why: a
 * mail merge that stops at a failing record must not leave some letters behind looking like
 * a finished run, nor the empty sub-folders a `--name` pattern made for them.
 */
export function removeFiles(paths: Iterable<string>, within?: string): void {
  for (const p of paths) {
    rmSync(p, { force: true });
    if (within) removeEmptyFolders(dirname(p), within);
  }
}

/** Removes `from` and its parents while they are empty and strictly inside `top`. */
export function removeEmptyFolders(from: string, top: string): void {
  for (let dir = from; isBelow(dir, top); dir = dirname(dir)) {
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

function isBelow(dir: string, top: string): boolean {
  const rel = relative(top, dir);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

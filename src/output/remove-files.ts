import { rmdirSync, rmSync } from "node:fs";
import { dirname, isAbsolute, relative } from "node:path";
import { type Kept, restorePrevious } from "./previous-files.js";

/**
 * Removes files a run wrote, and the folders it made for them (`made`: the topmost folder of
 * each chain it made) once they are empty. Why: a mail merge that stops at a failing record
 * must not leave some letters behind looking like a finished run, nor the empty folders it
 * made for them; a folder that was there before is not its to remove, empty or not.
 */
export function removeFiles(paths: Iterable<string>, made: ReadonlySet<string> = new Set()): void {
  undoEach(paths, made, (p) => rmSync(p, { force: true }));
}

/** Like removeFiles, but puts back what a file replaced where it was kept (previous-files.ts). */
export function restoreFiles(
  paths: Iterable<string>,
  kept: Kept,
  made: ReadonlySet<string> = new Set(),
): void {
  undoEach(paths, made, (p) =>
    kept.paths.has(p) ? restorePrevious(p, kept.run) : rmSync(p, { force: true }),
  );
}

/** Undoes each file, then removes the folders made for it; one that fails stops no other. */
function undoEach(
  paths: Iterable<string>,
  made: ReadonlySet<string>,
  undo: (path: string) => void,
): void {
  let first: unknown;
  for (const p of paths) {
    try {
      undo(p);
    } catch (e) {
      first ??= e;
      continue;
    }
    for (let dir = dirname(p); madeByRun(dir, made); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
  if (first) throw first;
}

/** Whether the folder is one of `made` or inside one. */
function madeByRun(dir: string, made: ReadonlySet<string>): boolean {
  for (let d = dir; ; d = dirname(d)) {
    if (made.has(d)) return true;
    if (dirname(d) === d) return false;
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

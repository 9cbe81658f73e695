import { rmdirSync, rmSync } from "node:fs";
import { dirname, isAbsolute, relative } from "node:path";
import { restorePrevious } from "./previous-files.js";

/**
 * Removes files a run wrote, and the folders it made for them (`made`: the topmost folder of
 * each chain it made) once they are empty. Why: a mail merge that stops at a failing record
 * must not leave some letters behind looking like a finished run, nor the empty folders it
 * made for them; a folder that was there before is not its to remove, empty or not.
 */
export function removeFiles(paths: Iterable<string>, made: ReadonlySet<string> = new Set()): void {
  takeBack(paths, made, (p) => rmSync(p, { force: true }));
}

/** Like removeFiles, but puts back what each file replaced, if anything (previous-files.ts). */
export function restoreFiles(paths: Iterable<string>, made: ReadonlySet<string> = new Set()): void {
  takeBack(paths, made, restorePrevious);
}

function takeBack(
  paths: Iterable<string>,
  made: ReadonlySet<string>,
  undo: (path: string) => void,
): void {
  for (const p of paths) {
    undo(p);
    for (let dir = dirname(p); madeByRun(dir, made); dir = dirname(dir)) {
      try {
        rmdirSync(dir);
      } catch {
        break;
      }
    }
  }
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

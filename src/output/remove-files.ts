import { rmdirSync, rmSync, statSync } from "node:fs";
import { dirname, isAbsolute, relative } from "node:path";

/**
 * Removes files this run wrote, and the folders below `within` (and `within` itself) that it
 * leaves empty and that were made after `since` (ms since the epoch). Why: a mail merge that
 * stops at a failing record must not leave some letters behind looking like a finished run,
 * nor the empty folders it made for them; but a folder that was there before is not its to
 * remove, empty or not.
 */
export function removeFiles(paths: Iterable<string>, within?: string, since?: number): void {
  for (const p of paths) {
    rmSync(p, { force: true });
    if (within) removeEmptyFolders(dirname(p), within, since);
  }
  // `within` itself too, when it was made since and is left empty (an `-o` folder the run made).
  if (within && since !== undefined) removeEmptyFolders(within, dirname(within), since);
}

/**
 * Removes `from` and its parents while they are empty, strictly inside `top`, and (given
 * `since`) made after it. A file system that keeps no creation time keeps its folders.
 */
export function removeEmptyFolders(from: string, top: string, since?: number): void {
  for (let dir = from; isBelow(dir, top); dir = dirname(dir)) {
    if (since !== undefined && !madeSince(dir, since)) return;
    try {
      rmdirSync(dir);
    } catch {
      return;
    }
  }
}

/**
 * Why the margin: the kernel stamps files with a clock that lags the real one by up to a
 * tick (4–10 ms), so a folder made just after the run started can look a little older.
 */
const CLOCK_LAG_MS = 20;

function madeSince(dir: string, since: number): boolean {
  const born = statSync(dir, { throwIfNoEntry: false })?.birthtimeMs ?? 0;
  return born > 0 && born >= since - CLOCK_LAG_MS;
}

function isBelow(dir: string, top: string): boolean {
  const rel = relative(top, dir);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
}

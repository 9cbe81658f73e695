import { readlinkSync, realpathSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { isWithin } from "./is-within.js";

/**
 * Where a file named by a letter or a pack really is, and whether that lies inside one of its
 * roots. Why after resolving symbolic links: a link inside the pack to `/etc/passwd` is
 * outside, whatever its name says; why the roots' real paths too: `/tmp` may itself be a link.
 * Returns `missing` when the file (or a folder on the way) does not exist and would lie inside
 * a root, for the caller to report as it always has. A missing file outside is outside, as an
 * existing one is: else the answer would tell a letter from a pull request which files exist
 * on the machine outside its folder.
 */
export function placeInRoots(
  path: string,
  roots: readonly string[],
): { real: string; inside: boolean } | "missing" {
  let real: string;
  let missing = false;
  try {
    real = realpathSync(path);
  } catch {
    real = wouldBe(resolve(path), 0);
    missing = true;
  }
  const inside = roots.some((root) => isWithin(realRoot(root), real));
  return missing && inside ? "missing" : { real, inside };
}

/** Links followed at most this deep for a path that does not exist (a loop stops there). */
const MAX_LINKS = 40;

/**
 * The real path a missing file would have: its nearest existing folder's real path, with the
 * rest of the name, following a dangling link to where it points.
 */
function wouldBe(path: string, links: number): string {
  try {
    return realpathSync(path);
  } catch {
    const parent = dirname(path);
    if (parent === path || links > MAX_LINKS) return path;
    const here = join(wouldBe(parent, links + 1), basename(path));
    try {
      return wouldBe(resolve(dirname(here), readlinkSync(here)), links + 1);
    } catch {
      return here;
    }
  }
}

function realRoot(root: string): string {
  try {
    return realpathSync(root);
  } catch {
    return root;
  }
}

/**
 * The real path of `path`, after every symbolic link; for a missing one, what it would be
 * (its nearest existing folder's real path, with the rest of the name).
 */
export function realPlace(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    return wouldBe(resolve(path), 0);
  }
}

/**
 * Each path with the real path of its folder now (realPlace), which the folder must stay while
 * a run writes into it (output/still-inside.ts).
 */
export function foldersOf(paths: readonly string[]): Map<string, string> {
  return new Map(paths.map((p) => [p, realPlace(dirname(p))]));
}

/**
 * Why a file about to be written at `path` would land outside the folder `root` (a symbolic
 * link on the way: `out/x -> ~/.ssh`), in words for a message, or undefined when it would not;
 * paths are shown relative to `cwd`. Why a check before writing: the folder may be a
 * checked-out pull request holding such a link.
 */
export function linkOut(path: string, root: string, cwd: string): string | undefined {
  const place = placeInRoots(path, [root]);
  if (place === "missing" || place.inside) return undefined;
  const shown = (p: string) => relative(cwd, p) || p;
  return `${shown(path)} would be written outside ${shown(root)}: a link leads to ${place.real}`;
}

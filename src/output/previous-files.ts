import { constants, copyFileSync, linkSync, renameSync, rmSync } from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * The file a write replaces is first kept under a hidden name beside it (a hard link: no
 * copy, one call), so that a run that fails can put it back. Why: a mail merge run again
 * into the folder of an earlier run replaces that run's letters one by one; when it then
 * stopped at a failing record, removing what it had written used to leave the earlier run's
 * manifest listing letters that were gone. A run that is killed outright leaves these
 * `.NAME.missive-previous` files behind; the next write of NAME replaces them.
 */
export function previousName(path: string): string {
  return join(dirname(path), `.${basename(path)}.missive-previous`);
}

/** Keeps the file at `path`, if there is one, under its previous name. */
export function keepPrevious(path: string): void {
  const kept = previousName(path);
  try {
    linkSync(path, kept);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return;
    if (code === "EEXIST") {
      // Left by a run that was killed, whose own letter then replaced what it had kept.
      rmSync(kept, { force: true });
      linkSync(path, kept);
      return;
    }
    // A file system without hard links, or a file another user owns (protected_hardlinks):
    // a copy (a clone where the file system offers it). Should that fail too, the write
    // goes ahead, as it would without this file; a failed run then cannot put it back.
    try {
      copyFileSync(path, kept, constants.COPYFILE_FICLONE);
    } catch {
      rmSync(kept, { force: true });
    }
  }
}

/** Puts back the file `path` replaced, or removes `path` if it replaced none. */
export function restorePrevious(path: string): void {
  try {
    renameSync(previousName(path), path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    rmSync(path, { force: true });
  }
}

/** Forgets the file `path` replaced: the write that replaced it stands. */
export function dropPrevious(path: string): void {
  rmSync(previousName(path), { force: true });
}

import { createHash } from "node:crypto";
import {
  constants,
  copyFileSync,
  linkSync,
  lstatSync,
  readlinkSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
} from "node:fs";
import { basename, dirname, join } from "node:path";

/**
 * The file a write replaces is first kept under a hidden name beside it (a hard link: no
 * copy, one call), so that a run that fails can put it back. Why: a mail merge run again
 * into the folder of an earlier run replaces that run's letters one by one; when it then
 * stopped at a failing record, removing what it had written used to leave the earlier run's
 * manifest listing letters that were gone.
 *
 * The hidden name is `.missive-previous-RUN-HASH`: RUN names the run, so one run never takes
 * or puts back what another left (a run killed outright leaves its kept files, which hold the
 * letters it had replaced, for the user to keep or delete), and HASH stands for the file's
 * name, so the hidden name is short however long that is.
 */
export function previousName(path: string, run: string): string {
  const hash = createHash("sha256").update(basename(path)).digest("hex").slice(0, 16);
  return join(dirname(path), `.missive-previous-${run}-${hash}`);
}

/** Keeps the file at `path`, if there is one; says whether it did. */
export function keepPrevious(path: string, run: string): boolean {
  const kept = previousName(path, run);
  const link = linkTarget(path);
  if (link === null) return false;
  if (link !== undefined) return keepLink(link, kept);
  try {
    linkSync(path, kept);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") return false;
    // Kept already by this run (a record tried again after its worker ran out of memory):
    // what is at `path` now is that first try's letter, not the earlier one.
    if (code === "EEXIST") return true;
  }
  // A file system without hard links, or a file another user owns (protected_hardlinks): a
  // copy (a clone where the file system offers it). Should that fail too, the write goes
  // ahead as it would without this file, which a failed run then cannot put back.
  try {
    copyFileSync(path, kept, constants.COPYFILE_EXCL | constants.COPYFILE_FICLONE);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "EEXIST") return true;
    rmSync(kept, { force: true });
    return false;
  }
}

/**
 * What the symbolic link at `path` holds; undefined when it is no link, null when nothing is
 * there. Why: a link is kept as the link, never through it. The output folder may come from a
 * pull request (`out/ann.pdf -> ~/.ssh/id_rsa`): where a hard link cannot be made the copy
 * took what the link led to, and a run that failed put it back in the folder as a file.
 */
function linkTarget(path: string): string | null | undefined {
  try {
    return lstatSync(path).isSymbolicLink() ? readlinkSync(path) : undefined;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    return undefined;
  }
}

function keepLink(target: string, kept: string): boolean {
  try {
    symlinkSync(target, kept);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === "EEXIST";
  }
}

/** Puts back the file `path` replaced, which keepPrevious kept. */
export function restorePrevious(path: string, run: string): void {
  renameSync(previousName(path, run), path);
}

/** Forgets the file `path` replaced, which keepPrevious kept: the write that replaced it stands. */
export function dropPrevious(path: string, run: string): void {
  try {
    unlinkSync(previousName(path, run));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
  }
}

/** The files a run kept before replacing them. */
export interface Kept {
  run: string;
  paths: ReadonlySet<string>;
}

/** Forgets every file a finished run kept; one that fails stops no other, then it throws. */
export function dropKept(kept: Kept): void {
  let first: unknown;
  for (const p of kept.paths) {
    try {
      dropPrevious(p, kept.run);
    } catch (e) {
      first ??= e;
    }
  }
  if (first) throw first;
}

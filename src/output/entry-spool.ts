import { closeSync, mkdirSync, openSync, rmSync } from "node:fs";
import { basename, dirname } from "node:path";
import type { MissiveError } from "../errors.js";
import { cannotWrite } from "./cannot-write.js";
import { readAt } from "./read-at.js";
import { removeEmptyFolders } from "./remove-files.js";
import { spoolPath } from "./temp-names.js";
import { writeAll } from "./write-all.js";

/** A merge's manifest entries, as text kept in a temporary file and read back by number. */
export interface EntrySpool {
  /** Stores a text; returns its number. */
  add(text: string): number;
  get(slot: number): string;
  /** Removes the file; the spool cannot be used afterwards. */
  dispose(): void;
}

/**
 * A spool in a hidden temporary file beside `near` (the manifest), created at the first text.
 * Why a file: a merge's manifest lists every record, and held in memory its text would make
 * 100,000 records need far more memory than 10,000; on disk each text costs two numbers. Why
 * beside the manifest rather than in $TMPDIR: that folder is being written anyway, and /tmp
 * is often a small RAM disk.
 */
export function openEntrySpool(near: string): EntrySpool {
  const path = spoolPath(near);
  const starts: number[] = [];
  const lengths: number[] = [];
  let fd: number | undefined;
  let end = 0;
  let disposed = false;
  // The first folder the spool had to make, so a run that fails leaves no empty folders.
  let made: string | undefined;
  const file = (): number => {
    if (disposed) throw new Error("the spool was disposed");
    if (fd === undefined) {
      made ??= mkdirSync(dirname(path), { recursive: true });
      fd = openSync(path, "wx+", 0o600);
    }
    return fd;
  };
  return {
    add(text) {
      try {
        const out = file();
        const bytes = Buffer.from(text, "utf8");
        writeAll(out, bytes, end);
        starts.push(end);
        lengths.push(bytes.length);
        end += bytes.length;
        return starts.length - 1;
      } catch (e) {
        throw cannotKeep(near, path, e);
      }
    },
    get(slot) {
      const start = starts[slot];
      const length = lengths[slot];
      if (start === undefined || length === undefined) throw new RangeError(`no text ${slot}`);
      return readAt(file(), start, length);
    },
    dispose() {
      if (disposed) return;
      disposed = true;
      if (fd !== undefined) {
        closeSync(fd);
        rmSync(path, { force: true });
      }
      if (made) removeEmptyFolders(dirname(path), dirname(made));
    },
  };
}

/**
 * The error for a spool that cannot be written, named by the manifest it keeps entries for:
 * the temporary name (`.manifest.json.3f2a….entries.tmp`) means nothing to the user, who
 * asked for the manifest (or for an output folder the merge cannot write into).
 */
function cannotKeep(manifest: string, spool: string, e: unknown): MissiveError {
  const err = cannotWrite(manifest, e);
  err.problems[0]?.hints?.push(
    `while the merge runs, the manifest's entries are kept beside it in ${basename(spool)}`,
  );
  return err;
}

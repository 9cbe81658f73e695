import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { cannotWrite } from "./cannot-write.js";
import { dropPrevious, keepPrevious } from "./previous-files.js";
import { removeFiles, restoreFiles } from "./remove-files.js";
import { writeAll } from "./write-all.js";

export interface FileToWrite {
  path: string;
  /** Bytes, text, or text in pieces (written one after another, never joined in memory). */
  data: Uint8Array | string | Iterable<string>;
}

/**
 * Writes several files so that each final name appears only when every file is complete, and
 * returns the folders it had to make (the topmost of each), so a failed run can remove them:
 * all are written to temporary files in their target folders first, then renamed. Why: a
 * letter half-written under its final name is worse than none; on failure nothing is left.
 * `durable: false` skips fsync: the rename stays atomic, but after a power cut a file may be
 * empty. A mail merge uses it (fsync cost as much as painting a page) because its manifest
 * records each file's size, so a re-run with --skip-unchanged finds and redoes such files.
 * `previous` says what happens to the files the new ones replace (previous-files.ts): "drop"
 * keeps each until all are renamed, to put back if one fails; "keep" leaves them for the
 * caller, a mail merge that can still fail later; "none": the caller knows there are none.
 */
export function writeFilesAtomic(
  files: FileToWrite[],
  opts: { durable?: boolean; previous?: "drop" | "keep" | "none" } = {},
): string[] {
  const durable = opts.durable ?? true;
  const previous = opts.previous ?? "drop";
  const temps: { tmp: string; path: string }[] = [];
  const renamed: string[] = [];
  const made: string[] = [];
  let current = files[0]?.path ?? "output";
  try {
    for (const f of files) {
      current = f.path;
      const tmp = join(
        dirname(f.path),
        `.${basename(f.path)}.${randomBytes(4).toString("hex")}.tmp`,
      );
      const fd = createFile(tmp, made);
      temps.push({ tmp, path: f.path });
      try {
        writeData(fd, f.data);
        if (durable) fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const t of temps) {
      current = t.path;
      if (previous !== "none") keepPrevious(t.path);
      renameSync(t.tmp, t.path);
      renamed.push(t.path);
    }
    if (previous === "drop") for (const p of renamed) dropPrevious(p);
    return made;
  } catch (e) {
    // A letter's files appear together or not at all, and so do the folders made for them;
    // the files they replaced are put back.
    removeFiles(
      temps.map((t) => t.tmp),
      new Set(made),
    );
    restoreFiles(renamed, new Set(made));
    if (previous !== "none") for (const t of temps) dropPrevious(t.path);
    throw cannotWrite(current, e);
  }
}

/**
 * Creates a new file, and its folder when missing, noting in `made` the topmost folder it
 * made. Why not a mkdir before every file: a merge writes tens of thousands of files into
 * folders that exist, and each mkdir costs two calls.
 */
function createFile(path: string, made: string[]): number {
  try {
    return openSync(path, "wx", 0o644);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== "ENOENT") throw e;
    const top = mkdirSync(dirname(path), { recursive: true });
    if (top) made.push(top);
    return openSync(path, "wx", 0o644);
  }
}

function writeData(fd: number, data: FileToWrite["data"]): void {
  if (data instanceof Uint8Array) writeAll(fd, data);
  else if (typeof data === "string") writeAll(fd, Buffer.from(data, "utf8"));
  else writePieces(fd, data);
}

/** Why gathered to ~64 KB: a Buffer per small piece would churn memory for nothing. */
function writePieces(fd: number, pieces: Iterable<string>): void {
  let chunk = "";
  for (const piece of pieces) {
    chunk += piece;
    if (chunk.length >= 65_536) {
      writeAll(fd, Buffer.from(chunk, "utf8"));
      chunk = "";
    }
  }
  if (chunk) writeAll(fd, Buffer.from(chunk, "utf8"));
}

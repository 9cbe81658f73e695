import { randomBytes } from "node:crypto";
import { closeSync, fsyncSync, mkdirSync, openSync, renameSync } from "node:fs";
import { dirname } from "node:path";
import { cannotWrite } from "./cannot-write.js";
import { refuseNonFile } from "./not-a-file.js";
import { dropPrevious, keepPrevious } from "./previous-files.js";
import { removeFiles, restoreFiles } from "./remove-files.js";
import { refuseMovedOut } from "./still-inside.js";
import { writeTempPath } from "./temp-names.js";
import { writeAll } from "./write-all.js";

export interface FileToWrite {
  path: string;
  /**
   * The real path of a folder the file must land in, found when the run began: checked once
   * the file is made and once it is renamed into place (still-inside.ts).
   */
  inside?: string;
  /** Bytes, text, or text in pieces (written one after another, never joined in memory). */
  data: Uint8Array | string | Iterable<string>;
}

/** What writeFilesAtomic did besides writing. */
export interface Written {
  /** The folders it had to make (the topmost of each). */
  made: string[];
  /** The files whose earlier version it kept (previous-files.ts), with `previous: { run }`. */
  kept: string[];
}

/**
 * Writes several files so that each final name appears only when every file is complete, and
 * says which folders it had to make, so a failed run can remove them: all are written to
 * temporary files in their target folders first, then renamed. Why: a letter half-written
 * under its final name is worse than none; on failure nothing is left, and the files they
 * replaced are put back. `durable: false` skips fsync: the rename stays atomic, but after a
 * power cut a file may be empty. A mail merge uses it (fsync cost as much as painting a page)
 * because its manifest records each file's size, so a re-run with --skip-unchanged finds and
 * redoes such files. `previous` says what becomes of the files the new ones replace: by
 * default each is kept until all are renamed; `{ run }` keeps them for the caller, a mail
 * merge that can still fail later; `false`: the caller knows there are none. `owner`: the
 * temporary files' maker (temp-owner.ts), which a caller writing many letters finds once.
 */
export function writeFilesAtomic(
  files: FileToWrite[],
  opts: { durable?: boolean; previous?: false | { run: string }; owner?: string } = {},
): Written {
  const durable = opts.durable ?? true;
  const { previous } = opts;
  const run =
    previous === undefined ? randomBytes(6).toString("hex") : previous ? previous.run : undefined;
  const temps: { tmp: string; path: string; inside?: string }[] = [];
  const renamed: string[] = [];
  const kept: string[] = [];
  const made: string[] = [];
  // Before any temporary file is made: a failure here leaves nothing to take back.
  for (const f of files) refuseNonFile(f.path);
  let current = files[0]?.path ?? "output";
  try {
    for (const f of files) {
      current = f.path;
      // A name of its own, however long the final one is (a name has at most 255 bytes).
      const tmp = writeTempPath(dirname(f.path), opts.owner);
      const fd = createFile(tmp, made);
      temps.push({ tmp, path: f.path, ...(f.inside ? { inside: f.inside } : {}) });
      if (f.inside) refuseMovedOut(f.path, f.inside);
      try {
        writeData(fd, f.data);
        if (durable) fsyncSync(fd);
      } finally {
        closeSync(fd);
      }
    }
    for (const t of temps) {
      current = t.path;
      if (run && keepPrevious(t.path, run)) kept.push(t.path);
      renameSync(t.tmp, t.path);
      renamed.push(t.path);
      if (t.inside) refuseMovedOut(t.path, t.inside);
    }
    if (run && previous === undefined) for (const p of kept) dropPrevious(p, run);
    return { made, kept: previous ? kept : [] };
  } catch (e) {
    // A letter's files appear together or not at all, and so do the folders made for them;
    // the files they replaced are put back. Each step is tried whatever the one before did,
    // and the write's own error is the one to report.
    const folders = new Set(made);
    const steps = [
      () =>
        removeFiles(
          temps.map((t) => t.tmp),
          folders,
        ),
      // With nothing kept (or no run), this removes each file.
      () => restoreFiles(renamed, { run: run ?? "", paths: new Set(kept) }, folders),
      () => {
        if (run) for (const p of kept) if (!renamed.includes(p)) dropPrevious(p, run);
      },
    ];
    for (const step of steps) {
      try {
        step();
      } catch {}
    }
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

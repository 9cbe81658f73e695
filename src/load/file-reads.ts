import type { Stats } from "node:fs";

/**
 * What a file was when missive read it: its device and inode (which file it is, whatever
 * the path that led to it), its size and its change and modification times. Why: a code
 * frame reads the file again by name once the error is known, and shows its line only when
 * the file it opens is still this one, unchanged — a comparison of the file with itself, so
 * a filesystem whose clock runs ahead of the process's (NFS) loses no frame.
 */
export interface FileStamp {
  dev: number;
  ino: number;
  size: number;
  ctimeMs: number;
  mtimeMs: number;
}

/**
 * The files one run read, by absolute path: passed explicitly (a reporter makes one for its
 * run) and a plain Map, so it survives a worker's message. A path read twice as two files
 * (a merge reads its records three times) is marked as matching no file: an error found in
 * the first read must not show a line of the second.
 */
export type FileReads = Map<string, FileStamp>;

export function stampOf(st: Stats): FileStamp {
  return { dev: st.dev, ino: st.ino, size: st.size, ctimeMs: st.ctimeMs, mtimeMs: st.mtimeMs };
}

/** Notes that `path` was read as the open file `st` describes (when a run keeps a record). */
export function noteRead(reads: FileReads | undefined, path: string, st: Stats): void {
  if (reads) noteStamp(reads, path, stampOf(st));
}

/** Notes `stamp` for `path`; one that differs from the stamp already noted poisons it. */
export function noteStamp(reads: FileReads, path: string, stamp: FileStamp): void {
  const was = reads.get(path);
  reads.set(path, was === undefined || sameStamp(was, stamp) ? stamp : CHANGED);
}

/** A stamp no file has (inode -1): the file changed while the run read it. */
const CHANGED: FileStamp = Object.freeze({ dev: -1, ino: -1, size: -1, ctimeMs: -1, mtimeMs: -1 });

/**
 * Notes every file of `from` (a pack's own record) into the run's record. Why: a pack is read
 * once a thread and remembered, and its errors (`letter.hbs:2:7`) are shown by each run.
 */
export function noteAllReads(reads: FileReads | undefined, from: FileReads): void {
  if (reads) for (const [path, stamp] of from) noteStamp(reads, path, stamp);
}

/** Whether the open file `st` is the very file recorded, unchanged since it was read. */
export function sameAsRead(read: FileStamp, st: Stats): boolean {
  return sameStamp(read, stampOf(st));
}

function sameStamp(read: FileStamp, now: FileStamp): boolean {
  return (
    now.dev === read.dev &&
    now.ino === read.ino &&
    now.size === read.size &&
    now.ctimeMs === read.ctimeMs &&
    now.mtimeMs === read.mtimeMs
  );
}

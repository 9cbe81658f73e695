import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Texts kept in a temporary file and read back by number. */
export interface TextSpool {
  /** Stores a text; returns its number. */
  add(text: string): number;
  get(slot: number): string;
  /** Removes the file; the spool cannot be used afterwards. */
  dispose(): void;
}

/**
 * Opens a spool in a fresh temporary folder. Why a file: a merge's manifest lists every
 * record, and held in memory its text would make a run of 100,000 records need ten times
 * the memory of 10,000; on disk each text costs two numbers.
 */
export function openTextSpool(): TextSpool {
  const dir = mkdtempSync(join(tmpdir(), "missive-merge-"));
  const fd = openSync(join(dir, "entries.json"), "w+", 0o600);
  const starts: number[] = [];
  const lengths: number[] = [];
  let end = 0;
  let open = true;
  return {
    add(text) {
      const bytes = Buffer.from(text, "utf8");
      for (let done = 0; done < bytes.length; )
        done += writeSync(fd, bytes, done, bytes.length - done, end + done);
      starts.push(end);
      lengths.push(bytes.length);
      end += bytes.length;
      return starts.length - 1;
    },
    get(slot) {
      const start = starts[slot];
      const length = lengths[slot];
      if (start === undefined || length === undefined) throw new RangeError(`no text ${slot}`);
      const bytes = Buffer.allocUnsafe(length);
      for (let done = 0; done < length; ) {
        const n = readSync(fd, bytes, done, length - done, start + done);
        if (n === 0) throw new Error(`text ${slot} was cut short in the spool`);
        done += n;
      }
      return bytes.toString("utf8");
    },
    dispose() {
      if (!open) return;
      open = false;
      closeSync(fd);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

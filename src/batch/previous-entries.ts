import { closeSync, openSync, readSync } from "node:fs";
import type { Manifest, ManifestEntry } from "./manifest.js";

/** The previous run's manifest entries, by record index (for --skip-unchanged). */
export interface PreviousEntries {
  get(index: number): ManifestEntry | undefined;
  close(): void;
}

const NONE: PreviousEntries = { get: () => undefined, close: () => {} };
const CHUNK = 1 << 16;
const START = "    {";
const ENDS = new Set(["    }", "    },"]);

/**
 * Opens the previous manifest and notes where each entry lies, reading an entry only when its
 * record comes up. Why: parsed whole, the manifest of 100,000 records would hold 100,000
 * entry objects for the whole run; noted, each costs three numbers. Entries are found by
 * missive's own layout, so one the scan misses (edited onto one line, say) or one that no
 * longer reads back (the file changed during the run) only means that record is rendered
 * again. A manifest with no entry in that layout (minified) is parsed whole; one that cannot
 * be read or parsed counts as none, so every record is rendered.
 */
export function openPreviousEntries(path: string): PreviousEntries {
  let fd: number;
  try {
    fd = openSync(path, "r");
  } catch {
    return NONE;
  }
  try {
    const places = entryPlaces(fd);
    if (places)
      return {
        get(index) {
          const place = places.get(index);
          if (!place) return undefined;
          try {
            const entry = JSON.parse(read(fd, ...place)) as ManifestEntry;
            return entry?.index === index ? entry : undefined;
          } catch {
            return undefined;
          }
        },
        close: () => closeSync(fd),
      };
    const whole = parsedWhole(fd);
    closeSync(fd);
    return whole;
  } catch {
    closeSync(fd);
    return NONE;
  }
}

/** Byte ranges of the entries by index, or undefined when the layout is not missive's own. */
function entryPlaces(fd: number): Map<number, [number, number]> | undefined {
  const places = new Map<number, [number, number]>();
  let start = -1;
  for (const [line, at, end] of lines(fd)) {
    if (line === START) start = at;
    else if (start >= 0 && ENDS.has(line)) {
      const length = end - (line.endsWith(",") ? 1 : 0) - start;
      const entry = JSON.parse(read(fd, start, length)) as Partial<ManifestEntry>;
      if (typeof entry?.index !== "number") return undefined;
      places.set(entry.index, [start, length]);
      start = -1;
    }
  }
  return places.size > 0 ? places : undefined;
}

/** Lines of the file with their byte offsets (start, end without the newline). */
function* lines(fd: number): Generator<[string, number, number]> {
  const buf = Buffer.allocUnsafe(CHUNK);
  let carry = Buffer.alloc(0);
  let carryAt = 0;
  for (let pos = 0; ; ) {
    const n = readSync(fd, buf, 0, CHUNK, pos);
    const data = n === 0 ? carry : Buffer.concat([carry, buf.subarray(0, n)]);
    let from = 0;
    for (let nl = data.indexOf(10); nl >= 0; nl = data.indexOf(10, from)) {
      yield [data.toString("utf8", from, nl), carryAt + from, carryAt + nl];
      from = nl + 1;
    }
    if (n === 0) {
      if (from < data.length)
        yield [data.toString("utf8", from), carryAt + from, carryAt + data.length];
      return;
    }
    carry = Buffer.from(data.subarray(from));
    carryAt += from;
    pos += n;
  }
}

function parsedWhole(fd: number): PreviousEntries {
  const chunks: Buffer[] = [];
  for (let pos = 0; ; ) {
    const buf = Buffer.allocUnsafe(CHUNK);
    const n = readSync(fd, buf, 0, CHUNK, pos);
    if (n === 0) break;
    chunks.push(buf.subarray(0, n));
    pos += n;
  }
  const m = JSON.parse(Buffer.concat(chunks).toString("utf8")) as Partial<Manifest>;
  const byIndex = new Map<number, ManifestEntry>();
  for (const e of Array.isArray(m?.entries) ? m.entries : []) byIndex.set(e.index, e);
  return { get: (index) => byIndex.get(index), close: () => {} };
}

function read(fd: number, start: number, length: number): string {
  const bytes = Buffer.allocUnsafe(length);
  for (let done = 0; done < length; ) {
    const n = readSync(fd, bytes, done, length - done, start + done);
    if (n === 0) throw new Error("the manifest changed while it was read");
    done += n;
  }
  return bytes.toString("utf8");
}

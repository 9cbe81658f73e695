import { closeSync, constants, fstatSync, openSync, readFileSync, readSync } from "node:fs";
import { readAt } from "../output/read-at.js";
import type { EntryWarning, Manifest, ManifestEntry } from "./manifest.js";
import type { FileEntry } from "./render-record.js";

/** The previous run's manifest entries, by record index (for --skip-unchanged). */
export interface PreviousEntries {
  get(index: number): ManifestEntry | undefined;
  /** Every usable entry, one at a time, by index. */
  all(): Iterable<ManifestEntry>;
  close(): void;
}

const NONE: PreviousEntries = { get: () => undefined, all: () => [], close: () => {} };
const CHUNK = 1 << 16;
const START = "    {";
const ENDS: ReadonlySet<string> = new Set(["    }", "    },"]);
const INDEX = /^ {6}"index": (\d+),$/;
/**
 * The longest line the scan reads, and the largest manifest parsed whole. Why: the manifest
 * lies in the output folder, which a pull request may fill; a line of 300 MB was gathered a
 * chunk at a time, copied again for each (minutes, half a gigabyte). Missive writes lines of
 * one field; a manifest of a million letters is some 600 MB, but never one line.
 */
const MAX_LINE_BYTES = 1 << 20;
const MAX_WHOLE_BYTES = 64 * 1024 * 1024;

/**
 * Opens the previous manifest and notes where each entry lies, reading an entry only when its
 * record comes up. Why: parsed whole, the manifest of 100,000 records would hold 100,000
 * entry objects for the whole run; noted, each costs three numbers. Entries are found by
 * missive's own layout, so one the scan misses (edited onto one line, say) or one that no
 * longer reads back (the file changed during the run) only means that record is rendered
 * again. A manifest with no entry in that layout (minified) is parsed whole, up to 64 MiB; one
 * that cannot be read or parsed counts as none, so every record is rendered. So does one that
 * is no regular file: opened without blocking, as every input is (read-regular.ts), a named
 * pipe or `/dev/zero` in the output folder held the merge for ever.
 */
export function openPreviousEntries(path: string): PreviousEntries {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch {
    return NONE;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw new Error("not a regular file");
    const places = entryPlaces(fd);
    if (places) {
      const get = (index: number) => {
        const place = places.get(index);
        if (!place) return undefined;
        try {
          return usable(JSON.parse(readAt(fd, ...place)), index);
        } catch {
          return undefined;
        }
      };
      return { get, all: () => each(places.keys(), get), close: () => closeSync(fd) };
    }
    if (st.size > MAX_WHOLE_BYTES) throw new Error("too large to parse whole");
    const whole = parsedWhole(fd);
    closeSync(fd);
    return whole;
  } catch {
    closeSync(fd);
    return NONE;
  }
}

/**
 * Byte ranges of the entries by index, or undefined when no entry is laid out as missive
 * writes it. The index is read from an entry's first field, so the scan parses nothing;
 * an entry that does not parse is found out when its record comes up.
 */
function entryPlaces(fd: number): Map<number, [number, number]> | undefined {
  const places = new Map<number, [number, number]>();
  let start = -1;
  let index: number | undefined;
  for (const [line, at, end] of lines(fd)) {
    if (line === START) {
      start = at;
      index = undefined;
    } else if (start >= 0 && index === undefined && INDEX.test(line)) {
      index = Number(INDEX.exec(line)?.[1]);
    } else if (start >= 0 && ENDS.has(line)) {
      if (index !== undefined)
        places.set(index, [start, end - (line.endsWith(",") ? 1 : 0) - start]);
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
    // No line of missive's is that long: the entries before it stand, the rest are rendered.
    if (data.length - from > MAX_LINE_BYTES) return;
    carry = Buffer.from(data.subarray(from));
    carryAt += from;
    pos += n;
  }
}

function parsedWhole(fd: number): PreviousEntries {
  const m = JSON.parse(readFileSync(fd, "utf8")) as Partial<Manifest>;
  const byIndex = new Map<number, ManifestEntry>();
  for (const e of Array.isArray(m?.entries) ? m.entries : []) byIndex.set(e?.index, e);
  const get = (index: number) => usable(byIndex.get(index), index);
  return { get, all: () => each(byIndex.keys(), get), close: () => {} };
}

function* each(
  indexes: Iterable<number>,
  get: (index: number) => ManifestEntry | undefined,
): Generator<ManifestEntry> {
  for (const i of [...indexes].sort((a, b) => a - b)) {
    const e = get(i);
    if (e) yield e;
  }
}

/**
 * The entry when it has the shape --skip-unchanged reads, else undefined (its record is
 * rendered again). Why check: the manifest is a file anyone may have edited or cut short, and
 * an entry whose `files` is not a list would otherwise stop the run as a bug in missive.
 */
function usable(e: unknown, index: number): ManifestEntry | undefined {
  const entry = e as Partial<ManifestEntry> | null | undefined;
  const text = (v: unknown) => typeof v === "string";
  const file = (f: unknown) =>
    text((f as FileEntry | null)?.path) && typeof (f as FileEntry).bytes === "number";
  const ok =
    entry?.index === index &&
    text(entry.status) &&
    text(entry.inputHash) &&
    Array.isArray(entry.files) &&
    entry.files.every(file) &&
    Array.isArray(entry.assets) &&
    entry.assets.every(text);
  return ok ? { ...(entry as ManifestEntry), warnings: entryWarnings(entry.warnings) } : undefined;
}

/**
 * A skipped record's warnings, carried into the new manifest and printed again, in this
 * version's form. Why: earlier manifests listed each warning as one line of text.
 */
function entryWarnings(ws: unknown): EntryWarning[] {
  if (!Array.isArray(ws)) return [];
  return ws.flatMap((w: unknown): EntryWarning[] => {
    if (typeof w === "string") return [{ message: w }];
    const { message, location } = (w ?? {}) as Partial<EntryWarning>;
    if (typeof message !== "string") return [];
    return [{ message, ...(typeof location === "string" ? { location } : {}) }];
  });
}

import { dirname, relative, resolve, sep } from "node:path";
import { formatLocation, type Problem, type Warning } from "../errors.js";
import { jsonText } from "../json-text.js";
import type { ErrorData, FileEntry, RecordResult } from "./render-record.js";

/** One record's line in the manifest; paths are relative to the manifest's folder. */
export interface ManifestEntry {
  index: number;
  line: number;
  status: "rendered" | "skipped" | "failed";
  inputHash: string;
  files: FileEntry[];
  pages?: number;
  /** Each with its place in the data as the text `file:line:col: path`, as errors' problems. */
  warnings: EntryWarning[];
  /** Images the letter used, so --skip-unchanged can notice when one changes. */
  assets: string[];
  error?: EntryError;
}

/**
 * Why a record failed. `message` (every problem's, joined) and `location` (the first's) are
 * what the first manifests had; `problems` lists each problem with its own place, as the
 * command line reports them.
 */
export interface EntryError {
  kind: string;
  message: string;
  location?: string;
  problems: EntryProblem[];
}

export interface EntryProblem extends EntryWarning {
  hints?: string[];
}

export interface EntryWarning {
  message: string;
  location?: string;
}

export interface Manifest {
  missive: string;
  data: string;
  records: string;
  shard: string;
  /**
   * false: the run stopped (interrupted, or at a failing record) and kept the letters it had
   * finished, which the entries list; `--resume` renders the rest (docs/merge.md).
   */
  complete: boolean;
  /** `pending`: records of this shard the run did not come to. */
  summary: { records: number; rendered: number; skipped: number; failed: number; pending: number };
  entries: ManifestEntry[];
}

/** Builds a record's entry from its render result (paths made relative to `dir`). */
export function entryFor(
  r: RecordResult,
  line: number,
  inputHash: string,
  dir: string,
): ManifestEntry {
  // Forward slashes on every system; a backslash is part of a name where it is not a separator.
  const rel = (p: string) => relative(dir, p).split(sep).join("/");
  return {
    index: r.index,
    line,
    status: r.error ? "failed" : "rendered",
    inputHash,
    files: r.files.map((f) => ({ ...f, path: rel(f.path) })),
    ...(r.pages !== undefined ? { pages: r.pages } : {}),
    warnings: r.warnings.map(entryWarning),
    assets: r.assets.map(rel),
    ...(r.error ? { error: errorEntry(r.error) } : {}),
  };
}

function errorEntry(e: ErrorData): EntryError {
  const problems = e.problems.map(entryProblem);
  const location = problems[0]?.location;
  return {
    kind: e.kind,
    message: problems.map((x) => x.message).join("; "),
    ...(location ? { location } : {}),
    problems,
  };
}

function entryProblem(p: Problem): EntryProblem {
  return { ...entryWarning(p), ...(p.hints?.length ? { hints: p.hints } : {}) };
}

function entryWarning(w: Warning): EntryWarning {
  const location = formatLocation(w.location);
  return { message: w.message, ...(location ? { location } : {}) };
}

/** Absolute path of a manifest-relative path. */
export function fromManifest(manifestPath: string, rel: string): string {
  return resolve(dirname(manifestPath), rel);
}

/** Where finished entries' texts are kept (a file, in a merge) and read back from. */
export interface EntryTexts {
  add(text: string): number;
  get(slot: number): string;
}

/**
 * A finished entry: what the summary and the exit code need, and where its text was put.
 * Why not the entry itself: ten thousand entries would make the main thread's memory grow
 * with the records file; the manifest needs only their text, in record order.
 */
export interface PackedEntry {
  index: number;
  status: ManifestEntry["status"];
  errorKind?: string;
  slot: number;
  /** Which of the entry's files had their earlier version kept, one bit each, in order. */
  kept?: number;
}

export function packEntry(e: ManifestEntry, texts: EntryTexts): PackedEntry {
  return {
    index: e.index,
    status: e.status,
    ...(e.error ? { errorKind: e.error.kind } : {}),
    slot: texts.add(jsonText(e).split("\n").join("\n    ")),
  };
}

/**
 * The manifest's text in pieces, which joined equal jsonText(manifest). Why
 * pieces: the output writes them one after another, so the whole text never sits in memory.
 */
export function* manifestText(
  head: Omit<Manifest, "entries">,
  entries: readonly PackedEntry[],
  texts: Pick<EntryTexts, "get">,
): Generator<string> {
  const top = jsonText(head).replace(/\n}$/, "");
  if (entries.length === 0) {
    yield `${top},\n  "entries": []\n}\n`;
    return;
  }
  yield `${top},\n  "entries": [\n    `;
  for (const [i, e] of entries.entries()) yield `${i === 0 ? "" : ",\n    "}${texts.get(e.slot)}`;
  yield "\n  ]\n}\n";
}

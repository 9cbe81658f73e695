import {
  fail,
  isMissiveError,
  type Location,
  MissiveError,
  type Problem,
  type Warning,
} from "../errors.js";
import type { LaidOutDoc } from "../layout/laid-out-doc.js";
import type { Format } from "../letter-options.js";
import { GUESS_BUDGET, guesser } from "../load/did-you-mean.js";
import { letterFromYaml } from "../load/load-letter.js";
import { parseYaml, type YamlData } from "../load/parse-yaml.js";
import { readText } from "../load/read-text.js";
import { fileDigest } from "../output/file-digest.js";
import { refuseInputs } from "../output/refuse-inputs.js";
import { tempOwner } from "../output/temp-owner.js";
import { writeFilesAtomic } from "../output/write-atomic.js";
import { type Rendered, type RenderOptions, renderLoaded } from "../pipeline.js";
import type { Resources } from "../resources.js";
import { type Attachment, recordAttachment, sourceAttachment } from "../write/source-attachment.js";
import { withTexts } from "./blank-items.js";
import { likelyTypo } from "./column-lookalike.js";
import type { MergeOptions } from "./merge-options.js";
import { type MergeRecord, overlayRecord, UNSAFE_KEYS } from "./merge-record.js";
import type { RecordTargets } from "./plan-names.js";
import { recordLocation } from "./record-place.js";
import { compileRecordTexts, type RecordTexts, type TextOptions } from "./record-texts.js";
import { templateKey } from "./template-path.js";
import { type CellPlace, type CellProblem, withTypedCells } from "./typed-cells.js";

/**
 * What a renderer (main thread or worker) is given: the merge's options as they are, and what
 * planning the run found out. Plain data, so it crosses threads.
 */
export interface WorkerSetup {
  options: MergeOptions;
  found: RunFacts;
}

/** What runBatch finds out before rendering, which every renderer needs. */
export interface RunFacts {
  /**
   * The run's name for the files its letters replace, kept until it ends
   * (output/previous-files.ts); null when the output folder was empty or missing.
   */
  previousRun: string | null;
  /**
   * The real path of the output folder when the names were planned, which every letter must
   * land in (output/still-inside.ts); null without one.
   */
  outReal: string | null;
  /** How the base letter's texts take record values (record-texts.ts). */
  texts: TextOptions;
  /** Which record columns that are not letter fields are dropped before the letter is checked. */
  columns: ColumnRule;
}

/**
 * Record columns that are not fields of the letter (`id`, `email`): allowed, and dropped from
 * the letter's data, when a text template or `--name` uses them, or with `--allow-unused`.
 * Why not always: an unused column is most often a misspelt field, which must stay an error.
 */
export interface ColumnRule {
  /** The top-level fields the pack's schema knows; null when the pack has no schema. */
  letterFields: string[] | null;
  /** Where the letter takes a list, true or false, or a number, which a record may give as text (typed-cells.ts). */
  cellPlaces: CellPlace[];
  /** Fields `--name` reads. */
  nameUses: string[];
  allowUnused: boolean;
  /**
   * True when the records are JSON or YAML, whose values have types: their text "0" is no
   * spreadsheet's cell, and a hint says "none" as JSON writes it (null, false), not "an empty cell".
   */
  typedRecords: boolean;
}

/** How one thread shapes a record's data: its personalised texts, and the columns it drops. */
export interface RecordShape {
  texts: RecordTexts;
  cellPlaces: readonly CellPlace[];
  /** `--records-lang`: the language a record writes TRUE and numbers in (`WAHR`, `1.234,5`). */
  recordsLang: string | undefined;
  /** The records are JSON or YAML (ColumnRule). */
  typedRecords: boolean;
  /** The record's columns that are not letter fields; throws for one nothing uses. */
  extraColumns(rec: MergeRecord, label: string): string[];
  /**
   * With --allow-unused: a warning for each column dropped that looks like a misspelt field.
   * Why: the option is passed for a CRM export's extra columns, and must not hide a typo.
   */
  droppedLookalikes(rec: MergeRecord): string[];
}

export function recordShape(
  base: YamlData,
  s: Omit<RunFacts, "previousRun" | "outReal">,
  res: Resources,
): RecordShape {
  const texts = compileRecordTexts(base, s.texts, res.formats);
  const { letterFields, nameUses, allowUnused } = s.columns;
  const known = new Set(letterFields ?? []);
  const used = new Set([...nameUses, ...texts.used]);
  const names = [...known, ...used];
  // Records share their columns: each column's guess is made once per thread, and each
  // record's guesses are bounded as if made anew (so they do not depend on the thread).
  const memo = new Map<string, { guess: string | undefined; cost: number }>();
  // Not a name the record sets itself: a CRM export's `Address 1 - Type` beside its
  // `Address 1 - Street` is no misspelling of it.
  const guesses = (rec: MergeRecord) => {
    const g = guesser(GUESS_BUDGET, memo);
    return (k: string) => {
      const guess = g.guess(k, names);
      return guess !== undefined && !Object.hasOwn(rec.data, guess) && likelyTypo(k, guess)
        ? guess
        : undefined;
    };
  };
  const unusedOf = (rec: MergeRecord) =>
    letterFields ? Object.keys(rec.data).filter((k) => !known.has(k) && !used.has(k)) : [];
  return {
    texts,
    cellPlaces: s.columns.cellPlaces,
    recordsLang: s.texts.recordsLang,
    typedRecords: s.columns.typedRecords,
    extraColumns(rec, label) {
      if (!letterFields) return [];
      const unused = allowUnused ? [] : unusedOf(rec);
      if (unused.length > 0) throw unusedColumns(unused, rec, label, guesses(rec));
      return Object.keys(rec.data).filter((k) => !known.has(k));
    },
    droppedLookalikes(rec) {
      if (!allowUnused) return [];
      const guess = guesses(rec);
      return unusedOf(rec).flatMap((k) => {
        const g = guess(k);
        return g
          ? [`column ${k} is dropped (--allow-unused), but looks like a misspelt \`${g}\``]
          : [];
      });
    },
  };
}

/**
 * Every column nothing uses, each with its did-you-mean, in one error. Why all at once: fixed
 * one by one, the last would be dropped by the --allow-unused a user reaches for meanwhile,
 * a misspelt field among them.
 */
function unusedColumns(
  keys: string[],
  rec: MergeRecord,
  label: string,
  guessOf: (key: string) => string | undefined,
): Error {
  const problems: Problem[] = keys.map((key) => {
    const guess = guessOf(key);
    return {
      message: `${key} is not a field of the letter, and no text or --name uses it`,
      location: recordLocation(rec, label, key),
      // Why no {{__proto__}}: templates are denied an object's prototype keys, set or not.
      hints: UNSAFE_KEYS.has(key)
        ? [`no text can read a field named ${key}: rename it, or pass --allow-unused`]
        : guess
          ? [`did you mean \`${guess}\`?`]
          : [],
    };
  });
  const readable = keys.filter((k) => !UNSAFE_KEYS.has(k));
  const last = problems[problems.length - 1] as Problem;
  const them = readable.length > 1 ? "them" : "it";
  if (readable.length > 0)
    last.hints = [
      ...(last.hints ?? []),
      `use ${them} in the letter's text (${inText(readable[0] as string)}) or in --name, or pass --allow-unused to ignore ${them}`,
    ];
  return new MissiveError("data", problems);
}

/** A record's texts that read two ways at their places (typed-cells.ts), located in it. */
function cellProblems(problems: CellProblem[], rec: MergeRecord, label: string): Error {
  return new MissiveError(
    "data",
    problems.map((p) => ({
      message: p.message,
      location: recordLocation(rec, label, p.path),
      hints: p.hints,
    })),
  );
}

/** How a template prints a field: `{{email}}`, or `{{[First Name]}}` for a name with a space. */
function inText(key: string): string {
  return `{{${templateKey(key)}}}`;
}

export interface RecordJob extends MergeRecord {
  targets: RecordTargets;
}

export interface FileEntry {
  path: string;
  format: Format;
  bytes: number;
  sha256: string;
}

/** A MissiveError flattened for postMessage (class identity does not survive a thread hop). */
export interface ErrorData {
  kind: MissiveError["kind"];
  problems: Problem[];
  stack?: string;
}

export interface RecordResult {
  index: number;
  files: FileEntry[];
  pages?: number;
  warnings: Warning[];
  assets: string[];
  /** Folders the letter's files needed and this run made (the topmost of each). */
  madeFolders?: string[];
  /** The letter's files whose earlier version was kept (RunFacts.previousRun). */
  kept?: string[];
  laidOut?: LaidOutDoc;
  /** With laidOut: its images' checked bytes, which the combined PDF is painted from. */
  images?: Map<string, Uint8Array>;
  /** With laidOut and --embed-source: what the letter carries, for the combined PDF. */
  sources?: { base: Attachment; record: Attachment };
  error?: ErrorData;
}

/**
 * Renders records over one base letter. The base YAML is parsed once; the pack, compiled
 * template, fonts and images are memoised by their own modules, so each is parsed once per
 * thread, not once per letter.
 */
export function recordRenderer(
  { options: o, found }: WorkerSetup,
  res: Resources,
  /**
   * False when the letter must not be written after all (write-gate.ts): the run stopped. In
   * a worker, the gate opens again only once the letter's answer is sent (worker.ts).
   */
  mayWrite: () => boolean = () => true,
): (job: RecordJob) => Promise<RecordResult> {
  const baseText = readText(o.dataFile, { cwd: o.cwd });
  const base = parseYaml(baseText);
  const shape = recordShape(base, found, res);
  const letterOpts: RenderOptions = {
    ...o.letter,
    // --combine alone needs each letter's pages, not its own files.
    formats: o.outDir ? o.letter.formats : [],
    cwd: o.cwd,
    now: new Date(o.startedAt),
  };
  // Read once per renderer, at run time (never in the startup snapshot): see temp-owner.ts.
  const owner = tempOwner();
  const wantLayout = o.combinePath !== null;
  // --combine alone needs each letter's pages, not its own PDF: stop after layout.
  if (wantLayout && !letterOpts.formats.includes("pdf")) letterOpts.stopAfter = "layout";
  return async (job) => {
    try {
      // runBatch has already loaded the base letter, so its data is a mapping here.
      const yaml = recordYaml(base, job, o.records.label, shape);
      const letter = letterFromYaml(yaml, { ...loadOptions(o), rememberPack: true }, res);
      // --embed-source: each letter carries the base data file and its own record.
      const sources = o.letter.embedSource
        ? { base: sourceAttachment(baseText), record: recordAttachment(job.data, job.line) }
        : undefined;
      const attachments = sources ? { attachments: [sources.base, sources.record] } : {};
      const r = await renderLoaded(letter, { ...letterOpts, ...attachments }, res);
      const written = writeLetter(r, job, letterOpts.formats, o.cwd, {
        previousRun: found.previousRun,
        mayWrite,
        owner,
        inside: found.outReal,
      });
      return {
        index: job.index,
        ...written,
        pages: r.pages,
        warnings: [
          ...recordWarnings(job),
          ...shape.droppedLookalikes(job).map((message) => ({ message })),
          ...r.warnings,
        ],
        assets: r.assets,
        laidOut: wantLayout ? r.laidOut : undefined,
        images: wantLayout ? r.images : undefined,
        ...(wantLayout && sources ? { sources } : {}),
      };
    } catch (e) {
      return { index: job.index, files: [], warnings: [], assets: [], error: errorData(e) };
    }
  };
}

/**
 * A record from a row the sheet hides: merged as every row is (as Word's mail merge does), and
 * said. Why: a filter hides the rows one does not mean to write to, and its letters would go
 * out without a word.
 */
function hiddenRowWarning(job: MergeRecord): { message: string }[] {
  if (!job.hidden) return [];
  return [
    {
      message: `row ${job.line} is hidden in the sheet (Hide, or a filter), and is merged as every row is; delete the row if it is not to get a letter`,
    },
  ];
}

/**
 * A record's own warnings: a hidden row's, and a JSON or YAML record's that sets nothing
 * (`{"name": null, "email": null}`, `{}`): its letter is the base letter as it is, and said.
 * Why said, not skipped as a CSV's row of empty cells is: a list's item is written on
 * purpose, and skipping it would renumber the records after it (their names, `--resume`);
 * but an export's empty contact, merged without a word, sends the base letter's recipient a
 * letter meant for someone else.
 */
function recordWarnings(job: MergeRecord): { message: string }[] {
  if (Object.keys(job.data).length > 0) return hiddenRowWarning(job);
  return [
    ...hiddenRowWarning(job),
    {
      message:
        "every field is null (or it has none), so it sets nothing: its letter is the base letter as it is; give it values, or delete it if it is not to get a letter",
    },
  ];
}

/** Writes a rendered letter's files to its targets, keeping what they replace (previousRun). */
function writeLetter(
  r: Rendered,
  job: RecordJob,
  formats: Format[],
  cwd: string,
  {
    previousRun,
    mayWrite,
    owner,
    inside,
  }: {
    previousRun: string | null;
    mayWrite: () => boolean;
    owner: string;
    inside: string | null;
  },
): Pick<RecordResult, "files" | "madeFolders" | "kept"> {
  const files = formats.flatMap((format) => {
    const path = job.targets[format];
    // The text as its UTF-8 bytes once, which are both written and hashed (fileEntry).
    const data = format === "pdf" ? r.pdf : r.txt === undefined ? undefined : Buffer.from(r.txt);
    return path && data !== undefined
      ? [{ path, format, data, ...(inside ? { inside } : {}) }]
      : [];
  });
  // Planning checked the data, the records and the pack; the images are known only now.
  const notAnImage = refuseInputs(
    r.assets.map((path) => ({ path, what: "an image the letter uses" })),
    cwd,
  );
  for (const f of files) notAnImage(f.path);
  if (!mayWrite()) throw fail("interrupted", "stopped before its letter was written");
  const { made, kept } = writeFilesAtomic(files, {
    durable: false,
    previous: previousRun ? { run: previousRun } : false,
    owner,
  });
  return {
    files: files.map((f) => fileEntry(f.path, f.format, f.data)),
    ...(made.length > 0 ? { madeFolders: made } : {}),
    ...(kept.length > 0 ? { kept } : {}),
  };
}

/** How the base letter and each record's letter are loaded. */
export function loadOptions(o: MergeOptions) {
  return { cwd: o.cwd, template: o.letter.template ?? undefined, root: o.letter.root ?? undefined };
}

/**
 * The merged data, located: a path the record sets points at the record's line in the
 * records file; any other path (a personalised text too) at the base letter.
 */
export function recordYaml(
  base: YamlData,
  job: MergeRecord,
  label: string,
  shape?: RecordShape,
): YamlData {
  const typed =
    shape &&
    withTypedCells(
      job.data,
      shape.cellPlaces,
      shape.recordsLang,
      base.value as Record<string, unknown>,
      shape.typedRecords,
    );
  if (typed) job = { ...job, data: typed.data };
  // Columns first: a misspelt column is the likelier cause of a value a text misses.
  const extra = shape?.extraColumns(job, label) ?? [];
  if (typed && typed.problems.length > 0) throw cellProblems(typed.problems, job, label);
  const merged = overlayRecord(base.value as Record<string, unknown>, job.data);
  const { value, basePath: b } = withTexts(merged, shape?.texts.personalise(job) ?? {});
  for (const key of extra) delete value[key];
  // A field the record sets is the record's whole (overlayRecord), down to its every part.
  const fromRecord = (path: string) => Object.hasOwn(job.data, path.split(".")[0] as string);
  const at = (path: string): Location => recordLocation(job, label, path);
  return {
    file: base.file,
    value,
    locate: (path) => (fromRecord(path) ? at(path) : base.locate(b(path))),
    locateKey: (path) => (fromRecord(path) ? at(path) : base.locateKey(b(path))),
    // A record's values are already typed (JSON) or text (CSV): there is no YAML spelling.
    raw: (path) => (fromRecord(path) ? undefined : base.raw(b(path))),
    commaSplit: (path) => (fromRecord(path) ? undefined : base.commaSplit(b(path))),
    splitItems: () => base.splitItems().filter((s) => !fromRecord(s.path)),
    locateText: (path, needle) => (fromRecord(path) ? at(path) : base.locateText(b(path), needle)),
    locateAt: (path, offset) => (fromRecord(path) ? at(path) : base.locateAt(b(path), offset)),
    written: (path) => fromRecord(path) || base.written(b(path)),
  };
}

function fileEntry(path: string, format: Format, data: Uint8Array | string): FileEntry {
  return { path, format, ...fileDigest(data) };
}

export function errorData(e: unknown): ErrorData {
  if (isMissiveError(e)) return { kind: e.kind, problems: e.problems, stack: e.stack };
  const err = e as Error;
  return {
    kind: "internal",
    problems: [{ message: err?.message ?? String(e) }],
    stack: err?.stack,
  };
}

export function errorFromData(d: ErrorData): MissiveError {
  const e = new MissiveError(d.kind, d.problems);
  if (d.stack) e.stack = d.stack;
  return e;
}

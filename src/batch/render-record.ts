import { fail, isMissiveError, type Location, MissiveError, type Problem } from "../errors.js";
import type { LaidOutDoc } from "../layout/laid-out-doc.js";
import { didYouMean } from "../load/did-you-mean.js";
import { letterFromYaml } from "../load/load-letter.js";
import { parseYaml, type YamlData } from "../load/parse-yaml.js";
import { readText } from "../load/read-text.js";
import { fileDigest } from "../output/file-digest.js";
import { refuseInputs } from "../output/refuse-inputs.js";
import { writeFilesAtomic } from "../output/write-atomic.js";
import { type Format, renderLoaded } from "../pipeline.js";
import type { Resources } from "../resources.js";
import type { PdfStandard } from "../write/pdf-standard.js";
import { recordAttachment, sourceAttachment } from "../write/source-attachment.js";
import { type MergeRecord, overlayRecord, withValue } from "./merge-record.js";
import type { RecordTargets } from "./plan-names.js";
import { compileRecordTexts, type RecordTexts, type TextOptions } from "./record-texts.js";

/** Everything a renderer (main thread or worker) needs; plain data, so it crosses threads. */
export interface BatchSettings {
  dataFile: string;
  cwd: string;
  template?: string;
  root?: string;
  formats: Format[];
  textWidth: number;
  /** Creation date in ms; the same for every record and every worker (determinism). */
  createdMs: number;
  /** Standards each PDF claims; absent: the default (pipeline.ts). */
  standards?: PdfStandard[];
  /** Each PDF carries the base data file and its record (`--embed-source`). */
  embedSource?: boolean;
  recordsLabel: string;
  /** Return each letter's laid-out pages (for --combine). */
  wantLayout: boolean;
  /**
   * The run's name for the files its letters replace, kept until it ends
   * (output/previous-files.ts); none when the output folder was empty or missing.
   */
  previousRun?: string;
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
  /** Fields `--name` reads. */
  nameUses: string[];
  allowUnused: boolean;
}

/** How one thread shapes a record's data: its personalised texts, and the columns it drops. */
export interface RecordShape {
  texts: RecordTexts;
  /** The record's columns that are not letter fields; throws for one nothing uses. */
  extraColumns(rec: MergeRecord, label: string): string[];
}

export function recordShape(
  base: YamlData,
  s: Pick<BatchSettings, "texts" | "columns">,
  res: Resources,
): RecordShape {
  const texts = compileRecordTexts(base, s.texts, res.formats);
  const { letterFields, nameUses, allowUnused } = s.columns;
  const known = new Set(letterFields ?? []);
  const used = new Set([...nameUses, ...texts.used]);
  return {
    texts,
    extraColumns(rec, label) {
      if (!letterFields) return [];
      const extra = Object.keys(rec.data).filter((k) => !known.has(k));
      const unused = allowUnused ? undefined : extra.find((k) => !used.has(k));
      if (unused !== undefined) throw unusedColumn(unused, rec, label, [...known, ...used]);
      return extra;
    },
  };
}

function unusedColumn(key: string, rec: MergeRecord, label: string, names: string[]): Error {
  const guess = didYouMean(key, names);
  return fail(
    "data",
    `${key} is not a field of the letter, and no text or --name uses it`,
    { file: label, line: rec.line, path: key },
    [
      ...(guess ? [`did you mean \`${guess}\`?`] : []),
      `use it in the letter's text ({{${key}}}) or in --name, or pass --allow-unused to ignore it`,
    ],
  );
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
  warnings: string[];
  assets: string[];
  /** Folders the letter's files needed and this run made (the topmost of each). */
  madeFolders?: string[];
  /** The letter's files whose earlier version was kept (BatchSettings.previousRun). */
  kept?: string[];
  laidOut?: LaidOutDoc;
  error?: ErrorData;
}

/**
 * Renders records over one base letter. The base YAML is parsed once; the pack, compiled
 * template, fonts and images are kept in the thread's resources, so each is parsed once per
 * thread, not once per letter.
 */
export function recordRenderer(
  s: BatchSettings,
  res: Resources,
): (job: RecordJob) => Promise<RecordResult> {
  const baseText = readText(s.dataFile, { cwd: s.cwd });
  const base = parseYaml(baseText);
  const shape = recordShape(base, s, res);
  const created = new Date(s.createdMs);
  return async (job) => {
    try {
      // runBatch has already loaded the base letter, so its data is a mapping here.
      const yaml = recordYaml(base, job, s.recordsLabel, shape);
      const where = { cwd: s.cwd, template: s.template, root: s.root, rememberPack: true };
      const letter = letterFromYaml(yaml, where, res);
      const r = await renderLoaded(
        letter,
        {
          cwd: s.cwd,
          formats: s.formats,
          textWidth: s.textWidth,
          created,
          ...(s.standards ? { standards: s.standards } : {}),
          ...(s.embedSource
            ? { attachments: [sourceAttachment(baseText), recordAttachment(job.data, job.line)] }
            : {}),
          // --combine alone needs each letter's pages, not its own PDF: stop after layout.
          ...(s.wantLayout && !s.formats.includes("pdf") ? { stopAfter: "layout" as const } : {}),
        },
        res,
      );
      const files = s.formats.flatMap((format) => {
        const path = job.targets[format];
        const data = format === "pdf" ? r.pdf : r.txt;
        return path && data !== undefined ? [{ path, format, data }] : [];
      });
      // Planning checked the data, the records and the pack; the images are known only now.
      const notAnImage = refuseInputs(
        r.assets.map((path) => ({ path, what: "an image the letter uses" })),
        s.cwd,
      );
      for (const f of files) notAnImage(f.path);
      const { made, kept } = writeFilesAtomic(files, {
        durable: false,
        previous: s.previousRun ? { run: s.previousRun } : false,
      });
      return {
        index: job.index,
        files: files.map((f) => fileEntry(f.path, f.format, f.data)),
        ...(made.length > 0 ? { madeFolders: made } : {}),
        ...(kept.length > 0 ? { kept } : {}),
        pages: r.pages,
        warnings: r.warnings,
        assets: r.assets,
        laidOut: s.wantLayout ? r.laidOut : undefined,
      };
    } catch (e) {
      return { index: job.index, files: [], warnings: [], assets: [], error: errorData(e) };
    }
  };
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
  // Columns first: a misspelt column is the likelier cause of a value a text misses.
  const extra = shape?.extraColumns(job, label) ?? [];
  let value = overlayRecord(base.value as Record<string, unknown>, job.data);
  for (const [path, text] of Object.entries(shape?.texts.personalise(job) ?? {}))
    value = withValue(value, path.split("."), text) as Record<string, unknown>;
  for (const key of extra) delete value[key];
  // A field the record sets is the record's whole (overlayRecord), down to its every part.
  const fromRecord = (path: string) => Object.hasOwn(job.data, path.split(".")[0] as string);
  const at = (path: string): Location => ({ file: label, line: job.line, path });
  return {
    file: base.file,
    value,
    locate: (path) => (fromRecord(path) ? at(path) : base.locate(path)),
    locateKey: (path) => (fromRecord(path) ? at(path) : base.locateKey(path)),
    // A record's values are already typed (JSON) or text (CSV): there is no YAML spelling.
    raw: (path) => (fromRecord(path) ? undefined : base.raw(path)),
    locateText: (path, needle) => (fromRecord(path) ? at(path) : base.locateText(path, needle)),
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

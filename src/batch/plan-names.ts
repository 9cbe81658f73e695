import { dirname, join, relative, sep } from "node:path";
import { ValueProblem } from "../compose/value-problem.js";
import { fail, isMissiveError } from "../errors.js";
import type { Format } from "../letter-options.js";
import { notAFolderOnTheWay } from "../output/file-as-folder.js";
import { fileNameKey } from "../output/file-name-key.js";
import { linkOut } from "../place-in-roots.js";
import type { MergeRecord, SheetPlace } from "./merge-record.js";
import type { NamePattern } from "./name-pattern.js";
import { recordLocation, recordPlace } from "./record-place.js";
import { dropInvisible, isInside, safeRelativeName } from "./safe-name.js";

/** Where one record's letter goes, per format (absolute paths). */
export type RecordTargets = Partial<Record<Format, string>>;

export interface NamePlanner {
  /** Plans one record's files; throws if they collide with an earlier record's. */
  add(rec: MergeRecord, merged: Record<string, unknown>): RecordTargets;
  /**
   * The same record's files again (for the render pass); throws unless each is the file
   * planned for that very record.
   */
  targetsOf(rec: MergeRecord, merged: Record<string, unknown>): RecordTargets;
  /** Whether a record of the run (any shard) writes `path`, as the collision check compares. */
  has(path: string): boolean;
}

export interface NameOptions {
  pattern: NamePattern;
  /** The pattern as written, to tell a name the pattern fixes from one the data makes. */
  patternText?: string;
  outDir: string;
  formats: Format[];
  total: number;
  recordsLabel: string;
  reserved: Record<string, string>;
  /** Throws when a name is, or links to, an input of the run. */
  notAnInput?(path: string): void;
  /** Paths in messages are shown relative to this folder. */
  cwd: string;
}

/**
 * Plans every output name before anything is written. Names are compared case-insensitively,
 * because two letters differing only in case overwrite each other on macOS and Windows.
 * `reserved` holds paths the run writes itself (the manifest, the combined PDF).
 * Why owners are record numbers and lines a list of numbers: a merge of 100,000 records keeps
 * every name until the end, and a short key per file is all that needs to stay.
 */
export function namePlanner(opts: NameOptions): NamePlanner {
  const reserved = new Map<string, string>();
  for (const [path, what] of Object.entries(opts.reserved))
    reserved.set(key(opts.outDir, path), what);
  const owners = new Map<string, number>();
  // The folders planned files lie in, by key, each with the record that first needed it.
  const folders = new Map<string, number>();
  const lines: number[] = [];
  // Every record of a run comes from the same sheet, if any.
  let sheet: SheetPlace | undefined;
  const where = (index: number, line: number) =>
    recordPlace({ index, line, sheet }, opts.recordsLabel);
  const ownerOf = (k: string) => {
    const what = reserved.get(k);
    if (what !== undefined) return what;
    const index = owners.get(k);
    return index === undefined ? undefined : where(index, lines[index] ?? 0);
  };
  return {
    targetsOf: (rec, merged) => plannedTargets(opts, rec, merged, owners),
    has: (path) => owners.has(key(opts.outDir, path)),
    add(rec, merged) {
      sheet = rec.sheet;
      const targets = targetsOf(opts, rec, merged);
      for (const path of Object.values(targets)) {
        opts.notAnInput?.(path);
        refuseLinkOut(opts, rec, path);
        const k = key(opts.outDir, path);
        const owner = ownerOf(k);
        if (owner)
          throw fail(
            "output",
            `${owner} and ${where(rec.index, rec.line)} would both write ${relative(opts.cwd, path)}`,
            recordLocation(rec, opts.recordsLabel),
            ["make --name distinct per record, e.g. add -{{@number}}"],
          );
        refuseFileOnTheWay(opts, rec, path, folders);
        const clash = fileAndFolder(k, folders, ownerOf, (i) => where(i, lines[i] ?? 0));
        if (clash)
          throw fail(
            "output",
            `${clash.file === k ? where(rec.index, rec.line) : clash.owner} would write the file ${relative(opts.cwd, join(opts.outDir, clash.file))}, and ${clash.file === k ? clash.owner : where(rec.index, rec.line)} a file in a folder of that name`,
            recordLocation(rec, opts.recordsLabel),
            ["make --name give each record its own name, and a folder no letter's name"],
          );
      }
      for (const path of Object.values(targets)) {
        const k = key(opts.outDir, path);
        owners.set(k, rec.index);
        for (const f of foldersOf(k)) if (!folders.has(f)) folders.set(f, rec.index);
      }
      lines[rec.index] = rec.line;
      return targets;
    },
  };
}

/**
 * A record's targets, each the one the plan gave it (`owners`: each planned file's record):
 * a records file rewritten while the merge read it may name others.
 */
function plannedTargets(
  opts: NameOptions,
  rec: MergeRecord,
  merged: Record<string, unknown>,
  owners: Map<string, number>,
): RecordTargets {
  const targets = targetsOf(opts, rec, merged);
  for (const path of Object.values(targets))
    if (owners.get(key(opts.outDir, path)) !== rec.index) throw unplanned(opts, rec, path);
  return targets;
}

/**
 * A record whose file, named again as it is rendered, is not the one planned for it. Why: the
 * records are read again to render them, and a records file rewritten meanwhile (saved from an
 * editor while a long merge ran, or written by another step of a CI job) renamed its records:
 * letters went unchecked over each other, and over the records file itself, and the run
 * said every one was rendered. Every check of the plan (collisions, inputs, links out of the
 * folder) holds only for the names it planned.
 */
function unplanned(opts: NameOptions, rec: MergeRecord, path: string) {
  return fail(
    "input",
    `record ${rec.index + 1} would now write ${relative(opts.cwd, path)}, which was not planned for it: the records file changed while the merge read it`,
    recordLocation(rec, opts.recordsLabel),
    ["run the merge again once nothing is writing the records file"],
  );
}

/** A record's output files, one per format; throws if the pattern gives an unusable name. */
function targetsOf(
  opts: NameOptions,
  rec: MergeRecord,
  merged: Record<string, unknown>,
): RecordTargets {
  const raw = produce(opts.pattern, merged, rec, opts.total, opts.recordsLabel);
  const stem = raw.replace(/\.(pdf|txt)$/i, "");
  // Why the part after the last slash: the extension is added to it, and a part that shows
  // nothing (`{{dept}}/` or a value `.`) would make a file `_pdf` with no extension.
  const shown = dropInvisible(stem.replace(/^.*[/\\]/s, "")).replace(/[\s.]/g, "");
  const targets: RecordTargets = {};
  for (const format of opts.formats) {
    const rel = shown === "" ? null : safeRelativeName(`${stem}.${format}`);
    const path = rel === null ? null : join(opts.outDir, rel);
    if (path === null || !isInside(opts.outDir, path)) throw unusableName(opts, rec, raw);
    targets[format] = path;
  }
  return targets;
}

/**
 * Refuses a file that a folder of the output folder, a symbolic link (`out/x -> ~/.ssh`),
 * would put outside it. Why: a record's value may name sub-folders (`x/{{name}}`), and the
 * output folder may be a checked-out pull request holding such a link.
 */
function refuseLinkOut(opts: NameOptions, rec: MergeRecord, path: string): void {
  if (!relative(opts.outDir, path).includes(sep)) return;
  const why = linkOut(path, opts.outDir, opts.cwd);
  if (why)
    throw fail("output", why, recordLocation(rec, opts.recordsLabel), [
      "remove the link, or choose another output folder",
    ]);
}

/**
 * A name no file can have. When the pattern fixes the file's name (no field in it, or a slash
 * after its last field: `{{dept}}/`), every record gets such a name: the pattern is at fault
 * (exit 2). Else the record's values made it (`{{salutation}}` of "..."), and the record is, as
 * for any value the pattern cannot use (exit 4).
 */
function unusableName(opts: NameOptions, rec: MergeRecord, raw: string) {
  const hint = "the pattern must give a non-empty name inside the output folder";
  const text = opts.patternText;
  const fixedTail = text?.slice(text.lastIndexOf("}}") + 1);
  if (text !== undefined && (!text.includes("{{") || /[/\\]/.test(fixedTail ?? "")))
    return fail("usage", `--name "${text}" gives no usable file name: "${raw}"`, undefined, [hint]);
  return fail(
    "data",
    `--name made an unusable file name for ${recordPlace(rec, opts.recordsLabel)}: "${raw}"`,
    recordLocation(rec, opts.recordsLabel),
    [hint, "change the record's value, or --name"],
  );
}

function produce(
  pattern: NamePattern,
  data: Record<string, unknown>,
  rec: MergeRecord,
  total: number,
  label: string,
): string {
  try {
    return pattern(data, rec.index, total);
  } catch (e) {
    if (isMissiveError(e)) throw e;
    const msg = ((e as Error).message.split("\n")[0] ?? "").replace(/ - \d+:\d+$/, "");
    throw fail(
      "data",
      `--name for record ${rec.index + 1}: ${msg.replace(/ not defined in .*$/s, " is not set in the record")}`,
      recordLocation(rec, label),
      nameHints(e),
    );
  }
}

/**
 * A helper's own hints for a value it cannot take (`pad: "25" is not a whole number…`);
 * the hints for a field that is not set otherwise, which a wrong value would only mislead.
 */
function nameHints(e: unknown): string[] {
  if (e instanceof ValueProblem && e.hints.length > 0)
    return [...e.hints, "change the record's value, or --name"];
  return [
    "set that field in every record (or in the base letter), or change --name",
    "write a list item as recipient.[0]",
  ];
}

/**
 * Refuses a record's file whose folder in the output folder is a file there already
 * (`out/x` and `{{dept}}/{{name}}` of `x`), once per folder. Why before writing: the letter
 * failed to be written, "a part of the path is a file", after the letters before it.
 */
function refuseFileOnTheWay(
  opts: NameOptions,
  rec: MergeRecord,
  path: string,
  folders: ReadonlyMap<string, number>,
): void {
  const folder = dirname(path);
  if (folder === opts.outDir || folders.has(key(opts.outDir, folder))) return;
  const found = notAFolderOnTheWay(folder);
  if (found && isInside(opts.outDir, found.path) && found.path !== opts.outDir)
    throw fail(
      "output",
      `${relative(opts.cwd, found.path)} is ${found.kind}, and ${recordPlace(rec, opts.recordsLabel)} would write ${relative(opts.cwd, path)} in a folder of that name`,
      recordLocation(rec, opts.recordsLabel),
      ["move that file, or make --name give the record another folder"],
    );
}

/**
 * A file name that is also a folder of another planned file (`x.pdf` and `x.pdf/y.pdf`, a
 * record's value naming sub-folders): the file's key and who owns the other part. Why before
 * writing: the second letter failed to be written, after the first, as "a part of the path is
 * a file", and the run stopped half done.
 */
function fileAndFolder(
  k: string,
  folders: ReadonlyMap<string, number>,
  ownerOf: (k: string) => string | undefined,
  recordAt: (index: number) => string,
): { file: string; owner: string } | undefined {
  for (const f of foldersOf(k)) {
    const owner = ownerOf(f);
    if (owner) return { file: f, owner };
  }
  const index = folders.get(k);
  return index === undefined ? undefined : { file: k, owner: recordAt(index) };
}

/** The folders a key lies in, outermost first: `a/b/c.pdf` → `a`, `a/b`. */
function foldersOf(k: string): string[] {
  const parts = k.split(sep);
  return parts.slice(1).map((_, i) => parts.slice(0, i + 1).join(sep));
}

/**
 * The collision key of a path: below the output folder, case-folded. Why relative: every name
 * of a run is kept until its end, and the output folder's part is the same in all of them.
 */
function key(outDir: string, path: string): string {
  return fileNameKey(relative(outDir, path));
}

import { dirname, resolve } from "node:path";
import { fail, MissiveError, type Problem } from "../errors.js";
import { confineBidiIn } from "../model/confined-bidi.js";
import type { Resources } from "../resources.js";
import { checkLabels } from "./check-labels.js";
import { checkLang } from "./check-lang.js";
import { checkText } from "./check-text.js";
import type { FileReads } from "./file-reads.js";
import { findPack, isPathLike } from "./find-pack.js";
import { findPackOnce, loadPack } from "./load-pack.js";
import { locatedAt } from "./located-at.js";
import { outsideDataRoot } from "./outside-roots.js";
import type { TemplatePack } from "./pack-types.js";
import { parseYaml, type YamlData } from "./parse-yaml.js";
import { chainsChecked } from "./read-font-chains.js";
import type { SourceText } from "./read-text.js";
import { validateData } from "./validate-data.js";

/** Letter data with the pack it is poured into; the input of compose/. */
export interface LoadedLetter {
  data: Record<string, unknown>;
  yaml: YamlData;
  /** Folder that relative paths in the data (signature images) are resolved against. */
  baseDir: string;
  /** The folder every file the data names must lie in: baseDir, or the one given by --root. */
  root: string;
  pack: TemplatePack;
}

export interface LoadOptions {
  /** Pack name or path; overrides the data's `template:` key. */
  template?: string;
  cwd: string;
  /** --root: a folder wider than the data file's own that files named in the data may be in. */
  root?: string;
  /**
   * Remember where the pack was found, for the rest of the thread. A merge sets it: it asks
   * for the same pack for every record. A single letter looks on disk each time, so a pack
   * added between two runs of one process (a library user, a test) is found.
   */
  rememberPack?: boolean;
  /** The run's record of files read: the pack's files are noted in it (file-reads.ts). */
  reads?: FileReads;
}

export function loadLetter(src: SourceText, opts: LoadOptions, res: Resources): LoadedLetter {
  return letterFromYaml(parseYaml(src), opts, res);
}

/**
 * The second half of loading, from already-parsed data. Why split: a mail merge parses the
 * base data once and pours each record over it, then loads the (memoised) pack per record.
 */
export function letterFromYaml(yaml: YamlData, opts: LoadOptions, res: Resources): LoadedLetter {
  const src = { file: yaml.file };
  const data = yaml.value;
  if (data === null || typeof data !== "object" || Array.isArray(data)) {
    throw fail(
      "data",
      "the letter data must be a mapping of fields (key: value)",
      { file: src.file, line: 1, col: 1 },
      ["start with e.g. `template: senate` and `date: 2020-03-11`"],
    );
  }
  const record = data as Record<string, unknown>;
  const bad = checkText(record, yaml);
  if (bad.length > 0) throw new MissiveError("data", bad);
  confineBidiIn(record);
  checkLang(record.lang, yaml);
  const baseDir = dirname(resolve(opts.cwd, src.file));
  const name = opts.template ?? record.template;
  if (typeof name !== "string" || name === "") {
    throw fail("data", "no template chosen", { ...yaml.locate("template") }, [
      "add `template: senate` (or another pack) to the data, or pass -t/--template",
    ]);
  }
  const root = opts.root ? resolve(opts.cwd, opts.root) : baseDir;
  const where = { dataDir: baseDir, dataRoot: root, cwd: opts.cwd };
  // The data's own choice is located at its `template:`; -t is the user's own choice, anywhere.
  const fromData = opts.template === undefined;
  // A pack the data names by path is a file the data names: checked before it is looked for,
  // and again where it leads.
  const outside = (path: string) =>
    fromData && isPathLike(name)
      ? outsideDataRoot(`template ${name}`, path, root, yaml.locate("template"))
      : undefined;
  const asked = outside(resolve(opts.cwd, name));
  if (asked) throw new MissiveError("data", asked);
  const dir = locatedAt(fromData ? yaml.locate("template") : undefined, () =>
    opts.rememberPack ? findPackOnce(name, where, res) : findPack(name, where),
  );
  const linked = outside(dir);
  if (linked) throw new MissiveError("data", linked);
  const pack = loadPack(dir, opts.cwd, res, opts.reads);
  // Fills in the schema's defaults, so templates see every optional field.
  validateData(record, pack, yaml, res);
  const problems: Problem[] = checkLabels(record.labels, pack, yaml);
  chainsChecked(record.fontChains, pack.fonts, (p) => yaml.locate(p), problems);
  if (problems.length > 0) throw new MissiveError("data", problems);
  return { data: record, yaml, baseDir, root, pack };
}

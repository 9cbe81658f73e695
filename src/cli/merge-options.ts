import { extname, join, parse, resolve } from "node:path";
import { type Command, Option } from "commander";
import type { MergeOptions } from "../batch/merge-options.js";
import { literalPattern } from "../batch/name-pattern.js";
import {
  RECORD_FORMATS,
  type RecordFormat,
  type RecordSource,
  recordFormat,
} from "../batch/read-records.js";
import { parseShard } from "../batch/shard.js";
import { fail } from "../errors.js";
import type { LetterOptions } from "../letter-options.js";
import { isLanguageTag } from "../load/check-lang.js";
import { fileNameKey } from "../output/file-name-key.js";

/** The render flags that only a mail merge reads. */
export interface MergeFlags {
  merge?: string;
  name?: string;
  combine?: string;
  duplex?: boolean;
  manifest?: string;
  keepGoing?: boolean;
  skipUnchanged?: boolean;
  resume?: boolean;
  allOrNothing?: boolean;
  allowUnused?: boolean;
  delimiter?: string;
  mergeFormat?: RecordFormat;
  sheet?: string;
  recordsLang?: string;
  recordsEncoding?: string;
  shard?: string;
  jobs?: string;
}

export function addMergeOptions(cmd: Command): Command {
  return cmd
    .option(
      "-m, --merge <records>",
      "mail merge: one letter per record (.csv .tsv .txt .xlsx .ods .yaml .json .jsonl, - = JSON Lines on stdin)",
    )
    .option(
      "--name <pattern>",
      'output name per record, a Handlebars pattern (e.g. "{{slug recipient.[0]}}.pdf")',
    )
    .option("--combine <file.pdf>", "also write all letters into one PDF, each on a new sheet")
    .option("--duplex", "with --combine: blank pages so each letter starts on a front side")
    .option("--manifest <path>", "manifest of the merge (default: <out>/manifest.json)")
    .option("--keep-going", "skip failing records, write the rest, exit 9 (partial)")
    .option("--skip-unchanged", "re-render only records whose inputs changed since the manifest")
    .option("--resume", "finish a run that stopped: render only the records its manifest lacks")
    .option(
      "--all-or-nothing",
      "a run that stops removes every letter it wrote (default: keeps the finished ones)",
    )
    .addOption(
      new Option(
        "--merge-format <format>",
        "format of the records when the path has no extension (default for -: jsonl)",
      ).choices(RECORD_FORMATS),
    )
    .option("--sheet <name|n>", "spreadsheet records: the sheet to read (default: the first)")
    .option("--delimiter <char>", "CSV records: the delimiter (default: detected from , ; or tab)")
    .option(
      "--records-encoding <encoding>",
      "CSV records: the text encoding, when not UTF-8 (windows-1252: Excel's CSV on Windows, Outlook's export)",
    )
    .option(
      "--records-lang <lang>",
      "the language the records write numbers and dates in (de-DE: 1.234,50 and 15.03.2024), for {{number}}, {{currency}}, {{plural}}, {{date}}",
    )
    .option(
      "--allow-unused",
      "records columns that no field, text or --name uses are dropped, not an error",
    )
    .option(
      "--shard <i/n>",
      "render slice i of n (records whose index mod n is i-1); auto reads GitLab's CI_NODE_INDEX/CI_NODE_TOTAL, auto/n a Kubernetes JOB_COMPLETION_INDEX",
    )
    .option(
      "-j, --jobs <n>",
      "worker threads (default: one thread for a short run, else all cores)",
    );
}

/** The spelling of each merge-only flag, for messages. */
const MERGE_ONLY: [keyof MergeFlags, string][] = [
  ["name", "--name"],
  ["manifest", "--manifest"],
  ["combine", "--combine"],
  ["duplex", "--duplex"],
  ["shard", "--shard"],
  ["keepGoing", "--keep-going"],
  ["skipUnchanged", "--skip-unchanged"],
  ["resume", "--resume"],
  ["allOrNothing", "--all-or-nothing"],
  ["jobs", "--jobs"],
  ["allowUnused", "--allow-unused"],
  ["delimiter", "--delimiter"],
  ["mergeFormat", "--merge-format"],
  ["sheet", "--sheet"],
  ["recordsLang", "--records-lang"],
  ["recordsEncoding", "--records-encoding"],
];

/**
 * Refuses flags that only a mail merge reads when there is no --merge. Why: a render that
 * ignored `--name x.pdf` or `--keep-going` would quietly do something else than was asked.
 */
export function refuseMergeOnly(flags: MergeFlags): void {
  if (flags.merge !== undefined) return;
  const given = MERGE_ONLY.find(([key]) => flags[key] !== undefined);
  if (given)
    throw fail("usage", `${given[1]} only applies to a mail merge`, undefined, [
      "add --merge <records>, or leave it out",
    ]);
}

/** Turns merge flags into the merge's options, rejecting combinations that cannot work. */
export function resolveMergeOptions(
  dataFile: string,
  flags: MergeFlags & { out?: string; emit?: string },
  common: {
    cwd: string;
    letter: LetterOptions;
    /** Where `--shard auto` reads the CI's or cluster's slice. */
    env: Record<string, string | undefined>;
    version: string;
    fromSnapshot: boolean;
  },
): MergeOptions {
  if (flags.emit) throw fail("usage", "--emit shows one letter; it cannot be used with --merge");
  if (flags.out === "-" || (flags.out && /\.(pdf|txt)$/i.test(flags.out)))
    throw fail("usage", `--merge writes many files: -o ${flags.out} must be a folder`, undefined, [
      "use --combine all.pdf for one PDF of every letter",
    ]);
  if (flags.duplex && !flags.combine) throw fail("usage", "--duplex only applies to --combine");
  if (flags.combine && extname(flags.combine).toLowerCase() !== ".pdf")
    throw fail("usage", `--combine ${flags.combine} must be a .pdf file`);
  const skipping = flags.skipUnchanged ? "--skip-unchanged" : flags.resume ? "--resume" : undefined;
  if (flags.combine && skipping)
    throw fail("usage", `${skipping} cannot be used with --combine`, undefined, [
      `the combined PDF is drawn from every letter as it is laid out, and ${skipping} lays out none it skips: run without ${skipping} (a run with --combine that stops keeps no letters, so there is nothing to resume), or leave --combine out and join the letters afterwards (qpdf --empty --pages out/*.pdf -- all.pdf, names sorted in record order with --name "{{pad @number}}-…")`,
    ]);
  const shard = parseShard(flags.shard, common.env);
  const outDir =
    flags.out !== undefined || !flags.combine ? resolve(common.cwd, flags.out ?? ".") : null;
  const manifestName =
    shard.n > 1 ? `manifest.shard-${shard.i}-of-${shard.n}.json` : "manifest.json";
  refuseOneFile(flags, common.cwd);
  return {
    letter: common.letter,
    version: common.version,
    dataFile,
    cwd: common.cwd,
    records: recordSource(flags, common.cwd),
    outDir,
    namePattern: flags.name ?? `${literalPattern(parse(dataFile).name)}-{{pad @number}}`,
    manifestPath: flags.manifest
      ? resolve(common.cwd, flags.manifest)
      : outDir
        ? join(outDir, manifestName)
        : null,
    combinePath: flags.combine ? resolve(common.cwd, flags.combine) : null,
    duplex: flags.duplex === true,
    keepGoing: flags.keepGoing === true,
    // Resuming is skipping what is unchanged: a stopped run's manifest lists the letters it
    // finished, and each one whose inputs are as they were is skipped.
    skipUnchanged: skipping !== undefined,
    allOrNothing: flags.allOrNothing === true,
    allowUnused: flags.allowUnused === true,
    shard,
    jobs: parseJobs(flags.jobs) ?? null,
    startedAt: Date.now(),
    fromSnapshot: common.fromSnapshot,
  };
}

/**
 * Refuses `--manifest` and `--combine` naming one file (or two whose names differ only in
 * case or Unicode form, one file on macOS and Windows), as record names are compared. Why:
 * the manifest was written last, over the combined PDF, and the run said it wrote both.
 */
function refuseOneFile(flags: MergeFlags, cwd: string): void {
  if (!flags.manifest || !flags.combine) return;
  const key = (p: string) => fileNameKey(resolve(cwd, p));
  if (key(flags.manifest) === key(flags.combine))
    throw fail(
      "usage",
      `--manifest ${flags.manifest} and --combine ${flags.combine} name the same file`,
      undefined,
      ["give the manifest and the combined PDF different names"],
    );
}

/**
 * Where the records are read from, as the flags say: a file (or named pipe), or `-` for
 * standard input, which the merge copies to a file first (merge-command.ts).
 */
function recordSource(flags: MergeFlags, cwd: string): RecordSource {
  const records = flags.merge as string;
  const format = flags.mergeFormat ?? (records === "-" ? "jsonl" : recordFormat(records));
  return {
    file: records === "-" ? "-" : resolve(cwd, records),
    label: records === "-" ? "<stdin>" : records,
    format,
    ...(records === "-" && !flags.mergeFormat ? { formatAssumed: true } : {}),
    delimiter: parseDelimiter(flags.delimiter, format === "csv"),
    sheet: parseSheet(flags.sheet, format),
    ...(flags.recordsLang !== undefined ? { lang: parseRecordsLang(flags.recordsLang) } : {}),
    ...(flags.recordsEncoding !== undefined
      ? { encoding: parseEncoding(flags.recordsEncoding, format === "csv") }
      : {}),
  };
}

/** An encoding TextDecoder knows, by its canonical name (cp1252 and latin1 are windows-1252). */
function parseEncoding(value: string, csv: boolean): string {
  if (!csv) throw fail("usage", "--records-encoding applies to CSV records only");
  try {
    return new TextDecoder(value).encoding;
  } catch {
    throw fail(
      "usage",
      `--records-encoding: ${JSON.stringify(value)} is not an encoding`,
      undefined,
      ["e.g. --records-encoding windows-1252 (Excel's CSV on Windows), windows-1250, utf-16le"],
    );
  }
}

function parseRecordsLang(value: string): string {
  if (!isLanguageTag(value))
    throw fail(
      "usage",
      `--records-lang takes a language tag, not ${JSON.stringify(value)}`,
      undefined,
      ["e.g. --records-lang de-DE for a CSV that writes 1.234,50 and 15.03.2024"],
    );
  return value;
}

function parseSheet(value: string | undefined, format: string): string | undefined {
  if (value !== undefined && format !== "xlsx" && format !== "ods")
    throw fail("usage", "--sheet applies to spreadsheet (.xlsx, .ods) records only");
  return value;
}

/** `tab` (or a typed `\t`) is a tab; otherwise one character. */
function parseDelimiter(value: string | undefined, csv: boolean): string | undefined {
  if (value === undefined) return undefined;
  if (!csv) throw fail("usage", "--delimiter applies to CSV records only");
  const d = value === "tab" || value === "\\t" ? "\t" : value;
  if ([...d].length !== 1 || /[\r\n"]/.test(d))
    throw fail(
      "usage",
      `--delimiter takes one character, or tab, not ${JSON.stringify(value)}`,
      undefined,
      ["e.g. --delimiter ';' or --delimiter tab"],
    );
  return d;
}

/** undefined: the batch chooses, by the number of records (batch/worker-pool.ts, autoJobs). */
function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw fail("usage", `--jobs takes a whole number from 1 to 256, not ${value}`);
  return n;
}

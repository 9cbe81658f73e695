import { extname, join, parse, resolve } from "node:path";
import type { Command } from "commander";
import type { BatchOptions } from "../batch/run-batch.js";
import { parseShard } from "../batch/shard.js";
import { fail } from "../errors.js";
import type { Format } from "../pipeline.js";

/** The render flags that only a mail merge reads. */
export interface MergeFlags {
  merge?: string;
  name?: string;
  combine?: string;
  duplex?: boolean;
  manifest?: string;
  keepGoing?: boolean;
  skipUnchanged?: boolean;
  shard?: string;
  jobs?: string;
}

/** Batch options plus what only the CLI's combined-PDF writer reads. */
export type MergeOptions = Omit<BatchOptions, "source" | "entryTexts"> & { duplex: boolean };

export function addMergeOptions(cmd: Command): Command {
  return cmd
    .option(
      "-m, --merge <records>",
      "mail merge: one letter per record (.csv .yaml .json .jsonl, - = JSON Lines on stdin)",
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
    .option("--shard <i/n>", "render slice i of n (records whose index mod n is i-1)")
    .option(
      "-j, --jobs <n>",
      "worker threads (default: one thread for a short run, else all cores)",
    );
}

/** Turns merge flags into batch options, rejecting combinations that cannot work. */
export function resolveMergeOptions(
  dataFile: string,
  flags: MergeFlags & { out?: string; emit?: string; template?: string; root?: string },
  common: {
    cwd: string;
    formats: Format[] | undefined;
    textWidth: number;
    created: Date;
    createdIsInput: boolean;
    version: string;
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
  if (flags.combine && flags.skipUnchanged)
    throw fail("usage", "--skip-unchanged cannot be used with --combine", undefined, [
      "the combined PDF needs every letter; run --combine without it",
    ]);
  const shard = parseShard(flags.shard);
  const outDir =
    flags.out !== undefined || !flags.combine ? resolve(common.cwd, flags.out ?? ".") : undefined;
  const manifestName =
    shard.n > 1 ? `manifest.shard-${shard.i}-of-${shard.n}.json` : "manifest.json";
  return {
    dataFile,
    cwd: common.cwd,
    template: flags.template,
    root: flags.root,
    formats: common.formats ?? ["pdf", "txt"],
    textWidth: common.textWidth,
    created: common.created,
    createdIsInput: common.createdIsInput,
    outDir,
    namePattern: flags.name ?? `${parse(dataFile).name}-{{pad @number}}`,
    manifestPath: flags.manifest
      ? resolve(common.cwd, flags.manifest)
      : outDir
        ? join(outDir, manifestName)
        : undefined,
    combinePath: flags.combine ? resolve(common.cwd, flags.combine) : undefined,
    duplex: flags.duplex === true,
    keepGoing: flags.keepGoing === true,
    skipUnchanged: flags.skipUnchanged === true,
    shard,
    jobs: parseJobs(flags.jobs),
    version: common.version,
  };
}

/** undefined: the batch chooses, by the number of records (batch/worker-pool.ts, autoJobs). */
function parseJobs(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 256)
    throw fail("usage", `--jobs takes a whole number from 1 to 256, not ${value}`);
  return n;
}

import type { Command } from "commander";
import {
  EXIT_CODES,
  fail,
  isMissiveError,
  type MissiveError,
  type Warning,
  warningText,
} from "../errors.js";
import { jsonText } from "../json-text.js";
import type { FileReads } from "../load/file-reads.js";
import { refuseLinkedOut } from "../load/named-input.js";
import type { Resources } from "../resources.js";
import type { CommandContext } from "./command-context.js";
import { exitCodesHelp } from "./exit-codes-help.js";
import type { Io } from "./io.js";
import { green } from "./painted.js";
import { type ProblemJson, problemsJson, type WarningJson, warningJson } from "./problems-json.js";
import type { Reporter } from "./reporter.js";
import { checkRoot } from "./root-option.js";

export interface CheckResult {
  file: string;
  ok: boolean;
  template?: string;
  pages?: number;
  errors: ProblemJson[];
  /** What would render but a reader would notice (an image without alt text). */
  warnings?: Warning[];
}

/** A result as `--json` lists it: each warning with its place in fields, as errors are. */
function resultJson(r: CheckResult): Omit<CheckResult, "warnings"> & { warnings?: WarningJson[] } {
  const { warnings, ...rest } = r;
  return warnings ? { ...rest, warnings: warnings.map(warningJson) } : rest;
}

/**
 * `missive check <data…>`: loads, validates, composes and lays out each letter without
 * writing anything, and reports every file's problems. Why lay out: a too-long address that
 * overflows the envelope window is only found there.
 */
export async function checkFiles(
  files: string[],
  io: Io,
  template: string | undefined,
  rootFlag: string | undefined,
  res: Resources,
  reads?: FileReads,
): Promise<{ results: CheckResult[]; errors: (MissiveError | null)[] }> {
  const root = checkRoot(rootFlag, io.cwd);
  const [{ letterOptions, renderLetter }, { readText }, { readStdinText }] = await Promise.all([
    import("../pipeline.js"),
    import("../load/read-text.js"),
    import("../load/read-stdin-text.js"),
  ]);
  // `-` is standard input, as for render: a letter piped in, read once.
  if (files.filter((f) => f === "-").length > 1)
    throw fail("usage", "check reads standard input (-) once", undefined, [
      "name - once among the files",
    ]);
  const results: CheckResult[] = [];
  // One entry per file, in order: the same file may be named twice.
  const errors: (MissiveError | null)[] = [];
  for (const file of files) {
    try {
      if (file !== "-") refuseLinkedOut("the letter data", file, io.cwd, root);
      const r = await renderLetter(
        file === "-" ? await readStdinText(io.stdin) : readText(file, { cwd: io.cwd, reads }),
        {
          ...letterOptions({ template: template ?? null, root, formats: [] }),
          cwd: io.cwd,
          stopAfter: "layout",
          ...(reads ? { reads } : {}),
        },
        res,
      );
      results.push({
        file,
        ok: true,
        template: r.template,
        pages: r.pages,
        errors: [],
        warnings: r.warnings,
      });
      errors.push(null);
    } catch (e) {
      if (!isMissiveError(e)) throw e;
      errors.push(e);
      results.push({ file, ok: false, errors: problemsJson(e) });
    }
  }
  return { results, errors };
}

/** The exit code of a check: 0 when all passed, else the code of the first failure. */
function exitCode(errors: (MissiveError | null)[]): number {
  return errors.find((e) => e !== null)?.exitCode ?? EXIT_CODES.ok;
}

export function registerCheck(program: Command, context: CommandContext): void {
  program
    .command("check")
    .description("validate letters (data, template, assets, layout) without writing anything")
    .argument("<data...>", "letter data files (YAML); - for standard input")
    .option("-t, --template <name|path>", "template pack (default: each file's template: key)")
    .option("--root <dir>", "files named in the data may be anywhere in this folder")
    .addHelpText(
      "after",
      `\nExits 0 when every letter is fine, else with the code of the first failure.${exitCodesHelp()}`,
    )
    .action((files: string[], flags: { template?: string; root?: string }) =>
      context.run(async (rep: Reporter, g) => {
        const { results, errors } = await checkFiles(
          files,
          context.io,
          flags.template,
          flags.root,
          context.resources,
          rep.reads,
        );
        const failed = errors.filter((e) => e !== null).length;
        if (g.json)
          context.io.stdout.write(
            `${jsonText({ ok: failed === 0, files: results.map(resultJson) })}\n`,
          );
        for (const [i, r] of results.entries()) {
          const e = errors[i];
          if (e) rep.error(e, g.debug === true);
          else {
            const file = r.file === "-" ? "<stdin>" : r.file;
            // A warning placed in the data says its file; one that is not, the file it is about.
            for (const w of r.warnings ?? [])
              rep.warn(w.location ? warningText(w) : `${file}: ${w.message}`, w);
            rep.info(
              green("ok"),
              ` ${file} (${r.template}, ${r.pages} page${r.pages === 1 ? "" : "s"})`,
            );
          }
        }
        if (results.length > 1)
          rep.info(`${results.length - failed} of ${results.length} letters are fine`);
        return exitCode(errors);
      }),
    );
}

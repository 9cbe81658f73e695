import { Command, CommanderError, Option } from "commander";
import { EXIT_CODES, isMissiveError } from "../errors.js";
import { exitCodesHelp } from "./exit-codes-help.js";
import type { Io } from "./io.js";
import { type RenderFlags, renderCommand } from "./render-command.js";
import { Reporter } from "./reporter.js";

interface GlobalFlags {
  json?: boolean;
  debug?: boolean;
  quiet?: boolean;
}

/**
 * The whole CLI as a function: parses argv, runs one command, returns the exit code. Never
 * calls process.exit, so tests run it in-process.
 */
export async function run(argv: string[], io: Io): Promise<number> {
  let code = 0;
  const program = new Command("missive")
    .description("Compose letters: YAML data + a letterhead template → typeset PDF and plain text")
    .version("0.1.0")
    .option("--json", "print a machine-readable result on stdout")
    .option("--debug", "show stack traces for errors")
    .option("-q, --quiet", "print nothing on success")
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) })
    .addHelpText("after", exitCodesHelp());

  program
    .command("render")
    .description("render a letter to PDF and/or text")
    .argument("<data>", "letter data file (YAML)")
    .option(
      "-o, --out <path>",
      "output folder, a .pdf/.txt file, or - for stdout (default: current folder)",
    )
    .option("-t, --template <name|path>", "template pack (default: the data's template: key)")
    .option("-f, --format <list>", "formats to write: pdf, txt or pdf,txt (default: both)")
    .option("-w, --width <columns>", "text output width; wide characters count two", "72")
    .option("--creation-date <date>", "date stored in the PDF (SOURCE_DATE_EPOCH wins)")
    .addOption(
      new Option("--emit <stage>", "print a pipeline stage instead of rendering").choices([
        "markup",
        "model",
        "layout",
      ]),
    )
    .addHelpText("after", exitCodesHelp())
    .action(async (data: string, flags: RenderFlags) => {
      const g = program.opts<GlobalFlags>();
      const rep = new Reporter(io, g.quiet || g.json);
      code = await guarded(rep, g, io, async () => {
        const files = await renderCommand(data, flags, io, rep);
        if (g.json)
          io.stdout.write(
            `${JSON.stringify({ ok: true, files, warnings: [], errors: [] }, null, 2)}\n`,
          );
        else
          for (const f of files)
            if (f.path !== "-")
              rep.info(
                `${rep.c.green("wrote")} ${f.path}${f.pages ? ` (${f.pages} page${f.pages > 1 ? "s" : ""})` : ""}`,
              );
      });
    });

  try {
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    if (e instanceof CommanderError) {
      if (
        e.code === "commander.helpDisplayed" ||
        e.code === "commander.version" ||
        e.code === "commander.help"
      )
        return 0;
      return EXIT_CODES.usage;
    }
    throw e;
  }
  if (program.args.length === 0 && argv.length === 0) {
    program.outputHelp({ error: true });
    return EXIT_CODES.usage;
  }
  return code;
}

/** Runs a command, turning errors into a report and an exit code. */
async function guarded(
  rep: Reporter,
  g: GlobalFlags,
  io: Io,
  fn: () => Promise<void>,
): Promise<number> {
  try {
    await fn();
    return 0;
  } catch (e) {
    if (g.json) io.stdout.write(`${JSON.stringify(errorJson(e), null, 2)}\n`);
    rep.error(e, g.debug === true);
    return isMissiveError(e) ? e.exitCode : EXIT_CODES.internal;
  }
}

function errorJson(e: unknown) {
  const errors = isMissiveError(e)
    ? e.problems.map((p) => ({
        kind: e.kind,
        message: p.message,
        ...p.location,
        hints: p.hints ?? [],
      }))
    : [{ kind: "internal", message: String((e as Error)?.message ?? e) }];
  return { ok: false, files: [], warnings: [], errors };
}

import { Command, CommanderError } from "commander";
import { EXIT_CODES, isMissiveError } from "../errors.js";
import { jsonText } from "../json-text.js";
import { didYouMean } from "../load/did-you-mean.js";
import { defaultResources, type Resources } from "../resources.js";
import { registerCheck } from "./check-command.js";
import type { CommandContext, GlobalFlags } from "./command-context.js";
import { registerCompletion } from "./completion-command.js";
import { registerDiff } from "./diff-command.js";
import { exitCodesHelp } from "./exit-codes-help.js";
import { registerExtract } from "./extract-command.js";
import { registerInit } from "./init-command.js";
import type { Io } from "./io.js";
import { problemsJson } from "./problems-json.js";
import { registerRender } from "./render-command.js";
import { Reporter } from "./reporter.js";
import { registerSchema } from "./schema-command.js";
import { registerTemplates } from "./templates-command.js";
import { usageError } from "./usage-error.js";
import { VERSION } from "./version.js";
import { registerWatch } from "./watch-command.js";

/**
 * The whole CLI as a function: parses argv, runs one command, returns the exit code. Never
 * calls process.exit, so tests run it in-process. `res`: by default the process's own.
 */
export async function run(
  argv: string[],
  io: Io,
  res: Resources = defaultResources(),
): Promise<number> {
  let code = 0;
  const program = new Command("missive")
    .description("Compose letters: YAML data + a letterhead template → typeset PDF and plain text")
    .version(VERSION)
    .option("--json", "print a machine-readable result on stdout")
    .option("--debug", "show stack traces for errors")
    .option("-q, --quiet", "print nothing on success")
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
      outputError: (s) => new Reporter(io).error(usageError(s), false),
    })
    .addHelpText("after", exitCodesHelp());

  const context: CommandContext = {
    io,
    resources: res,
    run: async (fn) => {
      const g = program.opts<GlobalFlags>();
      const rep = new Reporter(io, g.quiet || g.json);
      code = await guarded(rep, g, io, () => fn(rep, g));
    },
  };
  registerRender(program, context);
  registerWatch(program, context);
  registerCheck(program, context);
  registerDiff(program, context);
  registerTemplates(program, context);
  registerSchema(program, context);
  registerExtract(program, context);
  registerInit(program, context);
  registerCompletion(program, context);

  try {
    refuseUnknownHelp(program, argv);
    await program.parseAsync(argv, { from: "user" });
  } catch (e) {
    // Help and version exit 0; everything else commander rejects is a usage error, which
    // --json prints as every other error (commander has said it on stderr).
    if (!(e instanceof CommanderError)) throw e;
    if (e.exitCode === 0) return 0;
    if (program.opts<GlobalFlags>().json) {
      io.stdout.write(`${jsonText(errorJson(usageError(e.message)))}\n`);
    }
    return EXIT_CODES.usage;
  }
  return code;
}

/**
 * `missive help rendr` as `missive rendr` is answered: an unknown command with a guess. Why:
 * commander's help command prints the main help for a name it does not know, and exits 2
 * without saying which name.
 */
function refuseUnknownHelp(program: Command, argv: string[]): void {
  if (!argv.includes("help")) return;
  // Reads the global flags too, so `--json help rendr` prints its error as JSON.
  const { operands } = program.parseOptions(argv);
  const name = operands[1];
  if (operands[0] !== "help" || name === undefined) return;
  const known = [...program.commands.flatMap((c) => [c.name(), ...c.aliases()]), "help"];
  if (known.includes(name)) return;
  const near = didYouMean(name, known);
  program.error(`error: unknown command '${name}'${near ? `\n(Did you mean ${near}?)` : ""}`, {
    code: "commander.unknownCommand",
    exitCode: EXIT_CODES.usage,
  });
}

/** Runs a command, turning errors into a report and an exit code. */
async function guarded(
  rep: Reporter,
  g: GlobalFlags,
  io: Io,
  fn: () => Promise<number | undefined>,
): Promise<number> {
  try {
    return (await fn()) ?? 0;
  } catch (e) {
    if (g.json) io.stdout.write(`${jsonText(errorJson(e))}\n`);
    rep.error(e, g.debug === true);
    return isMissiveError(e) ? e.exitCode : EXIT_CODES.internal;
  }
}

function errorJson(e: unknown) {
  const errors = isMissiveError(e)
    ? problemsJson(e)
    : [{ kind: "internal", message: String((e as Error)?.message ?? e) }];
  const done = isMissiveError(e) ? e.result : undefined;
  return { ok: false, files: [], warnings: [], ...done, errors };
}

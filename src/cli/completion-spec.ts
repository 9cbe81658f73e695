import type { Command } from "commander";

/** What may go in a place: some words, and paths (files and folders) or not. */
export interface Values {
  words: string[];
  paths: boolean;
}

/** One option as a shell completes it; `value` when it takes one. */
export interface OptionSpec {
  short?: string;
  long?: string;
  about: string;
  value?: Values;
}

export interface CommandSpec {
  name: string;
  about: string;
  options: OptionSpec[];
  args: Values;
}

export interface CompletionSpec {
  globals: OptionSpec[];
  commands: CommandSpec[];
}

const HELP: OptionSpec = { short: "-h", long: "--help", about: "show help" };
const PATHS: Values = { words: [], paths: true };
/** An option's value is a path when its help calls it one (`-o, --out <path>`); not `<n>`. */
const PATH_VALUE = /<[^>]*(path|file|records|dir)[^>]*>/;

/**
 * What `missive completion` completes, read from the commander program itself, so a new
 * command or option is completed without touching the shell scripts. `packs` (the built-in
 * packs) are offered where a pack name goes, beside paths.
 */
export function completionSpec(program: Command, packs: string[]): CompletionSpec {
  const packValues = { words: packs, paths: true };
  const option = (o: Command["options"][number]): OptionSpec => {
    const value = o.argChoices
      ? { words: o.argChoices, paths: false }
      : o.long === "--template"
        ? packValues
        : { words: [], paths: PATH_VALUE.test(o.flags) };
    return {
      ...(o.short ? { short: o.short } : {}),
      ...(o.long ? { long: o.long } : {}),
      about: o.description,
      ...(o.required || o.optional ? { value } : {}),
    };
  };
  const args = (cmd: Command): Values => {
    const first = cmd.registeredArguments[0];
    if (first?.argChoices) return { words: first.argChoices, paths: false };
    return first?.name() === "pack" ? packValues : PATHS;
  };
  return {
    globals: [...program.options.map(option), HELP],
    commands: program.commands.map((cmd) => ({
      name: cmd.name(),
      about: cmd.description(),
      options: [...cmd.options.map(option), HELP],
      args: args(cmd),
    })),
  };
}

/** An option's flags: `-o`, `--out`. */
export function flagsOf(o: OptionSpec): string[] {
  return [o.short, o.long].filter((f): f is string => f !== undefined);
}

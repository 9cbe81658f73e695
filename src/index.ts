/** The public API: the same pipeline the CLI runs, for use from scripts. */
export type { Io } from "./cli/io.js";
export { type ErrorKind, EXIT_CODES, type Location, MissiveError, type Problem } from "./errors.js";
export type { LaidOutDoc } from "./layout/laid-out-doc.js";
export { readText, type SourceText } from "./load/read-text.js";
export type { LetterDoc } from "./model/letter-doc.js";
export type { Format, Rendered, RenderOptions, Stage } from "./rendered.js";

import type { Io } from "./cli/io.js";
import { run as runCli } from "./cli/main.js";
import type { SourceText } from "./load/read-text.js";
import { renderLetter as render } from "./pipeline.js";
import type { Rendered, RenderOptions } from "./rendered.js";
import { defaultResources } from "./resources.js";

// Why wrappers: the resources' types name fontkit's, which has no declarations of its own;
// the public declarations stay free of them.

/**
 * Renders one letter through every stage and writes nothing. What it reads, parses and shapes
 * is kept for the next call, in the process's default resources (src/resources.ts).
 */
export function renderLetter(src: SourceText, opts: RenderOptions): Promise<Rendered> {
  return render(src, opts, defaultResources());
}

/**
 * The command line as a function: runs one command with `argv` (without `node missive`) on
 * `io`, and returns its exit code; in the process's default resources, as renderLetter.
 */
export function run(argv: string[], io: Io): Promise<number> {
  return runCli(argv, io, defaultResources());
}

/** The public API: the same pipeline the CLI runs, for use from scripts. */
export { run } from "./cli/main.js";
export { type ErrorKind, EXIT_CODES, type Location, MissiveError, type Problem } from "./errors.js";
export type { LaidOutDoc } from "./layout/laid-out-doc.js";
export { readText } from "./load/read-text.js";
export type { LetterDoc } from "./model/letter-doc.js";
export { type Format, type Rendered, type RenderOptions, renderLetter } from "./pipeline.js";

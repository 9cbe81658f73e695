/** The public API: the same pipeline the CLI runs, for use from scripts. */
export type { Io } from "./cli/io.js";
export { run } from "./cli/main.js";
export {
  type ErrorKind,
  EXIT_CODES,
  type Location,
  MissiveError,
  type Problem,
  type Warning,
} from "./errors.js";
export type { LaidOutDoc } from "./layout/laid-out-doc.js";
export { readText, type SourceText } from "./load/read-text.js";
export type { LetterDoc } from "./model/letter-doc.js";
export {
  type Format,
  type LetterOptions,
  letterOptions,
  type Rendered,
  type RenderOptions,
  renderLetter,
  type Stage,
} from "./pipeline.js";

import { EXIT_CODES } from "../errors.js";

const MEANING: Record<string, string> = {
  ok: "success",
  differ: "diff: the renders differ (text, pages, or pixels over --threshold)",
  usage: "bad command-line usage",
  input:
    "an input file is missing, not UTF-8 text (for diff: not a PDF), not a regular file, too large, or linked out of its folder",
  data: "the letter data is malformed or invalid, or names a file outside its root",
  template: "the template pack or its markup is wrong, or names a file outside the pack",
  font: "a font or image is missing or broken, or a character has no glyph",
  layout: "content cannot be placed on a page",
  output: "an output file cannot be written, or would overwrite an input",
  partial: "merge with --keep-going: some records failed, the others were written",
  internal: "a bug in missive (please report it)",
  resources:
    "the system's limits leave too little memory (ulimit -v below what WebAssembly reserves) or threads (a mail merge cannot start a worker thread)",
  interrupted:
    "stopped by Ctrl-C or SIGTERM (a render writes nothing; a merge keeps the letters it finished for --resume, or with --all-or-nothing removes them)",
};

/** The exit-code table shown in `--help` and copied into the README. */
export function exitCodesHelp(): string {
  const seen = new Map<number, string>();
  for (const [kind, code] of Object.entries(EXIT_CODES)) {
    if (!seen.has(code) && MEANING[kind]) seen.set(code, MEANING[kind] as string);
  }
  const rows = [...seen.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([code, text]) => `  ${String(code).padStart(3)}  ${text}`);
  return `\nExit codes:\n${rows.join("\n")}\n`;
}

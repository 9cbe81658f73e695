/**
 * The one error type missive raises for anything a user can fix, and the one table that maps
 * its kinds to exit codes. Why: pandoc-style closed errors let one place render every failure
 * and let scripts rely on the exit code meaning the same thing across versions.
 */

export type ErrorKind =
  | "usage" // bad flags or arguments
  | "input" // a file cannot be read or is not valid text
  | "data" // the letter data is malformed or fails validation
  | "template" // the template pack or its Handlebars is wrong
  | "markup" // the markup produced by the template is malformed
  | "font" // a character no font can draw, or a bad font file
  | "asset" // a missing or unreadable image
  | "layout" // content that cannot be placed on a page
  | "output" // a file cannot be written
  | "interrupted" // stopped by Ctrl-C (SIGINT) or SIGTERM
  | "resources" // the system's limits leave too little memory (ulimit -v) or no thread
  | "internal"; // a bug in missive

/**
 * `partial`: a mail merge with --keep-going wrote some letters, and some records failed.
 * `differ`: `missive diff` found a change that counts (1, as diff(1) and cmp(1) exit).
 */
export const EXIT_CODES: Readonly<Record<ErrorKind | "ok" | "partial" | "differ", number>> = {
  ok: 0,
  differ: 1,
  usage: 2,
  input: 3,
  data: 4,
  template: 5,
  markup: 5,
  font: 6,
  asset: 6,
  layout: 7,
  output: 8,
  partial: 9,
  internal: 70,
  // EX_OSERR in BSD's sysexits.h: the system, not missive or its input, stopped the run.
  resources: 71,
  // 128 + SIGINT, as shells report a command Ctrl-C stopped.
  interrupted: 130,
};

/** Where a problem is: any subset of file, line, column and data path. */
export interface Location {
  file?: string;
  line?: number;
  col?: number;
  /** Dotted path into the letter data, e.g. `signers.3.name`. */
  path?: string;
  /**
   * A place in a spreadsheet, which has rows and columns, not lines of text: its sheet's name;
   * `line` is then the row, and nothing shows the file's bytes as a line.
   */
  sheet?: string;
  /** With `sheet`: the column letters of the cells, `B`, or `B, C` for a list over columns. */
  column?: string;
}

export interface Problem {
  message: string;
  location?: Location;
  hints?: string[];
  /**
   * Text from the letter the problem is about, when the stage that found it cannot know where
   * it came from (layout sees laid-out text, not data paths); pipeline.ts finds it in the data.
   */
  about?: string;
  /** With `about`: the word it is in, named in the message when the data does not hold it. */
  context?: string;
  /**
   * With `about`: it is a field's whole value (a language tag, `lang="{{lang}}"`), never found
   * inside a longer text of the data.
   */
  aboutWhole?: true;
  /**
   * How many items a list of the data that the problem may come from holds, to place it when
   * `about` is too short to find (a template's table whose rows, one per item, are a letter or
   * two a cell): pipeline.ts places it at such a list.
   */
  aboutItems?: number[];
  /**
   * The image (its path as the layout draws it) the problem is about, when it holds no text
   * (a logo too tall for the paper): pipeline.ts places it where the image was named.
   */
  aboutImage?: string;
  /**
   * The record of a mail merge the problem belongs to (records file and line), when its own
   * location is elsewhere (the template line that reads a field the record lacks): a CI
   * annotation is placed at the record.
   */
  record?: Location;
}

/** What is wrong but does not stop the letter (a word wider than the line), and where, if known. */
export interface Warning {
  message: string;
  location?: Location;
}

/** A warning as printed and listed (--json, a merge's manifest): its place, then its message. */
export function warningText(w: Warning): string {
  const where = formatLocation(w.location);
  return where ? `${where}: ${w.message}` : w.message;
}

export class MissiveError extends Error {
  readonly kind: ErrorKind;
  /** One or more problems; data validation reports all of them at once. */
  readonly problems: Problem[];
  /**
   * What the command did before it failed, for `--json` (a merge that stopped keeps the
   * letters it finished, with a manifest: its summary and the manifest's path).
   */
  result?: Record<string, unknown>;

  constructor(kind: ErrorKind, problems: Problem | Problem[], options?: { cause?: unknown }) {
    const list = Array.isArray(problems) ? problems : [problems];
    super(list.map((p) => p.message).join("; "), options);
    this.name = "MissiveError";
    this.kind = kind;
    this.problems = list;
  }

  get exitCode(): number {
    return EXIT_CODES[this.kind];
  }
}

/** Shorthand for the common single-problem case. */
export function fail(
  kind: ErrorKind,
  message: string,
  location?: Location,
  hints?: string[],
): MissiveError {
  return new MissiveError(kind, { message, location, hints });
}

/** What went wrong, in words: an error's message, or anything else thrown as text. */
export function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

export function isMissiveError(e: unknown): e is MissiveError {
  return e instanceof MissiveError;
}

/** Formats a location as `file:line:col: path` with whatever parts are known. */
export function formatLocation(loc: Location | undefined): string {
  if (!loc) return "";
  if (loc.sheet !== undefined) return [sheetPlace(loc), loc.path].filter((s) => s).join(": ");
  let head = loc.file ?? "";
  if (loc.file && loc.line !== undefined) {
    head += `:${loc.line}`;
    if (loc.col !== undefined) head += `:${loc.col}`;
  }
  return [head, loc.path].filter((s) => s).join(": ");
}

/** `people.xlsx, sheet People, row 2, column B`: a spreadsheet's cells as its program names them. */
export function sheetPlace(loc: Location): string {
  const column = loc.column && `column${loc.column.includes(",") ? "s" : ""} ${loc.column}`;
  return [loc.file, `sheet ${loc.sheet}`, loc.line !== undefined && `row ${loc.line}`, column]
    .filter((s) => s)
    .join(", ");
}

/**
 * Whether an error is JavaScript running out of stack: input nested deeper than a recursive
 * parser can follow (Markdown block quotes within block quotes, YAML brackets). Where it is
 * caught, it is the input's fault, and how deep is too deep depends on the thread's stack.
 */
export function isStackOverflow(e: unknown): boolean {
  return e instanceof RangeError && /call stack/i.test(e.message);
}

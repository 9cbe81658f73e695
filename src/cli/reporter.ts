import type { Stats } from "node:fs";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { Chalk, type ChalkInstance } from "chalk";
import { formatLocation, isMissiveError, type Location, type Problem } from "../errors.js";
import { isWithin } from "../is-within.js";
import { splitLines } from "../line-ends.js";
import { type FileReads, sameAsRead } from "../load/file-reads.js";
import { readRegular } from "../load/read-regular.js";
import { MAX_INPUT_BYTES } from "../load/read-text.js";
import { shownPaths } from "../shown-paths.js";
import { clippedWords } from "../shown-value.js";
import { changedSince } from "./changed-since.js";
import { escapeControl } from "./escape-control.js";
import type { Io } from "./io.js";
import type { Painted } from "./painted.js";

/**
 * What FORCE_COLOR asks for, as chalk and Node read it: `0` or `false` no colour, any other
 * value colour, empty or unset nothing. Before, `FORCE_COLOR=0` turned colour on.
 */
function forcedColor(value: string | undefined): boolean | undefined {
  if (value === undefined || value === "") return undefined;
  return value !== "0" && value.toLowerCase() !== "false";
}

/**
 * Problems of one error printed (and annotated) at most. Why: a letter with thousands of
 * unknown keys printed four lines for each, burying the first, which is the one to fix.
 */
const MAX_SHOWN = 50;

/** Human output on stderr, coloured only for a terminal and never when NO_COLOR is set. */
export class Reporter {
  private readonly c: ChalkInstance;
  /** Files not in UTF-8 (a CSV read with --records-encoding), by name, and their encoding. */
  private readonly encodings = new Map<string, string>();
  /**
   * The files this run read and what each was (file-reads.ts): a file shows its lines only
   * while it is still the file read. Readers are given it (`readText(…, { reads })`).
   */
  readonly reads: FileReads = new Map();
  /** When the run began: a file read without a record changed since shows no code frame (changed-since.ts). */
  private since: number;
  constructor(
    private readonly io: Io,
    readonly quiet = false,
  ) {
    const color =
      io.stderr.isTTY === true &&
      !("NO_COLOR" in io.env && io.env.NO_COLOR !== "") &&
      io.env.TERM !== "dumb";
    this.since = io.started ?? runStart();
    this.c = new Chalk({ level: (forcedColor(io.env.FORCE_COLOR) ?? color) ? 1 : 0 });
  }

  /** A run begins (watch renders again): files changed before now may show their lines. */
  runBegins(): void {
    this.since = runStart();
    this.reads.clear(); // what this run reads is noted again
  }

  /** Shows `file`'s lines, under its problems, decoded as `encoding` (a TextDecoder label). */
  readsAs(file: string, encoding: string): void {
    this.encodings.set(file, encoding);
  }

  /**
   * One line of news: its texts shown with their control characters escaped, its painted
   * words coloured. Why parts: a line's file names come from data (`render` of a letter named
   * `l\x1b]0;…\x07.yaml`, `-o` named by a script): an ESC there rewrote the terminal, a line
   * feed started a line of its own (`::error::` to GitHub Actions). Only what missive paints
   * itself may colour the line.
   */
  info(...parts: Array<string | Painted>): void {
    if (this.quiet) return;
    const shown = parts.map((p) =>
      typeof p === "string" ? escapeControl(p) : this.c[p.colour](escapeControl(p.text)),
    );
    this.io.stderr.write(`${shown.join("")}\n`);
  }

  /** A warning; under GitHub Actions also an annotation at `at`'s place, when it has one. */
  warn(line: string, at?: Problem): void {
    this.io.stderr.write(`${this.c.yellow("warning:")} ${this.escaped(line)}\n`);
    if (at?.location) this.annotate([at], "warning");
  }

  /** Prints a missive error (every problem, located, with a code frame and hints) or a bug. */
  error(e: unknown, debug: boolean): void {
    if (!isMissiveError(e)) {
      const err = e as Error;
      this.io.stderr.write(
        `${this.c.red("internal error:")} ${escapeControl(err?.message ?? String(e))}\n`,
      );
      const stack = escapedLines(err?.stack ?? "");
      this.io.stderr.write(
        `${stack}\nThis is a bug in missive; please report it with the input that caused it.\n`,
      );
      // From the startup snapshot, frames point into one bundled file.
      if (this.io.fromSnapshot)
        this.io.stderr.write(
          "Run it again with MISSIVE_NO_SNAPSHOT=1 for a stack with file names.\n",
        );
      return;
    }
    // Each file is read once for all its problems: 100,000 of them (a key on every line) read
    // a file of a megabyte 100,000 times, for hours.
    const lines = new Map<string, string[] | undefined>();
    const shown = e.problems.slice(0, MAX_SHOWN);
    for (const p of shown) this.problem(p, lines);
    const more = e.problems.length - shown.length;
    if (more > 0) this.io.stderr.write(`… ${more} more not shown (--json lists every one)\n`);
    if (e.problems.length > 1) this.io.stderr.write(`${e.problems.length} problems found\n`);
    if (debug && e.stack) this.io.stderr.write(`${escapedLines(e.stack)}\n`);
    this.annotate(shown);
  }

  private problem(p: Problem, lines: Map<string, string[] | undefined>): void {
    const where = escapeControl(shownPaths(formatLocation(p.location), this.here()));
    this.io.stderr.write(
      `${this.c.red("error:")} ${where ? `${this.c.bold(where)}: ` : ""}${this.escaped(p.message)}\n`,
    );
    const frame = codeFrame(p, this.io, lines, this.encodings, {
      reads: this.reads,
      since: this.since,
    });
    if (frame) this.io.stderr.write(this.c.dim(frame));
    for (const h of p.hints ?? []) this.hint(h);
  }

  /** A hint under the error or warning just printed. */
  hint(line: string): void {
    this.io.stderr.write(`  ${this.c.cyan("hint:")} ${this.escaped(line)}\n`);
  }

  /** The current folder, or none when it cannot be read (deleted under the shell): paths are then shown whole. */
  private here(): string {
    try {
      return this.io.cwd;
    } catch {
      return "";
    }
  }

  /**
   * A file as an annotation names it: relative to the repository's checkout
   * (GITHUB_WORKSPACE) when inside it, as GitHub reads a relative `file=`; else as shown in a
   * message. Why not relative to the current folder: a job run in a subfolder
   * (`working-directory: letters`) put its annotations on files the repository does not have.
   */
  private annotated(file: string): string {
    const workspace = this.io.env.GITHUB_WORKSPACE;
    const here = this.here();
    const abs = here === "" ? file : resolve(here, file);
    if (workspace && isAbsolute(workspace) && isAbsolute(abs) && isWithin(workspace, abs))
      return relative(workspace, abs).split(sep).join("/");
    return shownPaths(file, here);
  }

  /** A message's words as shown: paths inside the current folder relative to it, long words cut, controls escaped. */
  private escaped(text: string): string {
    return escapeControl(clippedWords(shownPaths(text, this.here())));
  }

  /**
   * Under GitHub Actions, each problem as an annotation (an error, or a warning) at its file and
   * line (a failed record of a merge that keeps going, say); elsewhere nothing. A merge record's problem is
   * placed at the record, its own place (a template's line) then leads the message.
   */
  annotate(problems: Problem[], level: "error" | "warning" = "error"): void {
    if (this.io.env.GITHUB_ACTIONS !== "true") return;
    for (const problem of problems) {
      const p = problem.record ? atRecord(problem, problem.record) : problem;
      const l = p.location;
      // A spreadsheet has no lines to point at: its sheet, row and column go in the message.
      const lined = l?.sheet === undefined;
      const props = [
        // A file name from a pack may hold `,` `:` or a line end, which would end the property.
        l?.file &&
          `file=${escapeControl(this.annotated(l.file)).replace(/[%,:\r\n]/g, percentCode)}`,
        lined && l?.line && `line=${l.line}`,
        lined && l?.col && `col=${l.col}`,
      ]
        .filter(Boolean)
        .join(",");
      const where = lined ? l?.path : formatLocation({ ...l, file: undefined });
      const msg = this.escaped(`${where ? `${where}: ` : ""}${p.message}`)
        .replace(/%/g, "%25")
        .replace(/\r/g, "%0D")
        .replace(/\n/g, "%0A");
      this.io.stderr.write(`::${level} ${props}::${msg}\n`);
    }
  }
}

/**
 * The problem placed at its record, the place it names first in its message; one already in
 * the records file (a column of the record) stays where it is, the finer place.
 */
function atRecord(p: Problem, record: Location): Problem {
  if (p.location?.file === record.file) return p;
  const own = formatLocation(p.location);
  return { ...p, message: `${own ? `${own}: ` : ""}${p.message}`, location: record };
}

/**
 * A stack's lines, each escaped. Why: its first line is the error's message, which may hold
 * data (a value a library quoted as it failed), raw where the message above it is escaped.
 */
function escapedLines(text: string): string {
  return text.split("\n").map(escapeControl).join("\n");
}

function percentCode(c: string): string {
  return `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`;
}

/**
 * The offending source line with a caret under the column, if the file the problem is about
 * can be read as text: a regular file within the size limit of letter data, read no further
 * than its declared size (so `/proc/self/environ` shows nothing), its controls escaped.
 */
function codeFrame(
  p: Problem,
  io: Pick<Io, "cwd">,
  read: Map<string, string[] | undefined>,
  encodings: ReadonlyMap<string, string>,
  asRead: AsRead,
): string {
  const l = p.location;
  // A spreadsheet's place is its sheet, row and column, which the location already names.
  if (!l?.file || !l.line || l.sheet !== undefined) return "";
  if (!read.has(l.file))
    read.set(l.file, fileLines(resolve(io.cwd, l.file), encodings.get(l.file), asRead));
  const whole = read.get(l.file)?.[l.line - 1];
  if (whole === undefined) return "";
  const { raw, col: at } = shortLine(whole, l.col);
  const line = escapeControl(raw);
  const num = String(l.line);
  // Escapes widen the line; the caret moves by as much as they widen what is before it.
  const before = at ? raw.slice(0, at - 1) : "";
  const col = at ? at - 1 + escapeControl(before).length - before.length : 0;
  const caret = at ? `${" ".repeat(num.length)} | ${" ".repeat(Math.max(0, col))}^\n` : "";
  return `${num} | ${line}\n${caret}`;
}

/** What tells whether a file is still the one the run read: its record, else the run's start. */
interface AsRead {
  reads: FileReads;
  since: number;
}

/**
 * A file's lines, or undefined when it cannot be read as text, or it is not the file the run
 * read. A file the run recorded (`reads`) must be that very file, unchanged: the device,
 * inode, size, ctime and mtime of the file opened now, whatever folders or links led to it,
 * against those of the file read — no clock is asked, so a filesystem whose clock runs ahead
 * of the process's keeps its frames. A file without a record (the letter's, the records' and
 * every file of a pack have one; this is for any other a problem may name) falls back to
 * asking whether it, or a link on its way, changed since the run began, checked after the
 * read: what was read is then what missive read, as a swap or a swap back sets a ctime.
 */
function fileLines(
  path: string,
  encoding: string | undefined,
  asRead: AsRead,
): string[] | undefined {
  try {
    let opened: Stats | undefined;
    const bytes = readRegular(path, MAX_INPUT_BYTES, (st) => {
      opened = st;
    });
    const read = asRead.reads.get(path);
    if (read ? !(opened && sameAsRead(read, opened)) : changedSince(path, asRead.since))
      return undefined;
    // A UTF-16 file holds zero bytes, so only a file of unnamed encoding is checked for them.
    const text = encoding ? new TextDecoder(encoding).decode(bytes) : asText(bytes);
    return splitLines(text);
  } catch {
    // Also when the current folder cannot be read: the error is reported without its line.
    return undefined;
  }
}

/**
 * A file's bytes as text; throws for a binary file (a workbook, an image), whose bytes shown
 * as a "line" would be garbage. Why NUL tells: zip, PNG and JPEG headers hold zero bytes and
 * text does not, while text in a legacy encoding (a Latin-1 CSV) still shows its line.
 */
function asText(bytes: Buffer): string {
  if (bytes.includes(0)) throw new Error("a binary file");
  return bytes.toString("utf8");
}

/**
 * Now, to a fraction of a millisecond: a file written before has an earlier time (a kernel
 * sets files' times from a clock that lags this one by at most a tick, 4 ms on Linux: a
 * file swapped in that tick after a run began passes for older, which is why a CLI run
 * counts from its process's start, tens of milliseconds before it reads anything).
 */
function runStart(): number {
  return performance.timeOrigin + performance.now();
}

const FRAME_WIDTH = 100;

/**
 * A line of at most about FRAME_WIDTH characters around the column, cut ends marked `…`. Why:
 * a record of a megabyte on one line would otherwise fill the terminal and the CI log.
 */
function shortLine(line: string, col: number | undefined): { raw: string; col?: number } {
  if (line.length <= FRAME_WIDTH) return { raw: line, col };
  const start = Math.max(0, Math.min((col ?? 1) - 1 - FRAME_WIDTH / 2, line.length - FRAME_WIDTH));
  const head = start > 0 ? "…" : "";
  const tail = start + FRAME_WIDTH < line.length ? "…" : "";
  const raw = `${head}${line.slice(start, start + FRAME_WIDTH)}${tail}`;
  return { raw, col: col === undefined ? undefined : col - start + head.length };
}

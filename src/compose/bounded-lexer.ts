import { Lexer, type MarkedOptions, type Token, type Tokens } from "marked";
import { fail } from "../errors.js";
import { MAX_LINK_CHARS } from "../model/link-target.js";
import type { Locator } from "./markdown.js";
import { withSeparatorsInRows } from "./separated-rows.js";

/** The most runs of `*` or `_` one run of text (a paragraph, an item, a cell) may hold. */
export const MAX_EMPHASIS_RUNS = 2_500;

/**
 * The most the squares of those numbers may add up to in one body: four texts at the limit.
 * Why squares: marked pairs emphasis marks in time growing with the square of their number in
 * a text ("*a_" 20,000 times, 60 kB, is 64 times the work of 2,500), so the time a body of
 * many such paragraphs takes is bounded by the sum of the squares. A body of 2 MiB in
 * paragraphs of a kilobyte with 80 marks each adds up to half of it.
 */
const EMPHASIS_BUDGET = 4 * MAX_EMPHASIS_RUNS * MAX_EMPHASIS_RUNS;

/**
 * The most `*` and `_` a body may hold in runs of four or more, counted in every text marked
 * reads inline (the text inside emphasis again). Why: emphasis needs three at most (`***`); a
 * longer run that finds its match nests emphasis a level for each two marks, and marked reads
 * each level's text again (audit33: 25,000 stars, a letter and 25,000 stars took 10.8 s before
 * the nesting ran out of stack; runs of 200 stars in pairs, 300 kB, 6.3 s, a body of 4 MiB well
 * over a minute). Only runs that could open emphasis count (longRunMarks): a form's blanks
 * and a masked card number do not.
 */
export const MAX_LONG_RUN_MARKS = 8_000;

/**
 * marked's lexer, refusing a body whose runs of text hold so many emphasis marks that reading
 * them would take minutes, and telling of each table as it is found (markdown.ts counts their
 * cells). Why here: every run of text marked reads inline (paragraphs, headings, list items,
 * table cells, footnotes, the text inside emphasis) passes through inlineTokens.
 */
export class BoundedLexer extends Lexer {
  #spent = 0;
  #longMarks = 0;

  /** `onTable` is told of each table as it is found, before its cells' Markdown is read. */
  constructor(
    options: MarkedOptions,
    private readonly where: Locator,
    onTable?: (table: Tokens.Table) => void,
  ) {
    super(options);
    // The tokenizer given (marked reads every block with it), one of this lexer's own.
    const tokenizer = options.tokenizer;
    if (!tokenizer) return;
    tokenizer.rules = withSeparatorsInRows(tokenizer.rules);
    if (!onTable) return;
    const table = tokenizer.table.bind(tokenizer);
    tokenizer.table = (src: string) => {
      const found = table(src);
      if (found) onTable(found);
      return found;
    };
  }

  override inlineTokens(src: string, tokens: Token[] = []): Token[] {
    const runs = emphasisRuns(src);
    this.#spent += runs * runs;
    if (runs > MAX_EMPHASIS_RUNS || this.#spent > EMPHASIS_BUDGET)
      throw fail(
        "data",
        runs > MAX_EMPHASIS_RUNS
          ? `this text holds ${runs.toLocaleString("en")} runs of * or _, more than ${MAX_EMPHASIS_RUNS.toLocaleString("en")}: too many to read as Markdown emphasis`
          : "the body holds too many runs of * or _ to read as Markdown emphasis",
        this.where(firstLine(src)),
        ["split the text into paragraphs, or write a * or _ that is not emphasis as \\* or \\_"],
      );
    this.#longMarks += longRunMarks(src);
    if (this.#longMarks > MAX_LONG_RUN_MARKS)
      throw fail(
        "data",
        `the body holds more than ${MAX_LONG_RUN_MARKS.toLocaleString("en")} * or _ in runs of four or more before a word: too many to read as Markdown emphasis`,
        this.where(firstLine(src)),
        ["emphasis needs three at most (***); write a * or _ that is not emphasis as \\* or \\_"],
      );
    const before = longestBeforeAt(src);
    if (before > MAX_LINK_CHARS)
      throw fail(
        "data",
        `this text holds ${before.toLocaleString("en")} characters before an @, read as an e-mail address: one may have at most ${MAX_LINK_CHARS.toLocaleString("en")}`,
        this.where(firstLine(src)),
        ["shorten the word, or part it from the @ with a space"],
      );
    return super.inlineTokens(src, tokens);
  }
}

/**
 * The longest run of the characters an e-mail address may start with that ends at an "@".
 * Why: marked's GFM autolink looks for an address from each character of such a run to its
 * "@", in time growing by the square of the run (audit32: 20,000 letters before an @ took
 * 6.5 s, 40,000 18 s, a body of 4 MiB would take hours); a longer one than a link may be
 * (link-target.ts) would be refused as a link anyway, after that time.
 */
function longestBeforeAt(src: string): number {
  let longest = 0;
  let run = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === AT) longest = Math.max(longest, run);
    run = c < 128 && ADDRESS_START.test(src[i] as string) ? run + 1 : 0;
  }
  return longest;
}

/** What marked's GFM autolink reads as an address's part before its "@". */
const ADDRESS_START = /[a-zA-Z0-9.!#$%&'*+/=?_`{|}~-]/;
const AT = 0x40;

/** Runs of `*` or `_` not escaped with a backslash (`**`, `_`, `***`: one run each). */
function emphasisRuns(src: string): number {
  let runs = 0;
  let prev = 0;
  for (let i = 0; i < src.length; i++) {
    const c = src.charCodeAt(i);
    if (c === BACKSLASH) {
      i++;
      prev = 0;
    } else {
      if ((c === STAR || c === UNDERSCORE) && c !== prev) runs++;
      prev = c;
    }
  }
  return runs;
}

/**
 * How many `*` and `_` stand in runs of four or more of one of them, not escaped, that could
 * open emphasis: followed by a character that is not a space. A form's blank or a masked
 * number before a space or a line's end (`________ Date`, `**** 1234`) opens none.
 */
function longRunMarks(src: string): number {
  let marks = 0;
  let run = 0;
  let prev = 0;
  for (let i = 0; i <= src.length; i++) {
    const c = i < src.length ? src.charCodeAt(i) : 0;
    if ((c === STAR || c === UNDERSCORE) && c === prev) run++;
    else {
      if (run >= 4 && c !== 0 && !/\s/.test(src[i] as string)) marks += run;
      run = c === STAR || c === UNDERSCORE ? 1 : 0;
    }
    prev = c;
    if (c === BACKSLASH) {
      i++;
      prev = 0;
      run = 0;
    }
  }
  return marks;
}

const BACKSLASH = 0x5c;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;

function firstLine(src: string): string {
  return src.trimStart().split("\n", 1)[0] ?? "";
}

import { Lexer, type MarkedOptions, type Token, type Tokens } from "marked";
import { fail } from "../errors.js";
import { MAX_LINK_CHARS } from "../model/link-target.js";
import type { Locator } from "./markdown.js";

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
 * marked's lexer, refusing a body whose runs of text hold so many emphasis marks that reading
 * them would take minutes, and telling of each table as it is found (markdown.ts counts their
 * cells). Why here: every run of text marked reads inline (paragraphs, headings, list items,
 * table cells, footnotes, the text inside emphasis) passes through inlineTokens.
 */
export class BoundedLexer extends Lexer {
  #spent = 0;

  /** `onTable` is told of each table as it is found, before its cells' Markdown is read. */
  constructor(
    options: MarkedOptions,
    private readonly where: Locator,
    onTable?: (table: Tokens.Table) => void,
  ) {
    super(options);
    // The tokenizer given (marked reads every block with it), one of this lexer's own.
    const tokenizer = options.tokenizer;
    if (!onTable || !tokenizer) return;
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

const BACKSLASH = 0x5c;
const STAR = 0x2a;
const UNDERSCORE = 0x5f;

function firstLine(src: string): string {
  return src.trimStart().split("\n", 1)[0] ?? "";
}

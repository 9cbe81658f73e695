/**
 * The most levels lists may nest, one in another's item. Why a limit: the markup is read by
 * recursion, and a Markdown list nested 1,000 deep (a megabyte of data) ran it out of stack,
 * a bug report and a stack trace (exit 70). Why this many: far past any letter's (LaTeX
 * allows four, a word processor nine), and set from 100 levels deep the lists stand at one
 * indent, half the measure (layout/page-units.ts listIndent).
 */
export const MAX_LIST_LEVELS = 100;

/** The message and hint for a list nested `levels` deep, past MAX_LIST_LEVELS. */
export function listTooDeep(levels: number): { message: string; hints: string[] } {
  return {
    message: `a list nested ${levels} levels deep; lists nest at most ${MAX_LIST_LEVELS} levels`,
    hints: [
      "a letter's points need a few levels at most: set the deeper ones as a list of their own",
    ],
  };
}

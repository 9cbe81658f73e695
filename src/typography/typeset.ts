import type { Run } from "../model/letter-doc.js";
import { RecurringMemo } from "../recurring-memo.js";
import { blockText, runsOf } from "./block-text.js";
import { curlQuotes } from "./curl-quotes.js";
import { typedDashes } from "./dashes.js";
import { frenchOrdinals } from "./french-ordinals.js";
import { frenchSpacing } from "./french-spacing.js";
import { romanianCommas } from "./romanian-commas.js";
import { tieSpaces } from "./tie-spaces.js";
import { TYPOGRAPHY_KEYS, type Typography } from "./typography-options.js";

/**
 * The typography of one block's text: typed dashes, curly quotes, French spacing, ties, a
 * language's legacy letters (Romanian ş ţ). Runs keep their
 * formats; only their text changes, but for French ordinals' endings, which become runs of their own. `lang` is the block's language, a run's own `lang` wins.
 * Why here, on the model's runs: the text is final and both writers (PDF and plain text) read it.
 * `prose`: the block is a paragraph of prose, not lines of an address (BlockText.prose).
 */
export function typeset(
  lines: Run[][],
  lang: string,
  typography: Typography,
  prose = false,
): Run[][] {
  if (!TYPOGRAPHY_KEYS.some((k) => typography[k])) return lines;
  const { block, layout } = blockText(lines, lang, prose);
  if (typography.dashes) typedDashes(block);
  if (typography.quotes) curlQuotes(block);
  if (typography.spacing) frenchSpacing(block);
  if (typography.ties) tieSpaces(block);
  if (typography.diacritics) romanianCommas(block);
  const runs = runsOf(block, layout);
  return typography.ordinals ? frenchOrdinals(runs, lang) : runs;
}

/**
 * The same for a line of plain text (a signer's name, a field's label), through the thread's
 * memo when given: a merge's letters share their signers and labels.
 */
export function typesetText(
  text: string,
  lang: string,
  typography: Typography,
  memo?: TypesetMemo,
): string {
  return typesetOnce(memo, [[{ text }]], lang, typography)[0]?.[0]?.text ?? text;
}

/** Typeset lines by their runs, language and typography (part of Resources: `compiled`). */
export type TypesetMemo = RecurringMemo<Run[][]>;

/** How many typeset blocks a thread keeps: a letter has tens; a merge's share most. */
const MAX_BLOCKS = 1024;

export function newTypesetMemo(): TypesetMemo {
  return new RecurringMemo(MAX_BLOCKS);
}

/**
 * `typeset`, done once per thread for the same runs, language and typography. Why: the
 * passes walk every character of a block, and a merge's letters share most blocks.
 */
export function typesetOnce(
  memo: TypesetMemo | undefined,
  lines: Run[][],
  lang: string,
  typography: Typography,
  prose = false,
): Run[][] {
  if (!memo) return typeset(lines, lang, typography, prose);
  const key = JSON.stringify([lines, lang, typography, prose]);
  return memo.of(key, () => frozen(typeset(lines, lang, typography, prose)));
}

/**
 * The runs, frozen: letters share them, so none may change them, and a later stage may key
 * its own memo by their identity (layout/paragraph-memo.ts).
 */
function frozen(lines: Run[][]): Run[][] {
  for (const line of lines) {
    for (const run of line) Object.freeze(run);
    Object.freeze(line);
  }
  return Object.freeze(lines) as Run[][];
}

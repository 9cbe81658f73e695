import type { BlockText } from "./block-text.js";
import { COMMON_TIES, CURRENCIES, TIES_BY_LANGUAGE, type TieWords, UNITS } from "./tie-words.js";

/** A no-break space: the layout keeps the words on either side on one line. */
export const TIE = "\u00a0";

const literal = (s: string) => s.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
const anyOf = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join("|");

/** Where a word may start: the block's start, a space, an opening bracket or quote. */
const WORD_START = "(?<=^|[\\s([{„“”\"«»‘‚'‹›—–])";
const WORD_END = "(?![\\p{L}\\p{N}])";

/** The space between a number and its unit or currency: 5 km, 186.400 Euro, 10 %, 2.800 €. */
const NUMBER_UNIT = new RegExp(
  `(?<=\\d) (?=(?:${anyOf([...UNITS, ...CURRENCIES])})${WORD_END})`,
  "gu",
);
/** The space between a currency and its number: EUR 2.800, $ 5. */
const CURRENCY_NUMBER = new RegExp(`${WORD_START}(?:${anyOf(CURRENCIES)}) (?=\\d)`, "gu");
/** The spaces between groups of digits: 186 400. */
const DIGIT_GROUPS = /(?<![\d.,])\d{1,3}(?: \d{3})+(?!\d)/gu;
/** The space before a spaced dash, so no line starts with one: "word – word". */
const BEFORE_DASH = /(?<=\S) (?=[–—](?:\s|$)|-\s)/gu;

const tiesOf = (words: TieWords): { after: RegExp; inside: RegExp | null } => ({
  after: new RegExp(
    `${WORD_START}(?:${anyOf([...COMMON_TIES.after, ...words.after])}) (?=\\S)`,
    "gu",
  ),
  inside: words.inside.length ? new RegExp(`${WORD_START}(?:${anyOf(words.inside)})`, "gu") : null,
});

/** The tie patterns of each language in TIES_BY_LANGUAGE, and of any other language. */
const BY_LANGUAGE = new Map([...TIES_BY_LANGUAGE].map(([lang, words]) => [lang, tiesOf(words)]));
const OTHER = tiesOf({ after: [], inside: [] });

/**
 * Ties words that must stay on one line by turning the space between them into a no-break
 * space: a number and its unit or currency, the groups of a number (186 400), an abbreviation
 * and what follows it (by the language of the abbreviation), and the space before a spaced dash.
 */
export function tieSpaces(block: BlockText): void {
  if (!block.text.includes(" ")) return;
  const tie = (at: number) => {
    if (block.out[at] === " " && !block.fixed[at]) block.out[at] = TIE;
  };
  for (const m of block.text.matchAll(NUMBER_UNIT)) tie(m.index);
  for (const m of block.text.matchAll(CURRENCY_NUMBER)) tie(m.index + m[0].length - 1);
  for (const m of block.text.matchAll(BEFORE_DASH)) tie(m.index);
  for (const m of block.text.matchAll(DIGIT_GROUPS))
    for (let i = m.index; i < m.index + m[0].length; i++) if (block.text[i] === " ") tie(i);
  for (const lang of new Set(block.lang.map(language))) {
    const { after, inside } = BY_LANGUAGE.get(lang) ?? OTHER;
    const here = (i: number) => language(block.lang[i] ?? "") === lang;
    for (const m of block.text.matchAll(after)) if (here(m.index)) tie(m.index + m[0].length - 1);
    for (const m of inside ? block.text.matchAll(inside) : [])
      if (here(m.index))
        for (let i = m.index; i < m.index + m[0].length; i++) if (block.text[i] === " ") tie(i);
  }
}

/** The primary language of a tag: `de-CH` → `de`. */
export function language(tag: string): string {
  return (tag.split(/[-_]/)[0] ?? "").toLowerCase();
}

/**
 * Where a word may break with no hyphen added: after a hyphen, a dash or a slash it has (in a
 * web or e-mail address, before a hyphen: `breakPieces`). One rule for the PDF's lines
 * (layout/paragraph-items.ts) and the text output (write/display-width.ts), so both break a
 * long word in the same places.
 */
const BREAKS = "\\-\\u2010\\u2013\\u2014/";

/** Splits a word keeping its break characters as pieces of their own ("a-b" → a, -, b). */
export const BREAK_AFTER = new RegExp(`([${BREAKS}])`);

/** Between a break character and what follows it (not inside "//" or "--"). */
export const AFTER_BREAK = new RegExp(`(?<=[${BREAKS}])(?![${BREAKS}])`);

/** An @ or a scheme: e-mail addresses and web addresses. */
export const ADDRESS = /@|:\/\/|^\(?www\./i;

/** An address's break characters, kept as pieces of their own: a dot besides the others. */
export const ADDRESS_MARKS = new RegExp(`([${BREAKS}.])`);

/**
 * After a slash, and before a hyphen or a dot, in an address: there a hyphen starts the next
 * line (as the Chicago Manual says), since one ending a line could be a hyphen added to break
 * it. Not before a dot after fewer than three characters ("m.lindqvist@": they would stand
 * alone) or a digit, nor before one a digit follows ("2.5"), nor before one that leaves
 * fewer than three letters or digits to the address's end (".il)", ".de").
 */
const ADDRESS_BREAK =
  /(?<=\/)(?!\/)|(?<![-/])(?=-(?!-))|(?<=(?:^|[-\u2010\u2013\u2014/.])[^-\u2010\u2013\u2014/.]{3,})(?<!\d)(?=\.[^\d.])(?=(?:[^\p{L}\p{N}]*[\p{L}\p{N}]){3})/u;

/** Whether breaking before a dot leaves at least three letters or digits after it. */
export function enoughAfterDot(rest: string): boolean {
  return (rest.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3;
}

/** A long word's pieces between the places it may break with no hyphen added. */
export function breakPieces(word: string): string[] {
  return word.split(ADDRESS.test(word) ? ADDRESS_BREAK : AFTER_BREAK);
}

/**
 * Where a word may break with no hyphen added: after a hyphen, a dash or a slash it has. One
 * rule for the PDF's lines (layout/paragraph-items.ts) and the text output
 * (write/display-width.ts), so both break a long word in the same places.
 */
const BREAKS = "\\-\\u2010\\u2013\\u2014/";

/** Splits a word keeping its break characters as pieces of their own ("a-b" → a, -, b). */
export const BREAK_AFTER = new RegExp(`([${BREAKS}])`);

/** Between a break character and what follows it (not inside "//" or "--"). */
export const AFTER_BREAK = new RegExp(`(?<=[${BREAKS}])(?![${BREAKS}])`);

import { editDistance } from "../load/did-you-mean.js";

/** Names shorter than this whose first letter is another are other words, not typos. */
const SHORT = 8;

/**
 * Whether a records column that did-you-mean found close to a letter field (compared without
 * case) is a likely misspelling of it, and not another word of its own.
 * Why the first letter: typing seldom gets a word's first letter wrong, and two short names
 * that differ there are other words: Outlook's `Gender` is no misspelt `sender`, nor a `name`
 * column a misspelt `date`. A first letter dropped, doubled or swapped with the next
 * (`ecipient`, `ercipient`) is still a typo, and so is a long name's (`tecipient`), whose
 * other letters say which field it means.
 */
export function likelyTypo(column: string, field: string): boolean {
  const a = column.toLowerCase();
  const b = field.toLowerCase();
  if (a[0] === b[0] || Math.min(a.length, b.length) >= SHORT) return true;
  // The first letter replaced: the rest is all but one of the edits.
  return editDistance(a.slice(1), b.slice(1)) + 1 !== editDistance(a, b);
}

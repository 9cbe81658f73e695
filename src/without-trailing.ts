/**
 * `text` without the run of characters it ends with that each match `one`, a pattern of one
 * character (`/[. ]/`, `/\p{L}/u`). Why not `text.replace(/[. ]+$/, "")`: V8 tries such a
 * pattern from every character, and a run that does not reach the end is scanned again from
 * each of its characters; a body word of 40,000 commas after a number took 148 s to typeset,
 * a record's name of 10,000 spaces 25 s to make a file name of (audit32).
 */
export function withoutTrailing(text: string, one: RegExp): string {
  let end = text.length;
  while (end > 0) {
    // A character outside the BMP is tested whole, as a `u` pattern reads it.
    const pair = end > 1 && isLow(text.charCodeAt(end - 1)) && isHigh(text.charCodeAt(end - 2));
    const width = pair ? 2 : 1;
    if (!one.test(text.slice(end - width, end))) break;
    end -= width;
  }
  return text.slice(0, end);
}

function isHigh(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLow(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

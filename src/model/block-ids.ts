/**
 * Block ids (layout/, `TextItem.block`) name the block a painted item belongs to: the scope it
 * comes from, its role and its index there (`head/p#2`, `p#7`, `running/footer/p#0`,
 * `signer:Jane Doe`). The tagged PDF makes one element of each id, so two sources must never
 * share one: each band and group numbers its blocks from 0, under a scope of its own.
 */

/**
 * What repeats on every page (running heads, footers, page numbers) is scoped under this: the
 * tagged PDF marks it as artifacts.
 */
export const RUNNING = "running/";

/** The scope of each source of blocks: the start of their ids. */
export const SCOPE = {
  /** The letter's own text, unprefixed (as `--emit layout` has always shown it). */
  body: "",
  letterhead: "head/",
  continuation: `${RUNNING}continuation/`,
  footer: `${RUNNING}footer/`,
  /** A footer for chosen pages (`<footer on="first">`), by its place among them. */
  pageFooter: (n: number) => `${RUNNING}footer-${n}/`,
  /** A placed group: on page 1 only, part of the letter; on every page, a running head. */
  placed: (n: number, everyPage: boolean) => `${everyPage ? RUNNING : ""}place-${n}/`,
} as const;

/** A footnote's block id, by its mark: the references with that mark lead to its Note. */
export function noteBlock(mark: string): string {
  return `footnote:${mark}`;
}

/** The mark of a footnote's block id (noteBlock). */
export function noteMark(id: string): string {
  return id.slice(id.indexOf(":") + 1);
}

/** The role of a block id: `p` of `head/p#7`, `signer` of `signer:Jane Doe`. */
export function roleOf(id: string): string {
  // Painting asks for every line's role: the scopes are skipped, not cut off as a new string,
  // and read a character at a time, not by a regular expression, whose match is an array.
  let start = 0;
  for (let next = scopeEnd(id, 0); next > 0; next = scopeEnd(id, start)) start = next;
  let end = start;
  while (end < id.length && id[end] !== "#" && id[end] !== ":") end++;
  return id.slice(start, end);
}

/**
 * Where a scope before a block's own id (`head/`, `group-2/`: letters, a number after a
 * hyphen if any, a slash) that starts at `i` ends, past its slash; -1 if none starts there.
 */
function scopeEnd(id: string, i: number): number {
  let j = i;
  while (j < id.length && isBetween(id.charCodeAt(j), 0x61, 0x7a)) j++;
  if (j === i) return -1;
  if (id[j] === "-") {
    const digits = j + 1;
    j = digits;
    while (j < id.length && isBetween(id.charCodeAt(j), 0x30, 0x39)) j++;
    if (j === digits) return -1;
  }
  return id[j] === "/" ? j + 1 : -1;
}

function isBetween(code: number, low: number, high: number): boolean {
  return code >= low && code <= high;
}

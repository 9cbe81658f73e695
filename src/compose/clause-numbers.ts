import type { Marker } from "./fancy-lists.js";

/**
 * A clause number: `1.1`, `2.3.1`, `4.2.` (the last number counts); no part starts with 0,
 * so a date ("15.01. Abgabe") is not one.
 */
export const CLAUSE = /^((?:[1-9]\d{0,2}\.){1,4})([1-9]\d{0,2})(\.?)$/;

/** The number an item of a clause list prints, with no full stop after it (`2.2`), if it is one. */
export function clauseNumber(m: Marker): string | undefined {
  const clause = CLAUSE.exec(m.numbering);
  return clause ? `${clause[1]}${m.start}` : undefined;
}

/**
 * Whether `child` is the first part of the item numbered `parent` (no full stop after it):
 * its number extends the parent's by one more part, `2.2.1` of `2.2` (or of `2.2.`), `1.1` of
 * a Markdown item `1.`. Why by number: a contract numbers a clause's parts so, whatever ends
 * the clause's own line ("2.2 The Supplier shall⏎2.2.1 deliver …").
 */
export function isFirstPartOf(child: Marker, parent: string): boolean {
  const clause = CLAUSE.exec(child.numbering);
  return clause !== null && child.start === 1 && clause[1] === `${parent}.`;
}

/**
 * Whether `m` opens another section's clauses than the list's `first` item is in: a clause
 * from x.1 with as many parts as that item's but another number before them (`2.1` after a
 * list of `1.1`, `1.2`). Why: Markdown reads the two runs, an empty line between, as one list,
 * whose numbering can print only the first section's numbers.
 */
export function opensSection(m: Marker, first: Marker): boolean {
  const clause = CLAUSE.exec(m.numbering);
  const own = CLAUSE.exec(first.numbering);
  return (
    clause !== null &&
    own !== null &&
    m.start === 1 &&
    m.numbering !== first.numbering &&
    (clause[1] as string).split(".").length === (own[1] as string).split(".").length
  );
}

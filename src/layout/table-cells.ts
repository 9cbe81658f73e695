import { MissiveError } from "../errors.js";
import type { Block, LetterDoc, TableBlock } from "../model/letter-doc.js";
import { MAX_TABLE_CELLS, tooManyCells } from "../model/table-cell-limit.js";

/** Throws a layout error when the letter's tables hold more cells than MAX_TABLE_CELLS. */
export function refuseTooManyCells(doc: LetterDoc): void {
  const tables = blocksOf(doc).filter((b): b is TableBlock => b.kind === "table");
  let cells = 0;
  let largest: { table: TableBlock; cells: number } | undefined;
  for (const table of tables) {
    // Every row is laid out across every column, the missing cells too.
    const columns = table.rows.reduce((most, row) => Math.max(most, row.length), 0);
    const n = table.rows.length * columns;
    cells += n;
    if (!largest || n > largest.cells) largest = { table, cells: n };
  }
  if (cells <= MAX_TABLE_CELLS || !largest) return;
  const { table } = largest;
  const columns = largest.cells / Math.max(table.rows.length, 1);
  throw new MissiveError("layout", {
    ...tooManyCells(cells, table.rows.length, columns),
    about: firstCellText(table),
    aboutItems: itemCounts(table, columns),
  });
}

/**
 * How many items the list a template made the table of may hold: a row of each, below its
 * header rows or not, or a column of each. Only counts of at least the limit's square root
 * (448), as a table over the limit has rows or columns so many, so that a short list
 * (`recipient`, two lines) is not taken for it; none leaves the data file alone named.
 */
function itemCounts(table: TableBlock, columns: number): number[] {
  const counts = [table.rows.length - table.headerRows, table.rows.length, columns];
  return counts.filter((n) => n * n >= MAX_TABLE_CELLS);
}

/** Every block of the letter: its bands, body, footers and placed groups, and in their columns. */
function blocksOf(doc: LetterDoc): Block[] {
  return [
    ...doc.letterhead,
    ...doc.continuation,
    ...doc.footer,
    ...(doc.pageFooters ?? []).flatMap((f) => f.blocks),
    ...doc.body,
    ...(doc.placed ?? []).flatMap((g) => g.blocks),
  ].flatMap(withinColumns);
}

/** A block, and the blocks of its columns (a pack may set a table in a `<column>`). */
function withinColumns(b: Block): Block[] {
  return b.kind === "columns" ? [b, ...b.columns.flat().flatMap(withinColumns)] : [b];
}

/**
 * The longest text of the table's first cells, to say where in the data it stands; none when
 * that is a letter or two, which could be found anywhere in the data (`template: senate`).
 */
export function firstCellText(table: TableBlock): string | undefined {
  const texts = table.rows
    .slice(0, 20)
    .flatMap((row) => row.flatMap((cell) => cell.lines.flatMap((line) => line.map((r) => r.text))));
  const longest = texts.reduce((a, t) => (t.trim().length > a.trim().length ? t : a), "");
  return longest.trim().length >= 3 ? longest : undefined;
}

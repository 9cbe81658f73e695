/**
 * The table cells a letter may lay out, in all its tables: each is set as a paragraph of its
 * own. Why a limit: a body of 4 MiB can hold two million cells (`|a|b|c|d|e|` lines), whose
 * time and memory docs/security.md measures. Why this many: a table of 80,000 rows of two
 * columns is still laid out (tests/long-blocks.test.ts). The body's
 * Markdown counts its tables as it reads them (compose/markdown.ts), so that a table written
 * in the data is refused at its line before it is turned into markup; the layout counts every
 * table, a template's too (layout/table-cells.ts).
 */
export const MAX_TABLE_CELLS = 200_000;

const n = (v: number) => v.toLocaleString("en-US");

/**
 * The words of the refusal: `cells` in all, the largest (or the last counted) table `rows` by
 * `columns`; `reached` when the count stopped at that table, other tables may follow it.
 */
export function tooManyCells(
  cells: number,
  rows: number,
  columns: number,
  reached = false,
): { message: string; hints: string[] } {
  const held = reached
    ? `reach ${n(cells)} cells with this one of ${n(rows)} rows of ${n(columns)} columns`
    : `hold ${n(cells)} cells (this one ${n(rows)} rows of ${n(columns)} columns)`;
  return {
    message: `the letter's tables ${held}; a letter lays out at most ${n(MAX_TABLE_CELLS)}`,
    hints: ["send a table this large as a spreadsheet enclosed with the letter"],
  };
}

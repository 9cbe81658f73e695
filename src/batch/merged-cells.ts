import { fail, isMissiveError, type Location } from "../errors.js";
import { clipped } from "../shown-value.js";
import { columnIndex, columnName } from "./record-place.js";

/**
 * Cells a sheet merges into one, told at the row of its top-left cell: the 0-based column of
 * that cell and how many columns and rows the merge spans. Why it matters: a spreadsheet keeps
 * a merged range's value in its top-left cell alone (`.xlsx` `<mergeCell ref="A3:A5"/>`,
 * `.ods` `table:number-rows-spanned`), so the rows below read as empty there.
 */
export interface MergedRange {
  column: number;
  columns: number;
  rows: number;
}

/**
 * A sheet's merged ranges (`A3:A5`, as an `.xlsx` names them) by the row of their top-left
 * cell. A reference whose end is before its start is read from corner to corner.
 */
export function mergedByRow(refs: readonly string[]): Map<number, MergedRange[]> {
  const rows = new Map<number, MergedRange[]>();
  for (const ref of refs) {
    const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const [c1, c2] = [columnIndex(m[1] as string), columnIndex(m[3] as string)];
    const [r1, r2] = [Number(m[2]), Number(m[4])];
    const top = Math.min(r1, r2);
    const range = {
      column: Math.min(c1, c2),
      columns: Math.abs(c2 - c1) + 1,
      rows: Math.abs(r2 - r1) + 1,
    };
    const list = rows.get(top);
    if (list) list.push(range);
    else rows.set(top, [range]);
  }
  return rows;
}

/** A merged range met in the sheet, with its top row and its top-left cell's value. */
interface OpenRange extends MergedRange {
  top: number;
  value: string;
}

/** The range's name as the spreadsheet writes it: `A3:A5`. */
function rangeName(r: OpenRange): string {
  return `${columnName(r.column)}${r.top}:${columnName(r.column + r.columns - 1)}${r.top + r.rows - 1}`;
}

/**
 * Follows a sheet's merged ranges row by row, and refuses a record that one of them reaches
 * from a row above. Why an error, not the value filled down: a merge over rows shows one
 * value for several records, a grouping (one company over its three contacts) or a mistake,
 * and the file keeps it for the first alone; a guess either way could send a letter with
 * another record's company. Unmerging and filling is a few clicks, named in the hint. A merge
 * along one row (a name over two columns) shows its value in that record only, and is read
 * as the sheet shows it: the value in its first column, the others empty.
 */
export class MergedCells {
  private open: OpenRange[] = [];
  /** The header row's merges, kept for its errors' hints after they end. */
  private header: OpenRange[] = [];

  /** A row of the sheet is read: its own merges start, and those that ended before it go. */
  enter(line: number, cells: readonly (string | boolean)[], merged: readonly MergedRange[] = []) {
    this.open = this.open.filter((r) => r.top + r.rows > line);
    for (const m of merged) {
      const value = cells[m.column] ?? "";
      // A merge whose first cell is empty spreads nothing, and loses nothing.
      if (value === "" || m.columns * m.rows < 2) continue;
      this.open.push({ ...m, top: line, value: String(value) });
    }
  }

  /** The row at `line` is the header: its merges are kept for `explain`. */
  takeHeader(line: number): void {
    this.header = this.open.filter((r) => r.top === line);
  }

  /**
   * Refuses the record at `line` when a merge from a row above covers one of its named
   * columns (`header[j]` not empty), at that cell; `headerLine` is the header's row.
   */
  refuseCovered(line: number, header: string[], headerLine: number, at: (i: number) => Location) {
    for (const r of this.open) {
      // Not its own row: a merge along a row shows one value in that record, which it gets.
      if (line <= r.top || line >= r.top + r.rows) continue;
      // Only the columns the header has: a hostile sheet's merge may claim 2^53 of them
      // (`number-columns-spanned`, `A3:ZZZZZZZZZZ4`), and each record below it looped over all.
      for (let j = r.column; j < Math.min(r.column + r.columns, header.length); j++) {
        if (!header[j]) continue;
        const first = `${columnName(r.column)}${r.top}`;
        throw fail(
          "data",
          `the cell is part of the merged cells ${rangeName(r)}, whose value ("${clipped(r.value)}") the sheet keeps in ${first} only: this record has none in ${header[j]}`,
          at(j),
          [
            ...(r.top === headerLine
              ? [
                  `the merge starts in the header row: field names are one row, one name per column (a group's name over its columns is not read: name them address.street, address.city)`,
                ]
              : []),
            "unmerge the cells and write the value into each row it is meant for (Excel: Unmerge Cells, then Go To Special ▸ Blanks, type = and the cell above, Ctrl+Enter; LibreOffice: Format ▸ Merge and Unmerge Cells ▸ Unmerge Cells), or save a copy without merges as CSV",
          ],
        );
      }
    }
  }

  /**
   * Adds a hint to an error about column `i` having no name, when the header row merges it
   * into the column before: a merged header cell (a title over the table, a group's name
   * over its columns) names its first column only.
   */
  explain(e: unknown, i: number): unknown {
    if (!isMissiveError(e) || i < 0) return e;
    const r = this.header.find((m) => i > m.column && i < m.column + m.columns);
    const problem = e.problems[0];
    if (!r || !problem) return e;
    problem.hints = [
      ...(problem.hints ?? []),
      `${rangeName(r)} of the header row is merged cells, which name only their first column (${columnName(r.column)}, "${clipped(r.value)}"): unmerge them and name each column, or, for a title above the table, delete its row`,
    ];
    return e;
  }
}

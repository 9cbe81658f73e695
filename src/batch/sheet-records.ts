import { fail, type MissiveError } from "../errors.js";
import { clipped } from "../shown-value.js";
import type { MergeRecord, SheetPlace } from "./merge-record.js";
import { columnName } from "./record-place.js";
import { refuseLargeRecord } from "./record-size.js";
import { checkHeader, rowData } from "./table-rows.js";

/** A spreadsheet cell's value: text, or TRUE and FALSE (see read-xlsx.ts `cellValue`). */
export type SheetCell = string | boolean;

/** A row of a sheet: its number (1-based) and its cells from column A on. */
export interface SheetRow {
  line: number;
  cells: SheetCell[];
  /**
   * How many rows in a run stand for this one (rows `line` on), 1 when not given. Why a count
   * rather than copies: an .ods says "this row, nine million times" in one element.
   */
  repeat?: number;
}

/**
 * A sheet's rows as records, laid out like CSV: the first row with a value is the header of
 * field names, each later row with a value is a record, located at its row number. Shared by
 * every spreadsheet format, so a sheet reads the same whoever saved it. Why rows carry their
 * number: a sheet may list only the rows that hold something (an .ods says "a million empty
 * rows" in one element).
 */
export function* sheetRecords(
  label: string,
  name: string,
  rows: Iterable<SheetRow>,
): Generator<MergeRecord> {
  let sheet: SheetPlace | undefined;
  let index = 0;
  for (const row of rows) {
    if (row.cells.every((c) => c === "")) continue;
    for (let line = row.line; line < row.line + (row.repeat ?? 1); line++) {
      const at = (i: number) => ({ file: label, sheet: name, line, column: columnName(i) });
      if (!sheet) {
        sheet = { name, header: checkHeader(row.cells.map(String), "sheet", at) };
        continue;
      }
      const data = rowData(sheet.header, row.cells, "sheet", at);
      // A row may repeat a cell of a megabyte (a shared string, a repeated column).
      refuseLargeRecord(data, () => ({ file: label, sheet: name, line }));
      yield { index: index++, line, sheet, data };
    }
  }
}

/**
 * `--sheet` named a sheet the workbook lacks: a usage error naming the sheets there are. Why
 * the list is cut: a workbook may hold thousands of sheets, and a message is read by a person.
 */
export function sheetNotFound(asked: string, names: string[], label: string): MissiveError {
  return fail(
    "usage",
    `--sheet ${clipped(asked, 100)}: Sheet not found: ${clipped(asked, 100)}. Available sheets: ${clipped(names.join(", "), 300)}`,
    { file: label },
  );
}

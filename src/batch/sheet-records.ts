import { fail, type Location, type MissiveError } from "../errors.js";
import { clipped } from "../shown-value.js";
import type { MergeRecord, SheetPlace } from "./merge-record.js";
import { MergedCells, type MergedRange } from "./merged-cells.js";
import { columnName } from "./record-place.js";
import { refuseLargeRecord } from "./record-size.js";
import { checkHeader, rowData } from "./table-rows.js";
import { unsavedFormulaError } from "./unsaved-formula.js";
import { MAX_XLSX_UNPACKED } from "./xlsx-guard.js";

/**
 * How many characters a sheet's records may hold in all: as many as its parts may unpack to.
 * Why: a sheet may use a text many times for the bytes of one (an `.xlsx` shared string, an
 * `.ods` row repeated): a workbook of 2.5 MB whose 500,000 rows each used one shared string
 * of a megabyte made 500 GB of records, and a merge that ran for ever; a CSV of them would
 * be that large on disk.
 */
export const MAX_SHEET_CHARS = MAX_XLSX_UNPACKED;

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
  /** The sheet hides the row (Hide Rows, or a filter that leaves it out). */
  hidden?: boolean;
  /** The merged ranges whose top-left cell is in this row. */
  merged?: MergedRange[];
  /** The 0-based columns of the row's cells whose formula has no saved result (unsaved-formula.ts). */
  unsaved?: number[];
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
  let headerLine = 0;
  let index = 0;
  let chars = 0;
  const merges = new MergedCells();
  let lost: string | undefined;
  for (const row of rows) {
    merges.enter(row.line, row.cells, row.merged);
    if (row.cells.every((c) => c === "")) {
      // A row of formulas with no result reads as empty: a record lost, if one comes after it.
      if (sheet) lost ??= unsavedCell(row, sheet.header);
      continue;
    }
    for (let line = row.line; line < row.line + (row.repeat ?? 1); line++) {
      let asked = -1;
      const at = (i: number) => {
        asked = i;
        return { file: label, sheet: name, line, column: columnName(i) };
      };
      if (!sheet) {
        sheet = { name, header: checkHeader(row.cells.map(String), "sheet", at) };
        headerLine = line;
        merges.takeHeader(line);
        continue;
      }
      merges.refuseCovered(line, sheet.header, headerLine, at);
      const unsaved = lost ?? unsavedCell(row, sheet.header, line);
      if (unsaved) throw unsavedFormulaError(unsaved, label, name);
      let data: Record<string, unknown>;
      try {
        data = rowData(sheet.header, row.cells, "sheet", at);
      } catch (e) {
        throw merges.explain(e, asked);
      }
      // A row may repeat a cell of a megabyte (a shared string, a repeated column).
      chars += refuseLargeRecord(data, () => ({ file: label, sheet: name, line }));
      if (chars > MAX_SHEET_CHARS) throw tooMuchText({ file: label, sheet: name, line });
      yield { index: index++, line, sheet, data, ...(row.hidden ? { hidden: true as const } : {}) };
    }
  }
}

/**
 * The first cell of the row (`J5`) whose formula has no saved result (unsaved-formula.ts), in a
 * column the header names. Why only there: a formula below the table (a total in a row of its
 * own) or beside it (a column with no name) is no record's value, and the workbook was refused
 * for it before.
 */
function unsavedCell(row: SheetRow, header: string[], line = row.line): string | undefined {
  const j = row.unsaved?.find((i) => header[i]);
  return j === undefined ? undefined : `${columnName(j)}${line}`;
}

function tooMuchText(at: Location): MissiveError {
  return fail(
    "data",
    `the sheet's records hold over ${MAX_SHEET_CHARS.toLocaleString("en-US")} characters by this row, more than its parts may unpack to (a text shared by many cells, or a row repeated, counts each time it is used)`,
    at,
    ["a record holds one letter's fields: is a long value used in every row?"],
  );
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

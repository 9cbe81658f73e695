import { fail, type MissiveError } from "../errors.js";
import { columnName } from "./record-place.js";

/** How the spreadsheet reader says a cell is wrong: `<c/> at row 2, col 1: FORMAT_INVALID`. */
const CELL_ERROR = /^<c\/> at row (\d+), col (\d+): (\w+)$/;

const REASONS: Record<string, string> = {
  FORMAT_INVALID: "the cell's number names a style the workbook does not have",
  VALUE_INVALID: "the cell's value cannot be read",
  VALUE_MISSING: "the cell has no value",
  TYPE_INVALID: "the cell's type is none a spreadsheet writes",
};

/**
 * The reader's complaint about a cell as a data error at its cell (its sheet's when known:
 * the reader reads every sheet when none is named, and does not say which one failed), or
 * undefined when it is about no cell. Why: its message names the cell in its own terms
 * (`col 1`) and the code, which a spreadsheet's user cannot act on.
 */
export function xlsxCellProblem(
  message: string,
  file: string,
  sheet: string | undefined,
): MissiveError | undefined {
  const m = CELL_ERROR.exec(message);
  if (!m) return undefined;
  const [, row, col, code] = m as unknown as [string, string, string, string];
  const cell = `${columnName(Number(col) - 1)}${row}`;
  const reason = `${REASONS[code] ?? "the cell cannot be read"} (${code})`;
  const hints = ["save it from the spreadsheet as Excel Workbook (.xlsx), or as CSV"];
  if (sheet === undefined)
    return fail("data", `not a readable .xlsx workbook: cell ${cell}: ${reason}`, { file }, hints);
  const at = { file, sheet, line: Number(row), column: columnName(Number(col) - 1) };
  return fail("data", `not a readable .xlsx workbook: ${reason}`, at, hints);
}

import { closeSync, fstatSync, readFileSync } from "node:fs";
import { fail, isMissiveError } from "../errors.js";
import { cannotRead } from "../load/cannot-read.js";
import { notRegularFile, openInput } from "../load/read-regular.js";
import type { MergeRecord } from "./merge-record.js";
import { type MergedRange, mergedByRow } from "./merged-cells.js";
import { MAX_RECORD_CHARS, type RecordSource } from "./read-records.js";
import { columnName } from "./record-place.js";
import { type SheetCell, type SheetRow, sheetNotFound, sheetRecords } from "./sheet-records.js";
import { slimWorkbook } from "./slim-workbook.js";
import { withStillClock } from "./still-clock.js";
import { columnsByRow } from "./unsaved-formula.js";
import { xlsxCellProblem } from "./xlsx-cell-problem.js";
import { refuseZipBomb, type WorkbookPart } from "./xlsx-guard.js";
import { asIs, type ShownNumber, sheetShownNumbers } from "./xlsx-shown.js";
import { workbookStyles } from "./xlsx-styles.js";

/** Why a limit: a workbook is read whole (it is a zip of XML parts), unlike CSV. */
export const MAX_XLSX_BYTES = 64 * 1024 * 1024;

/**
 * An Excel workbook: the first sheet (or --sheet), laid out like CSV: a header row of field
 * names, one row per record, each located at its row number. Why read-excel-file: a
 * maintained reader of .xlsx alone, small, no writer or formula engine attached.
 */
export async function* readXlsx(src: RecordSource): AsyncGenerator<MergeRecord> {
  const { name, rows, hidden, merged, unsaved } = await sheetRows(src);
  const marks = { hidden, merged: mergedByRow(merged), unsaved: columnsByRow(unsaved) };
  yield* sheetRecords(src.label, name, numbered(rows, marks));
}

/** What the sheet's XML says of its rows besides their cells, by row number. */
interface RowMarks {
  hidden: ReadonlySet<number>;
  merged: ReadonlyMap<number, MergedRange[]>;
  unsaved: ReadonlyMap<number, number[]>;
}

/** Each row with its number, made as it is asked for: a sheet may hold a million rows. */
function* numbered(rows: Cell[][], marks: RowMarks): Generator<SheetRow> {
  for (const [i, cells] of rows.entries()) {
    const merged = marks.merged.get(i + 1);
    const unsaved = marks.unsaved.get(i + 1);
    yield {
      line: i + 1,
      cells,
      ...(marks.hidden.has(i + 1) ? { hidden: true } : {}),
      ...(merged ? { merged } : {}),
      ...(unsaved ? { unsaved } : {}),
    };
  }
}

/**
 * The sheet's name and rows. Why only that sheet is read: a workbook may hold many, and the
 * reader holds every cell of each it reads (a sheet of 7,500,000 cells took a gigabyte).
 */
async function sheetRows(src: RecordSource): Promise<{
  name: string;
  rows: Cell[][];
  hidden: ReadonlySet<number>;
  merged: readonly string[];
  unsaved: readonly string[];
}> {
  const bytes = readWorkbook(src);
  const list = await refuseZipBomb(bytes, src.label);
  const { readSheet, SheetNotFoundError } = await import("read-excel-file/node");
  const parts = new Map(list?.map((p) => [p.name, p]));
  // Not a zip fflate can read: the reader says what is wrong with it.
  const book = list && (await workbookStyles(parts, src.label));
  const name = book ? chosenSheet(src, book.sheetNames) : undefined;
  try {
    if (book && name !== undefined)
      refuseUnplaced(parts.get(book.sheetParts.get(name) ?? ""), src.label, name);
    const slim =
      book && name !== undefined ? await slimWorkbook(parts, book.sheetParts.get(name)) : undefined;
    const rows = await withStillClock(() => readSheet(slim?.zip ?? bytes, name ?? 1));
    const shows =
      book && name !== undefined ? await sheetShownNumbers(slim?.parts ?? parts, book, name) : asIs;
    const cells = cellValues(rows, name ?? "", src.label, shows);
    return {
      name: name ?? "",
      rows: cells,
      hidden: slim?.hiddenRows ?? new Set(),
      merged: slim?.mergedCells ?? [],
      unsaved: slim?.unsavedFormulas ?? [],
    };
  } catch (e) {
    const err = e as Error;
    if (isMissiveError(err)) throw err;
    if (err instanceof SheetNotFoundError)
      throw fail("usage", `--sheet ${src.sheet}: ${err.message}`, { file: src.label });
    const cell = xlsxCellProblem(String(err.message), src.label, name);
    if (cell) throw cell;
    throw fail("data", `not a readable .xlsx workbook: ${err.message}`, { file: src.label }, [
      "save it from the spreadsheet as Excel Workbook (.xlsx), or as CSV",
    ]);
  }
}

/**
 * The name of the sheet --sheet names, or of the first; a usage error naming the sheets there
 * are when there is none. A sheet named by digits (`2024`, a year's sheet) is that sheet, not
 * the 2024th.
 */
function chosenSheet(src: RecordSource, names: string[]): string | undefined {
  if (src.sheet === undefined) return names[0];
  if (names.includes(src.sheet)) return src.sheet;
  const found = /^\d+$/.test(src.sheet) ? names[Number(src.sheet) - 1] : undefined;
  if (found === undefined) throw sheetNotFound(src.sheet, names, src.label);
  return found;
}

/**
 * A data error at the row of the sheet's first cell written without its reference (`<c>`
 * with no `r`, which the format allows and no spreadsheet writes). Why: the reader places each
 * cell by it, and said only "Cannot read properties of undefined (reading 'length')".
 */
function refuseUnplaced(part: WorkbookPart | undefined, file: string, sheet: string): void {
  const row = part?.unplacedRow;
  if (row === undefined) return;
  throw fail(
    "data",
    'not a readable .xlsx workbook: a cell is written without its reference (r="A1"), which missive reads cells by',
    { file, sheet, ...(row > 0 ? { line: row } : {}) },
    ["save it again from the spreadsheet (which writes every cell's reference), or as CSV"],
  );
}

/** The file's bytes; only a regular file, opened without blocking (a pipe is refused). */
export function readWorkbook(src: RecordSource): Buffer {
  let fd: number | undefined;
  try {
    fd = openInput(src.file);
    const st = fstatSync(fd);
    if (!st.isFile()) throw notRegularFile(st);
    if (st.size > MAX_XLSX_BYTES)
      throw fail(
        "data",
        `the workbook is over ${MAX_XLSX_BYTES / 1024 / 1024} MB`,
        { file: src.label },
        ["save the sheet as CSV, which is read a record at a time"],
      );
    return readFileSync(fd);
  } catch (e) {
    throw cannotRead(src.label, e, "check the path given to --merge");
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * The sheet's cells as values, a number as the sheet shows it; a cell formatted as a date
 * whose number is no date (a serial past year 275,760) is a data error at its cell. Why here:
 * the reader makes it an invalid Date, which said only "Invalid time value", of no cell.
 */
function cellValues(rows: unknown[][], sheet: string, file: string, shown: ShownNumber): Cell[][] {
  // Each cell is replaced where it is: a second copy of a sheet of millions of cells would
  // be held beside the first until the last was made.
  for (const [i, row] of rows.entries())
    for (const [j, cell] of row.entries()) {
      const value = typeof cell === "number" || isDate(cell) ? cell : undefined;
      const v = value === undefined ? cell : (shown(i + 1, j + 1, value) ?? cell);
      if (typeof v === "string" && v.length > MAX_RECORD_CHARS)
        throw fail("data", `a cell holds over ${MAX_RECORD_CHARS} characters`, {
          file,
          sheet,
          line: i + 1,
          column: columnName(j),
        });
      if (v instanceof Date && Number.isNaN(v.getTime()))
        throw fail(
          "data",
          "the cell is formatted as a date, but its number is no date",
          { file, sheet, line: i + 1, column: columnName(j) },
          ["type the date into the cell again, or format the cell as a number or text"],
        );
      row[j] = cellValue(v);
    }
  return rows as Cell[][];
}

/** A date the reader made of a cell's number, not one of a number past any date. */
function isDate(v: unknown): v is Date {
  return v instanceof Date && !Number.isNaN(v.getTime());
}

/** A cell's value: text, or TRUE and FALSE. */
type Cell = SheetCell;

/**
 * A cell as the text a CSV cell would hold, but TRUE and FALSE as true and false, as a JSON
 * record writes them. Why not the text "false": it is not empty, so `{{#if vip}}` would show
 * its passage for a FALSE cell, and `sender.logo: false` (no logo) would be a file name. Why
 * dates as YYYY-MM-DD: that is how letter data writes dates, and how the date helpers read them.
 */
function cellValue(v: unknown): Cell {
  if (v === null || v === undefined) return "";
  if (typeof v === "boolean") return v;
  if (v instanceof Date) {
    const iso = v.toISOString();
    return iso.endsWith("T00:00:00.000Z") ? iso.slice(0, 10) : iso;
  }
  return String(v);
}

import { columnName } from "./record-place.js";

/**
 * The furthest row and column a worksheet's XML names, read as it is inflated, a chunk at a
 * time. Why: the spreadsheet reader lays a sheet out as rows of cells from A1 to its furthest
 * cell, so two cells, A1 and XFD1048576, in a workbook of a few kilobytes would make it fill
 * seventeen billion cells (xlsx-guard.ts refuses such a sheet first).
 */
export interface SheetExtent {
  push(chunk: Uint8Array): void;
  readonly rows: number;
  readonly columns: number;
  /** The furthest cell, as the spreadsheet names it (`XFD1048576`), for messages. */
  readonly corner: string;
  /** A tag (or comment) ran on past MAX_TAG: no spreadsheet writes one. */
  readonly longTag: boolean;
}

/** A cell's reference (`<c r="B12"`) or a row's number (`<row r="12"`), as written. */
const REF = /<(?:[\w.-]+:)?(c|row)\b[^>]*?\sr="([^"]*)"/g;
/**
 * A tag cut in two by the end of a chunk is carried into the next; one longer than this
 * makes the sheet one to refuse (no spreadsheet writes one; carrying it would be quadratic).
 */
export const MAX_TAG = 1 << 20;

export function sheetExtent(): SheetExtent {
  let carry = "";
  let rows = 0;
  let columns = 0;
  let longTag = false;
  return {
    push(chunk) {
      const text = carry + Buffer.from(chunk).toString("latin1");
      for (const m of text.matchAll(REF)) {
        const [row, column] = m[1] === "c" ? cellPlace(m[2] as string) : [Number(m[2]), 0];
        // NaN is no place: the reader refuses the reference itself.
        if (row > rows) rows = row;
        if (column > columns) columns = column;
      }
      const open = text.lastIndexOf("<");
      carry = open >= 0 && !text.includes(">", open) ? text.slice(open) : "";
      if (carry.length > MAX_TAG) {
        longTag = true;
        carry = "";
      }
    },
    get rows() {
      return rows;
    },
    get columns() {
      return columns;
    },
    get longTag() {
      return longTag;
    },
    get corner() {
      const inRange = Number.isSafeInteger(columns) && columns < 1e12;
      return `${columns < 1 ? "A" : inRange ? columnName(columns - 1) : "(far right)"}${rows}`;
    },
  };
}

/**
 * A cell reference's row and column, read as the spreadsheet reader reads it: every character
 * before the first digit a letter (`A` is 1), the rest a number. Why not only `A`–`Z` and
 * nine digits: the reader takes `ZZZZZZZ2` or `A2e9` as well, and would lay out that many cells.
 */
export function cellPlace(ref: string): [number, number] {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const code = ref.charCodeAt(i);
    if (code >= 48 && code <= 57) break;
    column = column * 26 + code - 64;
  }
  return [Number(ref.slice(i)), column];
}

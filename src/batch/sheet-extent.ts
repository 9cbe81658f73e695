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
}

/** A cell's reference (`<c r="B12"`) or a row's number (`<row r="12"`). */
const REF = /<(?:[\w.-]+:)?(c|row)\b[^>]*?\sr="([A-Z]{0,3})(\d{1,9})"/g;
/** Enough of a chunk's end to hold a reference cut in two by the next chunk. */
const CARRY = 256;

export function sheetExtent(): SheetExtent {
  let carry = "";
  let rows = 0;
  let columns = 0;
  let corner = "";
  return {
    push(chunk) {
      const text = carry + Buffer.from(chunk).toString("latin1");
      for (const m of text.matchAll(REF)) {
        const row = Number(m[3]);
        const column = m[1] === "c" ? columnNumber(m[2] as string) : 0;
        rows = Math.max(rows, row);
        columns = Math.max(columns, column);
        corner = `${columns > 0 ? columnName(columns - 1) : "A"}${rows}`;
      }
      carry = text.slice(-CARRY);
    },
    get rows() {
      return rows;
    },
    get columns() {
      return columns;
    },
    get corner() {
      return corner;
    },
  };
}

/** `A` → 1, `Z` → 26, `AA` → 27. */
function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

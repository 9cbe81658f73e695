import { EMPTY_CELL } from "./empty-cells.js";
import { columnName } from "./record-place.js";

/**
 * The furthest row and column of a cell that holds something that a worksheet's XML names,
 * read as it is inflated, a chunk at a time. Why: the spreadsheet reader lays a sheet out as rows of cells from A1 to its furthest
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
  /** The row of the first cell written without its reference (`<c>`, no `r`), if any. */
  readonly unplaced: number | undefined;
}

/**
 * A cell's tag (`<c r="B12" s="3">`) or a row's (`<row r="12">`), prefixed or not, whole (a
 * quoted value may hold `>`), and for a cell its closing tag when it follows at once: a cell
 * written so, or as `<c …/>`, holds nothing (empty-cells.ts).
 */
const TAG =
  /<(?:[\w.-]+:)?(c|row)(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>(\s*<\/(?:[\w.-]+:)?c\s*>)?/g;
/**
 * A tag's reference, in either quotes; optional in the format (ECMA-376 18.3.1.4), so it may
 * be absent.
 */
const REF = /\sr\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/**
 * A tag cut in two by the end of a chunk is carried into the next; one longer than this
 * makes the sheet one to refuse (no spreadsheet writes one; carrying it would be quadratic).
 */
export const MAX_TAG = 1 << 20;

export function sheetExtent(): SheetExtent {
  let carry = "";
  let longTag = false;
  const at: TagState = { rows: 0, columns: 0, row: 0, unplaced: undefined };
  return {
    push(chunk) {
      const text = carry + Buffer.from(chunk).toString("latin1");
      const open = text.lastIndexOf("<");
      const cut = open >= 0 && !text.includes(">", open);
      // Only whole tags are read: `<c` at a chunk's end is no cell without its reference.
      // Empty cells are left out first, at once: a formatted range has millions of them,
      // and a match apiece, made and looked at, took seconds.
      readTags((cut ? text.slice(0, open) : text).replace(EMPTY_CELL, ""), at);
      carry = cut ? text.slice(open) : "";
      if (carry.length > MAX_TAG) {
        longTag = true;
        carry = "";
      }
    },
    get rows() {
      return at.rows;
    },
    get columns() {
      return at.columns;
    },
    get longTag() {
      return longTag;
    },
    get unplaced() {
      return at.unplaced;
    },
    get corner() {
      const { columns, rows } = at;
      const inRange = Number.isSafeInteger(columns) && columns < 1e12;
      return `${columns < 1 ? "A" : inRange ? columnName(columns - 1) : "(far right)"}${rows}`;
    },
  };
}

/** What the sheet's tags so far say: its extent, the row read last, the first unplaced cell's row. */
interface TagState {
  rows: number;
  columns: number;
  row: number;
  unplaced: number | undefined;
}

/** Reads the rows and cells of whole tags into `at`. */
function readTags(whole: string, at: TagState): void {
  for (const m of whole.matchAll(TAG)) {
    const attrs = m[2] as string;
    const found = REF.exec(attrs);
    const ref = found ? (found[1] ?? found[2]) : undefined;
    if (ref === undefined) {
      // A row without its number follows the one before; a cell without, which the
      // spreadsheet reader cannot place, is noted at its row.
      if (m[1] === "row") at.row++;
      else at.unplaced ??= at.row;
      continue;
    }
    if (m[1] === "row") {
      at.row = Number(ref);
      continue;
    }
    // Only cells that hold something count: a formatted range's empty cells are left
    // out before the reader sees the sheet (empty-cells.ts), and so are rows of them.
    if (attrs.endsWith("/") || m[3] !== undefined) continue;
    const [r, column] = cellPlace(ref);
    // NaN is no place: the reader refuses the reference itself.
    if (r > at.rows) at.rows = r;
    if (column > at.columns) at.columns = column;
  }
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

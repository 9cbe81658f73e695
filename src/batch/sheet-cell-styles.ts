import { cellPlace } from "./sheet-extent.js";

/** The styles of a worksheet's cells, read from its XML a chunk at a time. */
export interface SheetCellStyles {
  push(chunk: Uint8Array): void;
  /** The style of the cell at a 1-based row and column, if one that was kept. */
  at(row: number, column: number): number | undefined;
}

/** A cell's tag, `<c r="B2" s="3">` (or `<x:c …>`), a quoted value holding `>` at most. */
const CELL = /<(?:[\w.-]+:)?c(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
/** A cell's place (`r`) or style (`s`), quoted either way; never a namespace's (`xmlns:r`). */
const ATTRIBUTE = /\s(?!xmlns:)(?:[\w.-]+:)?([rs])\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
/** As sheet-extent.ts: no longer tag is carried (the zip guard refuses such a sheet first). */
const MAX_TAG = 1 << 20;

/**
 * Collects the style of each cell whose style `keep` says. Why tags are found by pattern, as
 * sheet-extent.ts finds cells, not by an XML parser: this reads a sheet the spreadsheet reader
 * has already parsed (and refuses when malformed), and a parser, reading every tag again,
 * took many times as long on a sheet of 100,000 rows. Only markup no spreadsheet writes (a
 * cell tag inside a comment or CDATA) could mislead it, and only to show one of that sheet's
 * own numbers in another of its formats.
 */
export function sheetCellStyles(keep: (style: number) => boolean): SheetCellStyles {
  // cells[row][column] is a kept style.
  const cells: number[][] = [];
  let carry = "";
  return {
    push(chunk) {
      const text = carry + Buffer.from(chunk).toString("latin1");
      for (const m of text.matchAll(CELL)) {
        let ref: string | undefined;
        let style: string | undefined;
        for (const a of (m[1] as string).matchAll(ATTRIBUTE)) {
          const value = a[2] ?? a[3];
          if (a[1] === "r") ref ??= value;
          else style ??= value;
        }
        if (ref !== undefined && style !== undefined) keepStyle(ref, Number(style));
      }
      const open = text.lastIndexOf("<");
      carry = open >= 0 && !text.includes(">", open) ? text.slice(open) : "";
      if (carry.length > MAX_TAG) carry = "";
    },
    at: (row, column) => cells[row]?.[column],
  };

  function keepStyle(ref: string, style: number) {
    if (!Number.isInteger(style) || !keep(style)) return;
    const [row, column] = cellPlace(ref);
    if (!Number.isSafeInteger(row) || row < 1 || column < 1) return;
    const ofRow = cells[row] ?? [];
    ofRow[column] = style;
    cells[row] = ofRow;
  }
}

import { unsavedFormulas } from "./unsaved-formula.js";
import { ATTRIBUTES } from "./xml-attributes.js";

/**
 * A cell with no value, `<c r="B9" s="3"/>` or `<c r="B9" s="3"></c>` (prefixed or not): what
 * Excel writes for every cell of a range that was formatted (a fill, a border, a number
 * format on whole columns), and nothing else. A quoted value may hold `>`.
 */
export const EMPTY_CELL = emptyElement("c");

/** A row's tag that hides it (`<row r="4" hidden="1">`, prefixed or not): its number. */
const HIDDEN_ROW =
  /<(?:[\w.-]+:)?row(?=\s)(?=[^>]*\shidden\s*=\s*["'](?:1|true)["'])[^>]*\sr\s*=\s*["'](\d+)["']/g;

/** A merged range of the sheet (`<mergeCell ref="A3:A5"/>`, prefixed or not): its reference. */
const MERGE_CELL =
  /<(?:[\w.-]+:)?mergeCell(?=\s)[^>]*?\sref\s*=\s*["']([A-Z]{1,3}\d+:[A-Z]{1,3}\d+)["']/g;

/** A row left with no cells, `<row r="9" s="3" customFormat="1"/>` or `<row …></row>`. */
const EMPTY_ROW = emptyElement("row");

/** An element of this name, prefixed or not, with nothing in it: `<c …/>` or `<c …></c>`. */
function emptyElement(name: string): RegExp {
  return new RegExp(
    String.raw`<(?:[\w.-]+:)?${name}(?=[\s/>])${ATTRIBUTES}?(?:\/>|>\s*<\/(?:[\w.-]+:)?${name}\s*>)`,
    "g",
  );
}

/**
 * How much of a chunk's end may wait for the next one: a row of Excel's 16,384 columns, each an
 * empty cell, is some 400 kB. Past this the text is given on as it is (its last row, if it
 * is left with no cells, stays in: the reader gives it as an empty row).
 */
const MAX_CARRY = 4 << 20;

/** Takes a worksheet's XML a chunk at a time and gives it back without its empty cells and rows. */
export interface EmptyCellFilter {
  push(chunk: Uint8Array): void;
  /** The sheet's XML without them, once every chunk has been pushed. */
  end(): Buffer;
  /** The cells whose formula has no saved result (unsaved-formula.ts), once ended. */
  unsavedFormulas(): readonly string[];
  /** The numbers of the rows the sheet hides that hold a cell, once ended. */
  hiddenRows(): ReadonlySet<number>;
  /** The sheet's merged ranges (`A3:A5`), once ended. */
  mergedCells(): readonly string[];
}

/**
 * Leaves out a worksheet's cells that hold nothing, and the rows left with none. Why: Excel
 * writes a cell for each one a format was applied to, so a sheet of three records formatted
 * down to row 1,048,576 held 27 million cells, which the spreadsheet reader parsed and laid out
 * one by one (a sheet of 380,000 such rows took three minutes and a gigabyte); without them it
 * reads the used range. Nothing is lost: the reader gives an empty cell as nothing, and places
 * every other cell by its reference (a sheet with a cell written without one is refused first,
 * xlsx-guard.ts), so a row left out leaves a gap it fills as it filled the empty row. Bytes are
 * read as latin1, one character each, so UTF-8 text passes through untouched.
 */
export function emptyCellFilter(): EmptyCellFilter {
  const out: Buffer[] = [];
  let carry = "";
  const unsaved: string[] = [];
  const hidden = new Set<number>();
  const merged: string[] = [];
  const emit = (text: string) => {
    if (text === "") return;
    for (const ref of unsavedFormulas(text)) unsaved.push(ref);
    const kept = text.replace(EMPTY_CELL, "").replace(EMPTY_ROW, "");
    // Rows left with a cell only: a formatted range's hidden rows are many, and hold none.
    for (const m of kept.matchAll(HIDDEN_ROW)) hidden.add(Number(m[1]));
    for (const m of kept.matchAll(MERGE_CELL)) merged.push(m[1] as string);
    out.push(Buffer.from(kept, "latin1"));
  };
  return {
    push(chunk) {
      const text = carry + Buffer.from(chunk).toString("latin1");
      // The last row waits for the next chunk, whole, so that it is known whether any of its
      // cells holds something; in a row longer than that, the last cell (whose formula and
      // value unsaved-formula.ts reads together), else the last tag.
      const near = (at: number) => at >= 0 && text.length - at <= MAX_CARRY;
      const row = lastTag(text, "row");
      const cell = near(row) ? row : lastTag(text, "c");
      const open = near(cell) ? cell : lastOpening(text);
      const cut = open >= 0 && text.length - open <= MAX_CARRY ? open : text.length;
      emit(text.slice(0, cut));
      carry = text.slice(cut);
    },
    end() {
      emit(carry);
      carry = "";
      return Buffer.concat(out);
    },
    unsavedFormulas: () => unsaved,
    hiddenRows: () => hidden,
    mergedCells: () => merged,
  };
}

/** Where the text's last tag of this name (`<row`, `<x:row`; `<c`) starts; -1 if none. */
function lastTag(text: string, name: string): number {
  const n = name.length;
  for (let at = text.lastIndexOf(name); at > 0; at = text.lastIndexOf(name, at - 1)) {
    const next = text[at + n] ?? "";
    if (next !== "" && !/[\s/>]/.test(next)) continue;
    if (text[at - 1] === "<") return at - 1;
    const start = text.lastIndexOf("<", at);
    if (start >= 0 && /^<[\w.-]+:$/.test(text.slice(start, at))) return start;
  }
  return -1;
}

/** Where the text's last opening tag (`<row …>`, `<c …>`) starts; -1 if none. */
function lastOpening(text: string): number {
  let at = text.lastIndexOf("<");
  // Not lastIndexOf("<", -1), which is lastIndexOf("<", 0): it would find the same "<".
  while (at >= 0 && (text[at + 1] === "/" || text[at + 1] === "?" || text[at + 1] === "!"))
    at = at > 0 ? text.lastIndexOf("<", at - 1) : -1;
  return at;
}

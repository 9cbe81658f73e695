import { fail, type MissiveError } from "../errors.js";
import { columnIndex } from "./record-place.js";
import { ATTRIBUTES } from "./xml-attributes.js";

/**
 * A cell whose first element is its formula (`<c r="J5" s="7"><f>J4*2</f>…</c>`, prefixed
 * or not): the format writes a cell's formula before its saved value.
 */
const FORMULA_CELL = new RegExp(
  String.raw`<((?:[\w.-]+:)?)c(?=[\s>])(${ATTRIBUTES})>\s*<\1f(?=[\s/>])[\s\S]*?<\/\1c\s*>`,
  "g",
);

/**
 * The references of the cells in a worksheet's XML whose formula has no saved result (`A5`),
 * in order. Why: Excel and LibreOffice save each formula's result beside it, which is what the
 * reader reads, but a workbook a program wrote (openpyxl, a report generator) may hold the
 * formula alone, with no value or an empty `<v/>`: the cell read as empty, and a record's
 * total was "not set", or left out under `{{#if}}`, without a word about the formula. An empty
 * result Excel saved for a text formula (`t="str"`, `<v></v>`, as `=IF(B2="","",B2)` gives) is
 * a result, and no such cell. All of them, not the first: whether one matters is known only
 * once the table is (sheet-records.ts), and a total below the table or a formula beside it
 * does not.
 */
export function unsavedFormulas(xml: string): string[] {
  const found: string[] = [];
  if (!/<(?:[\w.-]+:)?f[\s/>]/.test(xml)) return found;
  // One pattern of a cell's value per prefix the part writes (a cell of a million made one each).
  const values = new Map<string, RegExp>();
  for (const m of xml.matchAll(FORMULA_CELL)) {
    const [cell, prefix, attrs] = m as unknown as [string, string, string];
    let valueTag = values.get(prefix);
    if (!valueTag) {
      valueTag = new RegExp(String.raw`<${prefix}v(?=[\s/>])${ATTRIBUTES}?(\/>|>([^<]*)<)`);
      values.set(prefix, valueTag);
    }
    const value = valueTag.exec(cell);
    const empty = !value || value[1] === "/>" || value[2] === "";
    const type = /\st\s*=\s*["']([^"']*)["']/.exec(attrs)?.[1];
    if (!empty || (value && type === "str")) continue;
    const ref = /\sr\s*=\s*["']([A-Z]{1,3}\d+)["']/.exec(attrs)?.[1];
    if (ref) found.push(ref);
  }
  return found;
}

/** Cells' references (`J5`) as their 0-based columns by their rows. */
export function columnsByRow(refs: readonly string[]): Map<number, number[]> {
  const rows = new Map<number, number[]>();
  for (const ref of refs) {
    const m = /^([A-Z]+)(\d+)$/.exec(ref);
    if (!m) continue;
    const row = Number(m[2]);
    const list = rows.get(row);
    if (list) list.push(columnIndex(m[1] as string));
    else rows.set(row, [columnIndex(m[1] as string)]);
  }
  return rows;
}

/** The data error for a cell whose formula has no saved result, at its row and column. */
export function unsavedFormulaError(ref: string, file: string, sheet: string): MissiveError {
  const m = /^([A-Z]+)(\d+)$/.exec(ref);
  return fail(
    "data",
    "the cell holds a formula whose result the workbook does not hold (it was written by a program that does not calculate formulas), so its value is unknown",
    { file, sheet, ...(m ? { line: Number(m[2]), column: m[1] as string } : {}) },
    [
      "open the workbook in Excel or LibreOffice and save it, which saves each formula's result; or write values in place of formulas",
    ],
  );
}

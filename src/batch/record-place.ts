import { formatLocation, type Location } from "../errors.js";
import type { EntryWarning } from "./manifest.js";
import type { MergeRecord } from "./merge-record.js";

/** What locates a record: its number, its line or row, its sheet. */
export type RecordAt = Pick<MergeRecord, "index" | "line" | "sheet">;

/**
 * Where a record, or the field `path` of it, is in the records file: `people.csv:4`, or in a
 * spreadsheet `people.xlsx, sheet People, row 4, column B`. Why the sheet's own terms: a
 * workbook is a zip, whose bytes mean nothing as lines.
 */
export function recordLocation(rec: RecordAt, label: string, path?: string): Location {
  const at: Location = { file: label, line: rec.line, ...(path !== undefined ? { path } : {}) };
  if (!rec.sheet) return at;
  const column = path === undefined ? undefined : columnsOf(rec.sheet.header, path);
  return { ...at, sheet: rec.sheet.name, ...(column ? { column } : {}) };
}

/** How messages name a record: `record 3 (people.csv:4)`, 1-based, with its place. */
export function recordPlace(rec: RecordAt, label: string): string {
  return `record ${rec.index + 1} (${formatLocation(recordLocation(rec, label))})`;
}

/**
 * A letter's warning as a merge prints it, after its record: `record 3 (people.csv:4): body:
 * …`, `record 3 (people.xlsx, sheet People, row 4): column B: body: …`. A warning about the
 * record's own text starts with the record's place (pipeline.ts locates warnings in the
 * data), which is not said twice.
 */
export function recordWarning(rec: RecordAt, label: string, warning: EntryWarning): string {
  const own = formatLocation(recordLocation(rec, label));
  // Why the whole line, not the location alone: an earlier manifest's warning (read by
  // --skip-unchanged) is one line of text, its place at the start of the message.
  const text = warning.location ? `${warning.location}: ${warning.message}` : warning.message;
  // A sheet's cell goes on with its column: `…, row 4, column B: body`.
  const said = text.startsWith(`${own}: `) || text.startsWith(`${own}, `);
  return `${recordPlace(rec, label)}: ${said ? text.slice(own.length + 2) : text}`;
}

/**
 * The columns that hold a field: its own, or those of the fields under it. Why every column of
 * a list for a path into one (`recipient.2`): empty cells are dropped from a list, so its
 * third item need not come from its third column.
 */
function columnsOf(header: string[], path: string): string | undefined {
  const under = (h: string, p: string) => h === p || h.startsWith(`${p}.`);
  const listed = /\.\d+(\.|$)/.test(path);
  let cols = listed ? [] : header.flatMap((h, i) => (under(h, path) || under(path, h) ? [i] : []));
  const field = path.split(".")[0] as string;
  if (cols.length === 0) cols = header.flatMap((h, i) => (under(h, field) ? [i] : []));
  return cols.length > 0 ? cols.map(columnName).join(", ") : undefined;
}

/** A 0-based column's letters as spreadsheets name them: A…Z, AA…AZ, BA… */
export function columnName(i: number): string {
  let name = "";
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26))
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/** A column's 0-based index from its letters, as `columnName` writes them (`A` 0, `AA` 26). */
export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

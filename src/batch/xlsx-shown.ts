import { inflatedSize } from "../inflated-size.js";
import { sheetCellStyles } from "./sheet-cell-styles.js";
import { MAX_XLSX_UNPACKED, type WorkbookPart } from "./xlsx-guard.js";
import { formatCode, type WorkbookStyles } from "./xlsx-styles.js";

/**
 * What a sheet shows for the number in a cell (1-based row and column), or for the date the
 * spreadsheet reader made of it: the text its number format gives (`02110` for 2110 formatted
 * `00000`, `1:45 PM` for a time of day), a date, or undefined when the value shows as it is
 * (General, Text, no style; a date).
 */
export type ShownNumber = (
  row: number,
  column: number,
  value: number | Date,
) => string | Date | undefined;

type Numfmt = typeof import("numfmt");

/** Number formats that show a number as it is: General, with a locale or colour at most. */
const GENERAL = /^(?:\[[^\]]*\])*general$/i;

export const asIs: ShownNumber = () => undefined;

/**
 * How the sheet of this name shows its numbers, given the workbook's parts and what its
 * styles say (xlsx-styles.ts). Why the sheet is read again only when a style changes how a
 * number shows: most workbooks have none, and a sheet may unpack to a few hundred megabytes;
 * then it is read a megabyte at a time.
 */
export async function sheetShownNumbers(
  parts: Map<string, WorkbookPart>,
  styles: WorkbookStyles,
  sheet: string,
): Promise<ShownNumber> {
  // Loaded when a workbook is read, as the spreadsheet reader is.
  const nf = await import("numfmt");
  const codes = styles.styleFormats.map((id) => formatCode(styles, id, nf.getFormatFromId));
  const part = parts.get(styles.sheetParts.get(sheet) ?? "");
  // Whether each style shows numbers its own way, decided once: it is asked for every cell.
  const owns = codes.map(
    (code) => code !== undefined && !GENERAL.test(code.trim()) && code.trim() !== "@",
  );
  const own = (style: number) => owns[style] === true;
  if (!part || !owns.includes(true)) return asIs;
  // A cell without a style has style 0; when that one shows numbers its own way, every other
  // style is kept, so that a cell of another is not taken for one of style 0.
  const cells = sheetCellStyles(own(0) ? (style) => style !== 0 : own);
  if (part.stored) cells.push(part.bytes);
  else await inflatedSize(part.bytes, MAX_XLSX_UNPACKED, { raw: true, seen: cells.push });
  // Each format code is read once, when a number of its style is shown.
  const shows = new Map<string, Show | undefined>();
  return (row, column, value) => {
    const style = cells.at(row, column) ?? 0;
    const code = codes[style];
    if (code === undefined || !own(style)) return undefined;
    if (!shows.has(code)) shows.set(code, numberShow(code, nf, styles.epoch1904));
    const show = shows.get(code);
    if (typeof value === "number") return show?.(value);
    return show?.time ? show(dayNumber(value, styles.epoch1904)) : undefined;
  };
}

/** How a format shows a number; `time`: it shows a time of day or a duration, not a date. */
type Show = ((n: number) => string | Date | undefined) & { time?: boolean };

/**
 * How a format code shows a number, or undefined when as it is. Why en-US: a workbook writes
 * its formats in that form (`#,##0.00`, whatever the language of the Excel that wrote it),
 * and a record is read before, and apart from, the letter whose language it may set. Why
 * trimmed: `_)` and `* ` pad a number to line it up in its column, which a letter has not.
 * A format the formatter cannot read shows the number as it is, as General would. A date
 * (with a time or not) is a date, which the reader writes as YYYY-MM-DD; a time of day is
 * shown (`1:45 PM`): as a date it would be one of 30 December 1899, which no letter means.
 */
function numberShow(code: string, nf: Numfmt, epoch1904: boolean): Show | undefined {
  if (!nf.isValidFormat(code)) return undefined;
  const info = nf.getFormatInfo(code);
  if (info.type === "text") return undefined;
  if (info.isDate && info.type !== "time") return (n) => excelDate(n, epoch1904);
  const show: Show = (n) => {
    try {
      return nf.format(code, n, { locale: "en-US" }).trim();
    } catch {
      return undefined;
    }
  };
  show.time = info.type === "time";
  return show;
}

/**
 * A day number as a date, as the spreadsheet reader makes one from a cell it takes for a
 * date (days since 1899-12-30, counting Excel's 29 February 1900; since 1904-01-01 in a 1904
 * workbook). Why: a format the reader does not take for a date still shows one.
 */
function excelDate(days: number, epoch1904: boolean): Date {
  return new Date(Math.floor((days + (epoch1904 ? EPOCH_1904 : 0) - UNIX_EPOCH) * DAY_MS));
}

/** The day number of a date the reader made, back: what its cell holds. */
function dayNumber(date: Date, epoch1904: boolean): number {
  return date.getTime() / DAY_MS + UNIX_EPOCH - (epoch1904 ? EPOCH_1904 : 0);
}

/** 1970-01-01 as a day number; the days from 1900's day 0 to 1904's. */
const UNIX_EPOCH = 25_569;
const EPOCH_1904 = 1_462;
const DAY_MS = 86_400_000;

import { inflateRawSync } from "node:zlib";
import { fail } from "../errors.js";
import type { MergeRecord } from "./merge-record.js";
import { OdsReader, type OdsSheets } from "./ods-sheet.js";
import { MAX_RECORD_CHARS, type RecordSource } from "./read-records.js";
import { readWorkbook } from "./read-xlsx.js";
import { type SheetRow, sheetNotFound, sheetRecords } from "./sheet-records.js";
import {
  MAX_XLSX_CELLS,
  MAX_XLSX_UNPACKED,
  refuseZipBomb,
  type WorkbookPart,
} from "./xlsx-guard.js";

const SPREADSHEET = /^application\/vnd\.oasis\.opendocument\.spreadsheet(-template)?$/;
const HINT = "save it from the spreadsheet as OpenDocument Spreadsheet (.ods), or as CSV";

/**
 * An OpenDocument spreadsheet (LibreOffice, OpenOffice, Google Sheets' .ods download; or a
 * flat .fods): the first sheet (or --sheet), laid out like CSV, as an .xlsx is read. A cell
 * gives what the sheet shows (a ZIP code formatted 00000 is 02110), but a plain number its
 * digits and a date YYYY-MM-DD (docs/merge.md). Why missive reads the XML itself: the file
 * keeps each cell's shown text beside its value, so no number-format engine is needed, and no
 * maintained npm package reads .ods alone; fflate and saxes are already here.
 */
export async function* readOds(src: RecordSource): AsyncGenerator<MergeRecord> {
  const bytes = readWorkbook(src);
  const reader = new OdsReader({
    sheet: src.sheet,
    label: src.label,
    maxCells: MAX_XLSX_CELLS,
    maxCellChars: MAX_RECORD_CHARS,
  });
  for (const [part, xml] of await xmlParts(bytes, src.label)) reader.read(xml, part);
  const { name, rows } = pickSheet(reader.sheets, src);
  yield* sheetRecords(src.label, name, rows);
}

/** The XML to read, in order: styles.xml then content.xml of a zip, or a flat file whole. */
async function xmlParts(bytes: Buffer, label: string): Promise<[string, string][]> {
  if (!isZip(bytes)) return [["the file", utf8(bytes, "the file", label)]];
  const listed = await refuseZipBomb(bytes, label);
  const files = unpacked(listed, ["mimetype", "styles.xml", "content.xml"], label);
  const type = files.mimetype ? Buffer.from(files.mimetype).toString("latin1").trim() : undefined;
  if (type !== undefined && !SPREADSHEET.test(type))
    throw fail(
      "data",
      `not an OpenDocument spreadsheet: the file says it is ${type.slice(0, 100)}`,
      { file: label },
      [HINT],
    );
  if (!files["content.xml"])
    throw fail(
      "data",
      "not a readable OpenDocument spreadsheet: it has no content.xml",
      { file: label },
      [HINT],
    );
  const parts: [string, string][] = [];
  for (const part of ["styles.xml", "content.xml"]) {
    const b = files[part];
    if (b) parts.push([part, utf8(b, part, label)]);
  }
  return parts;
}

/**
 * The named parts of a zip, inflated. Why not fflate's unzipSync: it makes room for the size a
 * part declares, which a hostile zip sets as it likes; the guard has counted what they truly
 * unpack to, and zlib stops at the limit whatever they say.
 */
function unpacked(
  parts: WorkbookPart[] | undefined,
  names: string[],
  label: string,
): Record<string, Uint8Array> {
  if (!parts)
    throw fail(
      "data",
      "not a readable OpenDocument spreadsheet: not a zip it can read",
      { file: label },
      [HINT],
    );
  const files: Record<string, Uint8Array> = {};
  for (const part of parts.filter((p) => names.includes(p.name))) {
    try {
      files[part.name] = part.stored
        ? part.bytes
        : inflateRawSync(part.bytes, { maxOutputLength: MAX_XLSX_UNPACKED });
    } catch (e) {
      throw fail(
        "data",
        `not a readable OpenDocument spreadsheet: ${part.name}: ${(e as Error).message}`,
        { file: label },
        [HINT],
      );
    }
  }
  return files;
}

/** Whether bytes start as a zip does (an .ods or .xlsx workbook). */
export function isZip(b: Buffer): boolean {
  return b.length >= 4 && b.readUInt32LE(0) === 0x04034b50;
}

function utf8(b: Uint8Array, part: string, label: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    throw fail(
      "data",
      `not a readable OpenDocument spreadsheet: ${part} is not UTF-8 text`,
      { file: label },
      [HINT],
    );
  }
}

/** The sheet --sheet names (a sheet named by digits first), or the first; else a usage error. */
function pickSheet(sheets: OdsSheets, src: RecordSource): { name: string; rows: SheetRow[] } {
  const rows = sheets.byName ?? sheets.byNumber;
  if (rows) {
    const name = sheets.byName
      ? (src.sheet as string)
      : (sheets.names[Number(src.sheet ?? 1) - 1] as string);
    return { name, rows };
  }
  if (src.sheet === undefined)
    throw fail(
      "data",
      "not a readable OpenDocument spreadsheet: it has no sheet",
      { file: src.label },
      [HINT],
    );
  throw sheetNotFound(src.sheet, sheets.names, src.label);
}

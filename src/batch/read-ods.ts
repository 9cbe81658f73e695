import { inflateRawSync } from "node:zlib";
import { fail, isMissiveError } from "../errors.js";
import { inflatedSize } from "../inflated-size.js";
import type { MergeRecord } from "./merge-record.js";
import { odsEmptyCellFilter } from "./ods-empty-cells.js";
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
  if (!isZip(bytes)) return [["the file", withoutEmptyCells(utf8(bytes, "the file", label))]];
  const listed = await refuseZipBomb(bytes, label);
  const files = unpacked(listed, ["mimetype", "styles.xml"], label);
  const content = listed?.find((p) => p.name === "content.xml");
  const type = files.mimetype ? Buffer.from(files.mimetype).toString("latin1").trim() : undefined;
  if (type !== undefined && !SPREADSHEET.test(type))
    throw fail(
      "data",
      `not an OpenDocument spreadsheet: the file says it is ${type.slice(0, 100)}`,
      { file: label },
      [HINT],
    );
  if (!content)
    throw fail(
      "data",
      "not a readable OpenDocument spreadsheet: it has no content.xml",
      { file: label },
      [HINT],
    );
  const parts: [string, string][] = [];
  if (files["styles.xml"])
    parts.push(["styles.xml", utf8(files["styles.xml"], "styles.xml", label)]);
  parts.push(["content.xml", await filteredContent(content, label)]);
  return parts;
}

/**
 * content.xml without its runs of empty cells (ods-empty-cells.ts), read as it is inflated: the
 * whole part is never held, as text or bytes. The guard has counted what it unpacks to.
 */
async function filteredContent(part: WorkbookPart, label: string): Promise<string> {
  const filter = odsEmptyCellFilter();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let failed: unknown;
  // Not thrown from `seen`: a stream's write that throws is never settled.
  const push = (chunk: Uint8Array) => {
    try {
      if (failed === undefined) filter.push(decode(decoder, chunk, true, label));
    } catch (e) {
      failed = e;
    }
  };
  if (part.stored) push(part.bytes);
  else
    await inflatedSize(part.bytes, MAX_XLSX_UNPACKED + 1, {
      raw: true,
      seen: push,
      failed: (e) => {
        failed ??= e;
      },
    });
  if (failed !== undefined)
    throw isMissiveError(failed) ? failed : unreadable(part.name, failed, label);
  filter.push(decode(decoder, new Uint8Array(0), false, label));
  return filter.end();
}

function decode(d: TextDecoder, chunk: Uint8Array, stream: boolean, label: string): string {
  try {
    return d.decode(chunk, { stream });
  } catch {
    throw notUtf8("content.xml", label);
  }
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
      throw unreadable(part.name, e, label);
    }
  }
  return files;
}

function unreadable(part: string, e: unknown, label: string) {
  return fail(
    "data",
    `not a readable OpenDocument spreadsheet: ${part}: ${(e as Error).message}`,
    { file: label },
    [HINT],
  );
}

/** Whether bytes start as a zip does (an .ods or .xlsx workbook). */
export function isZip(b: Buffer): boolean {
  return b.length >= 4 && b.readUInt32LE(0) === 0x04034b50;
}

/** A flat file's XML without its runs of empty cells (ods-empty-cells.ts). */
function withoutEmptyCells(xml: string): string {
  const filter = odsEmptyCellFilter();
  filter.push(xml);
  return filter.end();
}

function utf8(b: Uint8Array, part: string, label: string): string {
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(b);
  } catch {
    throw notUtf8(part, label);
  }
}

function notUtf8(part: string, label: string) {
  return fail(
    "data",
    `not a readable OpenDocument spreadsheet: ${part} is not UTF-8 text`,
    { file: label },
    [HINT],
  );
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

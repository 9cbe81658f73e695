import type { AsyncFlateStreamHandler, UnzipFile } from "fflate";
import { fail } from "../errors.js";
import { inflatedSize } from "../inflated-size.js";
import { DoctypeScan } from "./doctype-scan.js";
import { SharedStringCount } from "./shared-string-count.js";
import { MAX_TAG, type SheetExtent, sheetExtent } from "./sheet-extent.js";
import { TextRunScan } from "./text-run-scan.js";

/**
 * What a workbook may unpack to, in all its parts. Why: an .xlsx is a zip, and a few kilobytes
 * of zip can inflate to gigabytes (a zip bomb) that the reader would hold in memory; a sheet of
 * 100,000 records of twenty columns unpacks to about 60 MB.
 */
export const MAX_XLSX_UNPACKED = 256 * 1024 * 1024;
/** Parts of a workbook: a few per sheet. Why a limit: each part costs the reader a buffer. */
export const MAX_XLSX_PARTS = 10_000;
/**
 * Cells a sheet may span, from A1 to its furthest cell: the reader holds every one of them.
 * Why this many: 100,000 records of a hundred columns; a sheet of more is read better as CSV.
 */
export const MAX_XLSX_CELLS = 10_000_000;

/**
 * Shared strings a workbook may hold (its `<si>` items): the reader keeps every one, named by a
 * cell or not, at some 70 bytes each. Why this many: 100,000 records of twenty columns, every
 * cell a text of its own; 14,000,000 (580 kB of zip) took 2.5 minutes and 1 GB.
 */
export const MAX_XLSX_SHARED_STRINGS = 2_000_000;

/**
 * The longest text an XML part may hold between two tags, in bytes: four for each of the
 * 1,048,576 characters a cell may hold (as a CSV record may), however it is encoded.
 */
export const MAX_TEXT_RUN_BYTES = 4 * 1024 * 1024;
/** A part that is XML: the parts the readers parse; images and the like are not scanned. */
const XML_PART = /\.(xml|rels)$/i;

/** A worksheet's part, whose extent is measured as it is inflated. */
export const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/** Passes a part's deflated bytes through as they are: they are inflated by zlib, counted. */
class Deflated {
  static compression = 8;
  ondata: AsyncFlateStreamHandler = () => {};
  push(chunk: Uint8Array, final: boolean): void {
    this.ondata(null, chunk as Uint8Array<ArrayBuffer>, final);
  }
}

/**
 * Throws a located data error when the workbook's parts unpack to more than the limits allow.
 * Why inflate and count rather than trust the sizes the zip declares: a hostile zip declares
 * what it likes. fflate finds the parts; Node's zlib inflates each, a megabyte at a time, and
 * stops at the limit, so the check never holds more than that. Gives the parts it listed, so
 * that readers take them from there rather than list the zip again.
 */
export async function refuseZipBomb(
  bytes: Uint8Array,
  label: string,
): Promise<WorkbookPart[] | undefined> {
  const parts = await workbookParts(bytes);
  if (parts === undefined) return undefined; // not a zip fflate can read: the reader says so
  let over = parts.length > MAX_XLSX_PARTS ? `it has over ${MAX_XLSX_PARTS} parts` : undefined;
  let left = MAX_XLSX_UNPACKED;
  let strings = 0;
  for (const part of parts) {
    if (over) break;
    const extent = WORKSHEET.test(part.name) ? sheetExtent() : undefined;
    const doctype = new DoctypeScan();
    const xml = XML_PART.test(part.name);
    const text = xml ? new TextRunScan() : undefined;
    const items = xml ? new SharedStringCount() : undefined;
    const seen = (chunk: Uint8Array) => {
      doctype.push(chunk);
      extent?.push(chunk);
      text?.push(chunk);
      items?.push(chunk);
    };
    const enough = () => strings + (items?.count ?? 0) > MAX_XLSX_SHARED_STRINGS;
    if (part.stored) seen(part.bytes);
    const size = part.stored
      ? part.bytes.length
      : await inflatedSize(part.bytes, left + 1, { raw: true, seen, enough });
    if (doctype.found)
      throw fail(
        "data",
        `the workbook's part ${part.name} declares a document type (<!DOCTYPE …>), which no spreadsheet writes`,
        { file: label },
        ["save it again from the spreadsheet, or as CSV"],
      );
    left -= size;
    strings += items?.count ?? 0;
    if (extent?.unplaced !== undefined) part.unplacedRow = extent.unplaced;
    over =
      left < 0
        ? `it unpacks to over ${MAX_XLSX_UNPACKED / 1024 / 1024} MB`
        : strings > MAX_XLSX_SHARED_STRINGS
          ? `${part.name} brings its shared strings to over ${MAX_XLSX_SHARED_STRINGS.toLocaleString("en-US")}`
          : partOver(part, extent, text);
  }
  if (over !== undefined)
    throw fail("data", `the workbook is too large to read: ${over}`, { file: label }, [
      "save the sheet as CSV, which is read a record at a time (or clear the cells beyond the table)",
    ]);
  return parts;
}

/** What of a part is past the limits, as the workbook's refusal says it, or undefined. */
function partOver(
  part: WorkbookPart,
  extent: SheetExtent | undefined,
  text: TextRunScan | undefined,
): string | undefined {
  if (extent?.longTag)
    return `${part.name} holds a tag or comment running on over ${MAX_TAG / 1024 / 1024} MB`;
  if (text && text.longest > MAX_TEXT_RUN_BYTES)
    return `${part.name} holds a text of ${text.longest.toLocaleString("en-US")} bytes; a cell may hold 1,048,576 characters`;
  if (extent && Math.max(extent.rows, 1) * Math.max(extent.columns, 1) > MAX_XLSX_CELLS)
    return `a sheet spans ${extent.rows} rows and ${extent.columns} columns (to cell ${extent.corner}), over ${MAX_XLSX_CELLS.toLocaleString("en-US")} cells`;
  return undefined;
}

/** A part of a workbook's zip: its name, and its bytes as the zip holds them. */
export interface WorkbookPart {
  name: string;
  /** Stored as is, not deflated. */
  stored: boolean;
  bytes: Buffer;
  /** A worksheet's: the row of its first cell written without its reference (`r`), if any. */
  unplacedRow?: number;
}

/** The parts' bytes as the zip holds them, or undefined when it is no zip fflate can read. */
export async function workbookParts(bytes: Uint8Array): Promise<WorkbookPart[] | undefined> {
  // Loaded when a workbook is read: fflate makes a TextDecoder as it loads, which the startup
  // snapshot cannot hold.
  const { Unzip } = await import("fflate");
  const parts: WorkbookPart[] = [];
  const unzip = new Unzip((file: UnzipFile) => {
    const chunks: Uint8Array[] = [];
    file.ondata = (err, chunk, final) => {
      if (!err) chunks.push(chunk);
      if (final)
        parts.push({
          name: file.name,
          stored: file.compression === 0,
          bytes: Buffer.concat(chunks),
        });
    };
    file.start();
  });
  unzip.register(Deflated);
  try {
    unzip.push(bytes, true);
  } catch {
    return undefined;
  }
  return parts;
}

import { inflateRawSync } from "node:zlib";
import { inflatedSize } from "../inflated-size.js";
import { emptyCellFilter } from "./empty-cells.js";
import { MAX_XLSX_UNPACKED, WORKSHEET, type WorkbookPart } from "./xlsx-guard.js";

/** The parts the spreadsheet reader reads (its own filter): XML, and XML's relationships. */
const READ_PART = /\.xml(\.rels)?$/i;

/**
 * The workbook as the spreadsheet reader is to read it: its XML parts, the sheet's without its
 * empty cells and rows (empty-cells.ts), the other sheets left out, stored rather than
 * deflated; and the parts with the sheet's so, for what else reads the sheet (xlsx-shown.ts).
 * Why: a formatted range's empty cells made the reader's time and memory grow with the range
 * formatted (a whole column: a million rows), not with the cells used; and the reader turns
 * every part it is given into text, read or not. Undefined when the workbook has no such
 * sheet part or a part does not inflate: the reader is then given the file, and says what is
 * wrong with it.
 */
export async function slimWorkbook(
  parts: Map<string, WorkbookPart>,
  sheetPart: string | undefined,
): Promise<
  | {
      zip: Buffer;
      parts: Map<string, WorkbookPart>;
      unsavedFormulas: readonly string[];
      hiddenRows: ReadonlySet<number>;
      mergedCells: readonly string[];
    }
  | undefined
> {
  const sheet = parts.get(sheetPart ?? "");
  if (!sheet) return undefined;
  const filter = emptyCellFilter();
  if (sheet.stored) filter.push(sheet.bytes);
  else await inflatedSize(sheet.bytes, MAX_XLSX_UNPACKED, { raw: true, seen: filter.push });
  const slim: WorkbookPart = { name: sheet.name, stored: true, bytes: filter.end() };
  const files: Record<string, Uint8Array> = {};
  try {
    for (const part of parts.values()) {
      if (!READ_PART.test(part.name) || (WORKSHEET.test(part.name) && part !== sheet)) continue;
      files[part.name] =
        part === sheet ? slim.bytes : part.stored ? part.bytes : inflateRawSync(part.bytes);
    }
  } catch {
    return undefined;
  }
  // Loaded when a workbook is read, as in xlsx-guard.ts (fflate cannot be in the snapshot).
  const { zipSync } = await import("fflate");
  return {
    // A fixed time: the reader reads no dates of parts, and the clock may be anything.
    zip: Buffer.from(zipSync(files, { level: 0, mtime: new Date(2000, 0, 1) })),
    parts: new Map([...parts, [sheet.name, slim]]),
    hiddenRows: filter.hiddenRows(),
    mergedCells: filter.mergedCells(),
    unsavedFormulas: filter.unsavedFormulas(),
  };
}

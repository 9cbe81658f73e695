import { fail, type MissiveError } from "../errors.js";
import { utf16Encoding } from "../load/read-text.js";
import { placeCounter } from "./place-counter.js";
import { MAX_LIST_BYTES, MAX_RECORD_CHARS, type RecordSource } from "./read-records.js";
import { MAX_XLSX_BYTES } from "./read-xlsx.js";

/**
 * How many bytes a line of CSV or JSON Lines may run without a line end: a record may hold
 * 1 MiB of characters, and a character is at most 4 bytes (UTF-8), so a longer line holds a
 * record over the limit, whatever the encoding (a UTF-16 line end has the byte 0x0A too).
 */
export const MAX_LINE_BYTES = 4 * MAX_RECORD_CHARS;

/** Checks each chunk of a records stream before it is copied; an error ends the copy. */
export type StreamCheck = (chunk: Buffer, before: number) => MissiveError | undefined;

/**
 * What a records stream (standard input, a named pipe) is refused for as soon as its bytes say
 * it is no records file: NUL bytes in its first chunk, where text is expected (not a zip, not
 * UTF-16 or UTF-32, which a byte-order mark or --records-encoding names), or more bytes than
 * its format is read to: a YAML or JSON list 16 MiB, a workbook 64 MB (both read whole), a
 * line of CSV or JSON Lines 4 MiB. Why: `--merge - < /dev/zero` copied 1 GiB to a temporary
 * file before the reader refused its first record; the same limits hold for a file.
 */
export function recordsStreamCheck(src: RecordSource): StreamCheck {
  const at = { file: src.label };
  let lineBytes = 0;
  return (chunk, before) => {
    if (before === 0 && textExpected(src, chunk)) {
      const nul = chunk.indexOf(0);
      if (nul >= 0) return binary(src, chunk, nul);
    }
    const whole = wholeLimit(src.format);
    if (whole !== undefined && before + chunk.length > whole.bytes)
      return fail("data", `the records stream is over ${whole.shown}, ${whole.why}`, at, [
        whole.hint,
      ]);
    if (src.format !== "csv" && src.format !== "jsonl") return undefined;
    const end = Math.max(chunk.lastIndexOf(0x0a), chunk.lastIndexOf(0x0d));
    lineBytes = end >= 0 ? chunk.length - end - 1 : lineBytes + chunk.length;
    if (end < 0 && lineBytes > MAX_LINE_BYTES) return lineTooLong(src);
    return undefined;
  };
}

/**
 * Whether the stream's first chunk should be text: a text format, not a zip or UTF-16/32,
 * with its mark or without (utf16Encoding: every other byte 0). Why the unmarked too: a
 * CSV saved as UTF-16 without a mark was refused as binary data, where the reader says
 * "UTF-16 (little-endian) text, not UTF-8" and names --records-encoding utf-16le.
 */
function textExpected(src: RecordSource, head: Buffer): boolean {
  if (src.format === "xlsx" || src.format === "ods") return false;
  if (/^utf-(16|32)/i.test(src.encoding ?? "")) return false;
  const zip = head[0] === 0x50 && head[1] === 0x4b; // PK: a spreadsheet; its hint names the format
  return !zip && utf16Encoding(head) === undefined;
}

/** The NUL's place is counted as the readers count lines (a CR alone ends one too). */
function binary(src: RecordSource, chunk: Buffer, nul: number): MissiveError {
  const place = placeCounter()(chunk.subarray(0, nul).toString("utf8"));
  return fail(
    "data",
    "the records hold a NUL byte: they are binary data, not the text of a records file",
    { file: src.label, line: place.line, col: place.col },
    [
      "records are CSV, JSON Lines, YAML or JSON text, or a workbook named with --merge-format xlsx or ods",
    ],
  );
}

function wholeLimit(format: RecordSource["format"]) {
  if (format === "yaml" || format === "json")
    return {
      bytes: MAX_LIST_BYTES,
      shown: `${MAX_LIST_BYTES / 1024 / 1024} MiB`,
      why: "the most a YAML or JSON list may be, as it is read whole",
      hint: "write the records as CSV or JSON Lines (one record per line), which are read a record at a time",
    };
  if (format === "xlsx" || format === "ods")
    return {
      bytes: MAX_XLSX_BYTES,
      shown: `${MAX_XLSX_BYTES / 1024 / 1024} MB`,
      why: "the most a workbook may be, as it is read whole",
      hint: "save the sheet as CSV, which is read a record at a time",
    };
  return undefined;
}

function lineTooLong(src: RecordSource): MissiveError {
  return fail(
    "data",
    `the records stream runs ${MAX_LINE_BYTES / 1024 / 1024} MiB without a line end, more than a record may hold (${MAX_RECORD_CHARS} characters)`,
    { file: src.label },
    [
      src.format === "csv"
        ? "CSV ends each row with a line end; is this a records file?"
        : "JSON Lines has one record per line; is this a records file?",
    ],
  );
}

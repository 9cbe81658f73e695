import {
  closeSync,
  constants,
  createReadStream,
  fstatSync,
  openSync,
  readSync,
  statSync,
} from "node:fs";
import { extname } from "node:path";
import type { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { CsvError, parse as parseCsv } from "csv-parse";
import { fail, isMissiveError, MissiveError, type Problem } from "../errors.js";
import { splitArriving } from "../line-ends.js";
import { cannotRead } from "../load/cannot-read.js";
import { type FileReads, noteRead } from "../load/file-reads.js";
import { nestedDeeperThan } from "../load/nested-deeper.js";
import { MAX_DEPTH, parseYaml } from "../load/parse-yaml.js";
import { notRegularFile, openInput } from "../load/read-regular.js";
import { readText } from "../load/read-text.js";
import { crlfToLf } from "./crlf-to-lf.js";
import { detectDelimiter, excelSeparator, looksLikeCsv } from "./csv-delimiter.js";
import { csvProblem } from "./csv-problem.js";
import { asWritten } from "./json-line.js";
import { type JsonList, jsonList } from "./json-list-items.js";
import { isMapping, type MergeRecord } from "./merge-record.js";
import { withoutNulls } from "./null-fields.js";
import { isZip, readOds } from "./read-ods.js";
import { readXlsx } from "./read-xlsx.js";
import { refuseLargeRecord } from "./record-size.js";
import { strictUtf8 } from "./strict-utf8.js";
import { checkHeader, rowData } from "./table-rows.js";

/** The formats `--merge-format` names, in the order its help lists them. */
export const RECORD_FORMATS = ["csv", "jsonl", "yaml", "json", "xlsx", "ods"] as const;
export type RecordFormat = (typeof RECORD_FORMATS)[number];

/** Whether a format's values have types (JSON, YAML), unlike a table's cells, which are text. */
export function typedFormat(format: RecordFormat): boolean {
  return format === "jsonl" || format === "json" || format === "yaml";
}

/** A records file that can be read (streamed) more than once: once to plan, once to render. */
export interface RecordSource {
  /** The path as the user wrote it (or the spooled copy of stdin), for locations. */
  file: string;
  /** The name to show in messages (`<stdin>` for `--merge -`). */
  label: string;
  format: RecordFormat;
  /**
   * The run's record of files read (file-reads.ts), in the thread that reports errors: the
   * text readers note the file they opened, so its code frames show only its own lines.
   */
  reads?: FileReads;
  /** CSV only: the delimiter given with --delimiter; detected from the header when absent. */
  delimiter?: string;
  /** Spreadsheets only: the sheet given with --sheet (a name, or a 1-based number); else the first. */
  sheet?: string;
  /** CSV only: the text encoding given with --records-encoding (windows-1252); else strict UTF-8. */
  encoding?: string;
  /** True when the format was assumed, not named (`--merge -` without --merge-format). */
  formatAssumed?: boolean;
  /**
   * `--records-lang`: the language the records write numbers and dates in (`1.234,50`,
   * `15.03.2024`), which text templates' helpers read them by (sheet-language.ts).
   */
  lang?: string;
}

/**
 * Why a size limit for list files: YAML and JSON lists are parsed whole. A YAML list's syntax
 * tree, which locates every value, is large: a list of a million one-field records (16 MB) took
 * 68 s and 2.6 GB (so did a JSON list, before JSON.parse read it), and one of 64 MiB ran out
 * of memory. Stream CSV or JSONL.
 */
export const MAX_LIST_BYTES = 16 * 1024 * 1024;
/**
 * Why a limit per record of CSV and JSON Lines: they are read a record at a time, and a
 * "record" with no line end (a file of zeros) would otherwise grow until memory runs out.
 * A YAML or JSON list's records have a limit of their own (record-size.ts).
 */
export const MAX_RECORD_CHARS = 1024 * 1024;

/**
 * Why `.txt` is CSV: Excel saves "Unicode Text" (UTF-16 with its mark, tab-separated) and
 * "Text (Tab delimited)" as `.txt`, and so do many exports; the delimiter is read from the
 * header as any CSV's is, and the mark names the encoding (bom-encoding.ts).
 */
const BY_EXT: Record<string, RecordFormat> = {
  ".csv": "csv",
  ".tsv": "csv",
  ".txt": "csv",
  ".yaml": "yaml",
  ".yml": "yaml",
  ".json": "json",
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".xlsx": "xlsx",
  ".ods": "ods",
  ".fods": "ods",
};

export function recordFormat(file: string): RecordFormat {
  const f = BY_EXT[extname(file).toLowerCase()];
  if (!f)
    throw fail(
      "usage",
      `--merge ${file}: cannot tell the records format from its extension`,
      {
        file,
      },
      [
        "use a .csv, .tsv, .txt, .xlsx, .ods, .yaml, .json or .jsonl file, or - for JSON Lines on standard input",
        `or name its format: --merge-format ${RECORD_FORMATS.join("|")} (csv for any delimited text: commas, semicolons or tabs)`,
      ],
    );
  return f;
}

/** Yields the records in file order, each with its 0-based index and 1-based line. */
export async function* readRecords(src: RecordSource): AsyncGenerator<MergeRecord> {
  try {
    if (src.format === "csv") yield* readCsv(src);
    else if (src.format === "xlsx") yield* readXlsx(src);
    else if (src.format === "ods") yield* readOds(src);
    else if (src.format === "jsonl") yield* readJsonLines(src);
    else yield* readList(src);
  } catch (e) {
    throw src.formatAssumed ? withFormatHint(e, src) : e;
  }
}

/**
 * CSV: a header row names the fields; dotted headers (`recipient.name`) address nested fields
 * and numeric segments (`recipient.0`, `recipient.1`) build a list. An empty cell leaves the
 * base letter's value in place (and is dropped from a list).
 */
async function* readCsv(src: RecordSource): AsyncGenerator<MergeRecord> {
  const sep = excelSeparator(src.file, src.encoding);
  const parser = parseCsv({
    bom: true,
    delimiter: src.delimiter ?? sep ?? detectDelimiter(src.file, src.encoding),
    // Lines are still counted from the file's first, so records keep their line numbers.
    from_line: sep === undefined ? 1 : 2,
    info: true,
    // The text of a record that fails, to find where an unclosed quote was opened.
    raw: true,
    skip_empty_lines: true,
    relax_quotes: false,
    max_record_size: MAX_RECORD_CHARS,
  });
  // Errors surface through the iteration below; the promise only needs a handler.
  pipeline(opened(src), crlfToLf(src.label, src.encoding), parser).catch(() => {});
  let header: string[] | undefined;
  let index = 0;
  // The parser counts lines to a record's end; a record starts before its cells' line breaks.
  const startLine = (row: { record: string[]; info: { lines: number } }) =>
    row.info.lines - (row.record.join("\0").match(/\n/g)?.length ?? 0);
  try {
    for await (const row of parser as AsyncIterable<{
      record: string[];
      info: { lines: number };
    }>) {
      if (!header) {
        header = checkHeader(row.record, "CSV", () => ({ file: src.label, line: startLine(row) }));
        continue;
      }
      // A row of empty cells (`,,,`: Excel writes one for a blank row within the sheet's used
      // range, Salesforce before its footer) is no record, as an empty row of a workbook is not.
      if (row.record.every((c) => c.trim() === "")) continue;
      const line = startLine(row);
      const at = () => ({ file: src.label, line });
      yield { index: index++, line, data: rowData(header, row.record, "CSV", at) };
    }
  } catch (e) {
    throw e instanceof CsvError ? csvProblem(e, src.label, header?.length) : e;
  }
}

/** JSON Lines: one JSON object per line; blank lines are skipped. */
async function* readJsonLines(src: RecordSource): AsyncGenerator<MergeRecord> {
  const lines = linesOf(opened(src), src);
  let line = 0;
  let index = 0;
  for await (const text of lines) {
    line++;
    if (text.trim() === "" || text === "\uFEFF") continue;
    let value: unknown;
    const json = line === 1 ? text.replace(/^\uFEFF/, "") : text;
    try {
      value = JSON.parse(json);
    } catch (e) {
      throw fail("data", `not valid JSON: ${(e as Error).message}`, { file: src.label, line }, [
        "JSON Lines has one complete JSON object per line",
      ]);
    }
    // As deep as YAML and JSON records may be: JSON.parse reads any depth, and what walks a
    // record after (its overlay on the letter, --name) recursed until the stack ran out.
    if (nestedDeeperThan(value, MAX_DEPTH))
      throw fail("data", `data is nested more than ${MAX_DEPTH} levels deep`, {
        file: src.label,
        line,
      });
    value = asWritten(json, value, src.label, line);
    yield { index: index++, line, data: mapping(value, src, line) };
  }
}

/**
 * YAML or JSON: a list of mappings. A JSON list is read by JSON.parse (json-list-items.ts),
 * anything else by the YAML reader, which locates items and says what is wrong where.
 */
async function* readList(src: RecordSource): AsyncGenerator<MergeRecord> {
  // Said before reading, with what to do; readText holds the file to the limit as it reads.
  const size = statSync(src.file, { throwIfNoEntry: false })?.size ?? 0;
  if (size > MAX_LIST_BYTES)
    throw fail(
      "data",
      `the records file is ${size.toLocaleString("en-US")} bytes; a YAML or JSON list may be ${MAX_LIST_BYTES / 1024 / 1024} MiB, as it is read whole`,
      { file: src.label },
      [
        "save the records as CSV or JSON Lines (one record per line), which are read a record at a time",
      ],
    );
  const { text } = labelled(src, () =>
    readText(src.file, { maxBytes: MAX_LIST_BYTES, reads: src.reads }),
  );
  const json = jsonList(text);
  if (json) yield* jsonListRecords(json, text, src);
  else yield* yamlListRecords(text, src);
}

/**
 * A JSON list's records, each placed at the line and column its item starts, and read again
 * by the YAML reader only if JSON.parse changed it (a number not kept as written, a key twice).
 */
function* jsonListRecords(json: JsonList, text: string, src: RecordSource): Generator<MergeRecord> {
  let index = 0;
  for (const place of json.places) {
    const { line, col } = place;
    // As deep as the YAML reader lets a list be: its items one level less than the file.
    if (nestedDeeperThan(json.values[index], MAX_DEPTH - 1))
      throw fail("data", `data is nested more than ${MAX_DEPTH} levels deep`, {
        file: src.label,
        line,
      });
    const item = text.slice(place.start, place.end);
    yield listRecord(index, line, asWritten(item, json.values[index], src.label, line, col), src);
    index++;
  }
}

function* yamlListRecords(text: string, src: RecordSource): Generator<MergeRecord> {
  const yaml = labelled(src, () => parseYaml({ text, file: src.label }));
  if (!Array.isArray(yaml.value))
    throw fail(
      "data",
      "the records file must be a list of records",
      { file: src.label, line: 1 },
      wrappedList(yaml.value, src) ?? ["write one `- field: value` item per letter"],
    );
  for (const [index, value] of yaml.value.entries())
    yield listRecord(index, yaml.locate(String(index)).line ?? 1, value, src);
}

/**
 * A hint for a mapping that holds the list (an API's answer, `{"data": [{…}], "meta": {…}}`):
 * which key holds it, and how to take it out. Undefined when no key holds a list of mappings.
 */
function wrappedList(value: unknown, src: RecordSource): string[] | undefined {
  if (!value || typeof value !== "object" || Array.isArray(value)) return undefined;
  const key = Object.keys(value).find((k) => {
    const v = (value as Record<string, unknown>)[k];
    return Array.isArray(v) && v.length > 0 && v.every((x) => x && typeof x === "object");
  });
  if (key === undefined) return undefined;
  const path = /^[A-Za-z_]\w*$/.test(key) ? `.${key}` : `.[${JSON.stringify(key)}]`;
  const where = `the list of records is under ${JSON.stringify(key)}`;
  return [
    src.format === "json"
      ? `${where} (as an API's answer wraps it): take it out, e.g. jq '${path}' ${src.label} > records.json`
      : `${where}: write its items at the top of the file, each starting with "- "`,
  ];
}

/** A YAML or JSON list's item as a record: a mapping of at most a letter's size. */
function listRecord(index: number, line: number, value: unknown, src: RecordSource): MergeRecord {
  const data = mapping(value, src, line);
  refuseLargeRecord(data, () => ({ file: src.label, line }));
  return { index, line, data };
}

/**
 * What `read` returns; its errors name the records file as messages do (`people.yaml`,
 * `<stdin>`), not by the path it was read from (an absolute path, or the temporary copy of
 * standard input, whose name means nothing to the user).
 */
function labelled<T>(src: RecordSource, read: () => T): T {
  try {
    return read();
  } catch (e) {
    if (!isMissiveError(e)) throw e;
    const named = (p: Problem): Problem => ({
      ...p,
      message: p.message.replaceAll(src.file, src.label),
      ...(p.location?.file === src.file ? { location: { ...p.location, file: src.label } } : {}),
    });
    throw new MissiveError(e.kind, e.problems.map(named));
  }
}

/**
 * A read stream whose open errors become located input errors. Why: a source's errors do not
 * travel through `pipe`, so they are checked here and `pipeline` (which does forward them)
 * connects the streams.
 */
function opened(src: RecordSource): Readable {
  let fd: number;
  try {
    // Without blocking, so a pipe put in the file's place is refused, not waited on.
    fd = openInput(src.file);
    const st = fstatSync(fd);
    if (!st.isFile()) {
      closeSync(fd);
      throw st.isDirectory()
        ? fail("input", `${src.label} is a folder, not a file`, { file: src.label })
        : notRegularFile(st);
    }
    noteRead(src.reads, src.file, st);
  } catch (e) {
    throw cannotRead(src.label, e, "check the path given to --merge");
  }
  return createReadStream(src.file, { fd });
}

/** Lines of a stream, split as they arrive (no whole-file buffer). */
async function* linesOf(input: Readable, src: RecordSource): AsyncGenerator<string> {
  let rest = "";
  let line = 0;
  const decode = strictUtf8(src.label);
  for await (const bytes of input as AsyncIterable<Buffer>) {
    const parts = splitArriving(rest + decode(bytes, false));
    rest = parts.pop() ?? "";
    for (const p of parts) {
      line++;
      if (p.length > MAX_RECORD_CHARS) throw tooLong(src, line);
      yield p;
    }
    if (rest.length > MAX_RECORD_CHARS) {
      input.destroy();
      throw tooLong(src, line + 1);
    }
  }
  rest += decode(new Uint8Array(0), true);
  // A CR that ends the file ended its last line.
  const last = rest.endsWith("\r") ? rest.slice(0, -1) : rest;
  if (last !== "") yield last;
}

function tooLong(src: RecordSource, line: number): Error {
  return fail(
    "data",
    `a record is over ${MAX_RECORD_CHARS} characters`,
    { file: src.label, line },
    ["JSON Lines has one record per line; is this a JSON Lines file?"],
  );
}

/** A JSON or YAML record: a mapping, whose nulls set nothing, as empty cells (null-fields.ts). */
function mapping(value: unknown, src: RecordSource, line: number): Record<string, unknown> {
  if (!isMapping(value))
    throw fail("data", "a record must be a mapping of fields", { file: src.label, line }, [
      'e.g. {"recipient": ["Jane Doe", "1 Main St"], "salutation": "Dear Ms Doe,"}',
    ]);
  return withoutNulls(value);
}

/**
 * Records whose format was assumed and that fail to parse: the error says how to name the
 * format, and which it looks like when the text is plainly CSV (a header row of field names)
 * or the bytes a spreadsheet's zip (which fail as text, not as data).
 */
function withFormatHint(e: unknown, src: RecordSource): unknown {
  if (!isMissiveError(e) || (e.kind !== "data" && e.kind !== "input")) return e;
  const [first, ...rest] = e.problems;
  if (first?.location?.file !== src.label) return e;
  const named = `${src.label} is read as ${src.format} unless its format is named: --merge-format ${RECORD_FORMATS.join("|")}`;
  // A zip's bytes say nothing about text encodings: the hint on UTF-8 would mislead.
  if (fileIsZip(src.file))
    return new MissiveError(e.kind, [
      {
        ...first,
        hints: [
          "this is a zip, as a spreadsheet is: --merge-format xlsx (Excel) or ods (LibreOffice)",
          named,
        ],
      },
      ...rest,
    ]);
  if (e.kind !== "data") return e;
  const csv = src.format === "csv" ? undefined : looksLikeCsv(src.file);
  const hints = [
    ...(csv
      ? [`this looks like CSV (a header row of fields separated by ${csv}): --merge-format csv`]
      : []),
    named,
  ];
  return new MissiveError(e.kind, [
    { ...first, hints: [...(first.hints ?? []), ...hints] },
    ...rest,
  ]);
}

/** Whether a file starts as a zip does (an .xlsx or .ods workbook). */
function fileIsZip(file: string): boolean {
  let fd: number | undefined;
  try {
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const head = Buffer.alloc(4);
    return readSync(fd, head, 0, 4, 0) === 4 && isZip(head);
  } catch {
    return false;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

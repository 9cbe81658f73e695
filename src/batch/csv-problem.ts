import type { CsvError } from "csv-parse";
import { fail } from "../errors.js";
import { MAX_RECORD_CHARS } from "./read-records.js";
import { openQuoteAt, recordStartLine, unclosedQuoteAt } from "./unclosed-quote.js";

/** What csv-parse's errors carry besides their message (its `info` and `raw` options). */
type ParserError = CsvError & {
  lines?: number;
  raw?: string;
  column?: number;
  field?: string;
  record?: string[];
};

const QUOTING = 'a cell with a quote in it is quoted, its quotes doubled: "Ann ""the"" Lee"';

/**
 * A parser error as bad data at its line, said in the terms of a spreadsheet's rows and cells
 * (counted from 1, as headers are), not the parser's (fields from 0, "trimable character (if
 * activated)"). `label` names the file; `columns` is the header's length once it is read.
 */
export function csvProblem(e: CsvError, label: string, columns?: number): Error {
  const err = e as ParserError;
  const at = { file: label, line: err.lines };
  const cell = err.column === undefined ? "a cell" : `cell ${err.column + 1}`;
  if (err.raw !== undefined && err.lines !== undefined) {
    if (e.code === "CSV_QUOTE_NOT_CLOSED")
      return fail(
        "data",
        "CSV: this quote is never closed: the cell runs to the end of the file",
        { file: label, ...unclosedQuoteAt(err.raw, err.lines) },
        ['close the quoted cell with a quote; a quote inside a cell is doubled: "Ann ""the"" Lee"'],
      );
    if (e.code === "CSV_MAX_RECORD_SIZE") return overlongRecord(err.raw, err.lines, label);
  }
  if (e.code === "INVALID_OPENING_QUOTE")
    return fail(
      "data",
      `CSV: ${cell} has a quote in it but is not quoted: ${err.field ?? ""}"…`,
      at,
      [QUOTING],
    );
  if (e.code === "CSV_INVALID_CLOSING_QUOTE")
    return fail("data", `CSV: ${cell} goes on after its closing quote`, at, [QUOTING]);
  // The header's length from its message when the parser ran ahead of the rows read.
  const expected = columns ?? Number(/expect (\d+)/.exec(e.message)?.[1]);
  if (e.code === "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH" && err.record && expected > 0)
    return fail(
      "data",
      `CSV: this row has ${cells(err.record.length)}, the header ${expected}`,
      at,
      // A header of one cell before wider rows is most often a report's title line.
      expected === 1 && err.record.length > 1 ? [CELL_COUNT, TITLE_LINE] : [CELL_COUNT],
    );
  // Every error of the parser is the file's (INVALID_OPENING_QUOTE has no CSV_ prefix).
  return fail(
    "data",
    `CSV: ${e.message.replace(/^Invalid [^:]*: /, "").replace(/ at line \d+/, "")}`,
    at,
    [/QUOTE/.test(e.code) ? QUOTING : CELL_COUNT],
  );
}

const cells = (n: number) => `${n} ${n === 1 ? "cell" : "cells"}`;

const CELL_COUNT =
  "every row needs as many cells as the header; quote cells that contain the delimiter, or give it with --delimiter";

const TITLE_LINE =
  "the header has one cell only: if the file begins with a title (a report's name, as CRM report exports write), delete the lines above the field names, as the first line is read as them";

/**
 * A record over the limit, at the line it starts. Why at the quote when the parser stopped in a
 * quoted cell: a quote never closed makes the rest of a large file one cell, so the limit is
 * met long after the quote, at a line where nothing is wrong.
 */
function overlongRecord(raw: string, lines: number, label: string): Error {
  const message = `CSV: a record is over ${MAX_RECORD_CHARS} characters`;
  const quote = openQuoteAt(raw, lines);
  if (quote)
    return fail("data", `${message}, in the quoted cell opened here`, { file: label, ...quote }, [
      'is this quote never closed? a quote inside a cell is doubled: "Ann ""the"" Lee"',
    ]);
  return fail("data", message, { file: label, line: recordStartLine(raw, lines) }, [
    "is this a CSV file? each row is one record",
  ]);
}

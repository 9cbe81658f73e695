import { fail, type Location } from "../errors.js";
import { compactLists, setPath, UNSAFE_KEYS } from "./merge-record.js";

/**
 * A row of a table (CSV, a spreadsheet) as record data: each header names a field, dotted
 * headers nested ones; an empty cell sets nothing, and is dropped from a list. A column with
 * no name in the header must be empty: `at(i)` locates its cell `i` (0-based) in this row.
 */
export function rowData(
  header: string[],
  cells: (string | boolean)[],
  what: string,
  at: (i: number) => Location,
): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  cells.forEach((cell, i) => {
    if (cell === "") return;
    // Past the header's last cell too: an .ods row ends at its last value, so a title in A1
    // made a header of one cell, and every later column of the table was dropped unread.
    if (!header[i])
      throw fail(
        "data",
        `${what} column ${i + 1} has no name in the header row, but this row has a value in it`,
        at(i),
        ["name the column in the header row, or empty it", ...titleHint(header)],
      );
    setPath(data, header[i] as string, cell);
  });
  return compactLists(data) as Record<string, unknown>;
}

/**
 * A hint for a header that names one column only, as a title above the table reads
 * ("Donor export, 2024-09-01" in A1, the field names in row 3): its first row with a value is
 * taken as the field names, so every later column of the table had "no name".
 */
function titleHint(header: string[]): string[] {
  const named = header.filter((h) => h !== "");
  if (named.length !== 1) return [];
  const shown =
    (named[0] as string).length > 60 ? `${(named[0] as string).slice(0, 60)}…` : named[0];
  return [
    `the header row names one column only ("${shown}"): if that is a title above the table, delete the rows above the field names, as the first row with a value is read as them`,
  ];
}

/**
 * A header: field names joined by dots. Why spaces are allowed inside a name: spreadsheets and
 * CRM exports name columns `First Name`, which a template reads as `{{[First Name]}}`, as it
 * reads such a key of a JSON record.
 */
const FIELD_PATH = /^[^.\s]+( +[^.\s]+)*(\.[^.\s]+( +[^.\s]+)*)*$/;

/**
 * The header row's field names, checked. `what`: how messages name the file's kind (CSV, the
 * sheet); `at`: where the header's cell `i` (0-based) is. An empty header cell names no field:
 * a trailing delimiter, as spreadsheets write for a column that once held something, or the
 * columns left of a table that starts in column B.
 */
export function checkHeader(raw: string[], what: string, at: (i: number) => Location): string[] {
  const cells = raw.map((c) => (c.trim() === "" ? "" : c));
  const seen = new Map<string, number>();
  for (const [i, c] of cells.entries()) {
    if (c === "") continue;
    if (c !== c.trim())
      throw fail("data", `${what} header ${i + 1} "${c}" starts or ends with a space`, at(i), [
        `write it "${c.trim()}"`,
      ]);
    if (!FIELD_PATH.test(c))
      throw fail("data", `${what} header ${i + 1} "${c}" is not a field name`, at(i), [
        ...(c.includes(".") ? [dotHint(c)] : []),
        "name fields like recipient.name, or recipient.0, recipient.1 for list lines",
      ]);
    // Why an error: setPath skips such a path, and the column would vanish without a word.
    const unsafe = c.split(".").find((part) => UNSAFE_KEYS.has(part));
    if (unsafe)
      throw fail(
        "data",
        `${what} header ${i + 1} "${c}" uses ${unsafe}, which no field may be named`,
        at(i),
      );
    const twin = seen.get(place(c));
    if (twin !== undefined)
      throw fail(
        "data",
        cells[twin] === c
          ? `${what} header "${c}" appears twice`
          : `${what} header ${i + 1} "${c}" names the same field as header ${twin + 1} "${cells[twin]}"`,
        at(i),
      );
    seen.set(place(c), i);
  }
  refuseOverlaps(cells, what, at);
  if (seen.size === 0)
    throw fail("data", `the ${what} header row names no field`, at(0), [
      "the first row names the fields: recipient.0, salutation, …",
    ]);
  return cells;
}

/**
 * Why a header with a dot that makes no field path (`Hausnr.`, `Tel. Nr`, as German sheets
 * abbreviate) is refused: a dot nests fields, and the part after it would be empty or start
 * with a space. The hint gives the name without its dots.
 */
function dotHint(header: string): string {
  const plain = header.replace(/\.+\s*/g, " ").trim();
  return `a dot in a header nests fields (sender.name is the name in sender): rename the column without it, e.g. "${plain}"`;
}

/** The place a header sets: a list item's number as a number (`recipient.01` is `recipient.1`). */
function place(header: string): string {
  return header
    .split(".")
    .map((p) => (/^\d+$/.test(p) ? String(Number(p)) : p))
    .join(".");
}

/**
 * Refuses a header that names a part of what another header names whole (`address` and
 * `address.city`), and headers that make one field both a list and a mapping
 * (`recipient.0` and `recipient.name`). Why: a record holds one value there, so the cell of one
 * column or the other would be dropped without a word.
 */
function refuseOverlaps(cells: string[], what: string, at: (i: number) => Location): void {
  const column = new Map(cells.map((c, i) => [place(c), i]));
  const kinds = new Map<string, { list: boolean; i: number }>();
  for (const [i, c] of cells.entries()) {
    const parts = place(c).split(".");
    for (let n = 1; n < parts.length; n++) {
      const whole = parts.slice(0, n).join(".");
      const j = column.get(whole);
      if (j !== undefined)
        throw fail(
          "data",
          `${what} header ${i + 1} "${c}" is a part of ${whole}, which header ${j + 1} sets whole`,
          at(i),
          [
            `keep one of the two columns, or rename one: a record holds either ${whole} or its parts`,
          ],
        );
      const list = /^\d+$/.test(parts[n] as string);
      const kind = kinds.get(whole) ?? { list, i };
      if (kind.list !== list)
        throw fail(
          "data",
          `${what} header ${i + 1} "${c}" makes ${whole} a ${list ? "list" : "mapping"}, header ${kind.i + 1} "${cells[kind.i]}" a ${list ? "mapping" : "list"}`,
          at(i),
          [
            `${whole} is one or the other: numbered items (${whole}.0) or named parts (${whole}.name)`,
          ],
        );
      kinds.set(whole, kind);
    }
  }
}

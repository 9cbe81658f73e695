import { fail, type Location } from "../errors.js";
import { compactLists, setPath, UNSAFE_KEYS } from "./merge-record.js";

/**
 * A row of a table (CSV, a spreadsheet) as record data: each header names a field, dotted
 * headers nested ones; an empty cell sets nothing, and is dropped from a list.
 */
export function rowData(header: string[], cells: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  cells.forEach((cell, i) => {
    if (cell !== "" && header[i] !== undefined) setPath(data, header[i], cell);
  });
  return compactLists(data) as Record<string, unknown>;
}

/**
 * The header row's field names, checked. `what`: how messages name the file's kind (CSV, the
 * sheet); `at`: where the header's cell `i` (0-based) is.
 */
export function checkHeader(cells: string[], what: string, at: (i: number) => Location): string[] {
  const seen = new Set<string>();
  for (const [i, c] of cells.entries()) {
    if (!/^[^.\s]+(\.[^.\s]+)*$/.test(c))
      throw fail("data", `${what} header ${i + 1} "${c}" is not a field name`, at(i), [
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
    if (seen.has(c)) throw fail("data", `${what} header "${c}" appears twice`, at(i));
    seen.add(c);
  }
  return cells;
}

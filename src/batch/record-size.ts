import { fail, type Location } from "../errors.js";
import { MAX_INPUT_BYTES } from "../load/read-text.js";

/**
 * How many characters of keys and texts a record read whole (an item of a YAML or JSON list,
 * a row of a spreadsheet) may hold: as many as a letter's data file may (4 MiB), so a record
 * brings no more than a letter could. Why: a list file could hold one record of 60 MB, and
 * laying out a body of 10 MB took 13 s and 1.3 GB before failing; a sheet's cells each hold
 * at most 1 MiB, but a row may repeat one (an `.xlsx` shared string, an `.ods` cell repeated
 * across columns), and a `.fods` of 1 MB made a record of a gigabyte. More than a CSV record's
 * 1 MiB: a record may hold a letter's worth of signers (100,000 of them, some 2 million
 * characters).
 */
export const MAX_RECORD_DATA_CHARS = MAX_INPUT_BYTES;

/**
 * Throws, at the record, when its data holds more than MAX_RECORD_DATA_CHARS characters;
 * else returns how many it holds.
 */
export function refuseLargeRecord(data: Record<string, unknown>, at: () => Location): number {
  const chars = charsOf(data, MAX_RECORD_DATA_CHARS);
  if (chars <= MAX_RECORD_DATA_CHARS) return chars;
  throw fail(
    "data",
    `a record is over ${MAX_RECORD_DATA_CHARS.toLocaleString("en-US")} characters, more than a letter's data file may hold`,
    at(),
    ["a record holds one letter's fields, a few kilobytes: is a value pasted in many times?"],
  );
}

/**
 * The characters of a record's keys and texts, counted up to a little past `limit`. Data is
 * nested at most 64 deep (parseYaml, and a sheet's headers by their dots), so the recursion
 * is bounded.
 */
function charsOf(value: unknown, limit: number): number {
  if (typeof value === "string") return value.length;
  if (value === null || typeof value !== "object") return String(value).length;
  let n = 0;
  for (const [k, v] of Object.entries(value)) {
    n += k.length + charsOf(v, limit - n);
    if (n > limit) break;
  }
  return n;
}

import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";

/** The delimiters a records file may use: Excel writes `;` where the decimal mark is a comma. */
const CANDIDATES = [",", ";", "\t"] as const;
const SAMPLE_BYTES = 64 * 1024;

/**
 * The delimiter of a CSV file, from its header row: whichever of `,` `;` and tab occurs most
 * outside quotes (`,` when none does). Why the header: field names hold no delimiters, and
 * it is the one row every file has.
 */
export function detectDelimiter(file: string, encoding = "utf-8"): string {
  return delimiterOf(headerRow(readStart(file, encoding)));
}

/**
 * The delimiter a first line `sep=;` names, or undefined without one. Why: Excel writes that
 * line to say which delimiter a CSV uses (and reads it so, whatever the system's list
 * separator); read as a header, it was a table of one column named "sep=", and every record a
 * row of "too many cells".
 */
export function excelSeparator(file: string, encoding = "utf-8"): string | undefined {
  return /^"?sep=([^\r\n"])"?\r?\n/i.exec(readStart(file, encoding).replace(/^\uFEFF/, ""))?.[1];
}

export function delimiterOf(header: string): string {
  let best: string = ",";
  let most = 0;
  for (const d of CANDIDATES) {
    const n = header.split(d).length - 1;
    if (n > most) {
      best = d;
      most = n;
    }
  }
  return best;
}

/** How messages name a delimiter. */
const SHOWN: Record<string, string> = { ",": "commas", ";": "semicolons", "\t": "tabs" };

/**
 * Whether a file plainly holds CSV: its first row has a delimiter and only field names
 * (`recipient.0`, `salutation`), which JSON and YAML never start with. Returns how the
 * delimiter is named, for a hint; undefined when it does not look like CSV.
 */
export function looksLikeCsv(file: string): string | undefined {
  const text = readStart(file).replace(/^\uFEFF/, "");
  const first = text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const d = delimiterOf(headerRow(text));
  const cells = first.split(d).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
  // Field names, with spaces inside as a CRM export's `First Name` (table-rows.ts).
  const names = cells.every((c) =>
    /^[\p{L}_][\p{L}\p{N}_-]*( [\p{L}\p{N}_-]+)*(\.[\p{L}\p{N}_-]+( [\p{L}\p{N}_-]+)*)*$/u.test(c),
  );
  return cells.length > 1 && names ? SHOWN[d] : undefined;
}

/** The first non-empty row, with quoted parts left out (a quoted header may hold anything). */
function headerRow(text: string): string {
  const start = text.replace(/^\uFEFF/, "").replace(/^[\r\n]+/, "");
  let out = "";
  let quoted = false;
  for (const ch of start) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted) out += ch;
  }
  return out;
}

function readStart(file: string, encoding = "utf-8"): string {
  const buf = Buffer.alloc(SAMPLE_BYTES);
  let fd: number | undefined;
  try {
    // Without blocking, and only from a regular file: read-records.ts refuses anything else.
    fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    if (!fstatSync(fd).isFile()) return "";
    // Why decoded as named: a UTF-16 file's tabs and commas are two bytes each.
    return new TextDecoder(encoding).decode(buf.subarray(0, readSync(fd, buf, 0, SAMPLE_BYTES, 0)));
  } catch {
    return ""; // reading the records reports why
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

import { fail } from "../errors.js";
import { leadOf } from "../load/read-text.js";
import { placeCounter } from "./place-counter.js";

/**
 * The single-byte encodings of the WHATWG Encoding Standard (Windows', ISO 8859, Mac Roman,
 * KOI8, …), by the names TextDecoder gives them. In these, UTF-8's lead and continuation bytes
 * read as pairs and triples like `Ã¡` that no text writes; a multi-byte encoding (Shift JIS,
 * GBK) may take UTF-8's bytes as its own characters, so it is not judged.
 */
const SINGLE_BYTE = /^(?:ibm866|iso-8859-\d+|koi8-[ru]|macintosh|windows-\d+|x-mac-cyrillic)$/;

/**
 * A check, given each chunk of a CSV's bytes in turn, that a file named to be in a single-byte
 * encoding (`--records-encoding windows-1252`) is not UTF-8: the first chunk holding a byte
 * that is not ASCII is judged, and if all of it reads as UTF-8 (with a character of more than
 * one byte: `á` as C3 A1, or the byte-order mark of Excel's "CSV UTF-8"), the file is refused
 * at that character. Why: read as Windows-1252, `Siobhán` printed as `SiobhÃ¡n` in every
 * letter without a word, as when an option set for Excel's "CSV (Comma delimited)" meets a
 * "CSV UTF-8" or Google Sheets download.
 */
export function utf8NamedOtherwise(
  encoding: string,
  label: string,
): (chunk: Uint8Array, end: boolean) => void {
  const name = new TextDecoder(encoding).encoding;
  let decided = !SINGLE_BYTE.test(name);
  // Bytes before the first that is not ASCII are ASCII: read as Latin-1, they are their text.
  const place = placeCounter();
  const ascii = (bytes: Uint8Array) =>
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString("latin1");
  // The bytes from a first character that is not ASCII, when a chunk's end cut it.
  let pending: Uint8Array = new Uint8Array(0);
  return (chunk, end) => {
    if (decided) return;
    const bytes = pending.length > 0 ? Buffer.concat([pending, chunk]) : chunk;
    pending = new Uint8Array(0);
    const at = bytes.findIndex((b) => b >= 0x80);
    if (at < 0) {
      place(ascii(bytes));
      return;
    }
    const cut = end ? bytes.length : leadOf(bytes, bytes.length);
    if (cut <= at) {
      pending = bytes;
      return;
    }
    decided = true;
    if (!readsAsUtf8(bytes.subarray(0, cut))) return;
    const where = place(ascii(bytes.subarray(0, at)));
    const utf8 = new TextDecoder("utf-8", { ignoreBOM: true });
    const char = [...utf8.decode(bytes.subarray(at, at + 4))][0] ?? "";
    const bom = where.line === 1 && where.col === 1 && char === "\ufeff";
    const asNamed = new TextDecoder(name).decode(Buffer.from(char));
    throw fail(
      "input",
      bom
        ? `the file is UTF-8, not ${name}: it begins with UTF-8's byte-order mark, as Excel's "CSV UTF-8" writes it`
        : `the file is UTF-8, not ${name}: "${char}" here is written as UTF-8 writes it, and would read as "${asNamed}"`,
      { file: label, ...where },
      ["leave out --records-encoding: a UTF-8 file needs none"],
    );
  };
}

/** Whether bytes holding one that is not ASCII all read as UTF-8. */
function readsAsUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

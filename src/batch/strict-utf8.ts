import { fail } from "../errors.js";
import { firstBadByte, leadOf, utf16Encoding } from "../load/read-text.js";
import { placeCounter } from "./place-counter.js";
import { utf8NamedOtherwise } from "./utf8-named-otherwise.js";

/**
 * Decodes a records file's bytes as they stream in, refusing what is not UTF-8, as a letter's
 * data is refused (load/read-text.ts). Why not a replacing decoder: a CSV saved by Excel as
 * "CSV (Comma delimited)" is Windows-1252, and `Müller` would come out as `M�ller` in every
 * letter without a word; Excel's "Unicode Text" is UTF-16. Returns a function given each chunk
 * (and `end` with the last), which gives the text decoded so far or throws a located error.
 */
export function strictUtf8(
  label: string,
  /** A CSV's: its error also says how to name the encoding (--records-encoding), and a CR alone ends a line. */
  csv = false,
): (chunk: Uint8Array, end: boolean) => string {
  const hints = csv ? [SAVE_AS, NAME_IT] : [SAVE_AS];
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  let pending: Uint8Array = new Uint8Array(0);
  let first = true;
  const place = placeCounter();
  // A CR alone (not one a chunk's end cut from its LF) ends a line only in a Mac file.
  let macLines = false;
  return (chunk, end) => {
    const bytes = Buffer.concat([pending, chunk]);
    const utf16 = first && (bytes.length >= 4 || end) ? utf16Encoding(bytes) : undefined;
    if (utf16) throw fail("input", `the file is ${utf16} text, not UTF-8`, { file: label }, hints);
    if (bytes.length >= 4) first = false;
    const cut = end ? bytes.length : leadOf(bytes, bytes.length);
    pending = bytes.subarray(cut);
    const whole = bytes.subarray(0, cut);
    let text: string;
    try {
      text = decoder.decode(whole);
    } catch {
      const bad = firstBadByte(whole);
      const before = new TextDecoder().decode(whole.subarray(0, bad));
      const at = place(before);
      macLines ||= csv && /\r(?!\n)/.test(before);
      throw fail(
        "input",
        `not valid UTF-8: byte 0x${(whole[bad] ?? 0).toString(16).padStart(2, "0")}`,
        { file: label, ...at },
        macLines ? [SAVE_AS, NAME_MAC] : hints,
      );
    }
    place(text);
    macLines ||= csv && /\r(?!\n|$)/.test(text);
    return text;
  };
}

const SAVE_AS =
  'save the file as UTF-8 (in Excel: "CSV UTF-8 (Comma delimited)"; most editors have an encoding menu)';
const NAME_IT =
  'or name its encoding: --records-encoding windows-1252 (Excel\'s "CSV (Comma delimited)" on Windows, Outlook\'s contacts export), utf-16le (Excel\'s "Unicode Text")';

/**
 * Why Mac Roman for a file whose lines end with a CR alone: Excel for Mac saved CSV so until
 * 2016, and windows-1252, the other hint, reads its ü (0x9f) as Ÿ without a word.
 */
const NAME_MAC =
  "its lines end with a CR alone, as Excel for Mac saved CSV until 2016, in Mac Roman: --records-encoding macintosh";

/**
 * Decodes a CSV in the encoding `--records-encoding` names (a label TextDecoder knows:
 * windows-1252, windows-1250, utf-16le, …). Why a byte-order mark is kept: the caller drops
 * a leading one, as it does for UTF-8.
 */
export function namedEncoding(
  encoding: string,
  label: string,
): (chunk: Uint8Array, end: boolean) => string {
  const decoder = new TextDecoder(encoding, { ignoreBOM: true });
  const fits = linesFit(encoding, label);
  const notUtf8 = utf8NamedOtherwise(encoding, label);
  return (chunk, end) => {
    notUtf8(chunk, end);
    const text = decoder.decode(chunk, { stream: !end });
    fits(chunk, text, end);
    return text;
  };
}

/** Bytes read before the check of linesFit decides; a CSV's header line ends well before. */
const LINE_CHECK_BYTES = 64 * 1024;

/**
 * A check that the file's line breaks survive the encoding named: a byte 0x0A in the file's
 * beginning and no line break in its text means the encoding is not the file's (ASCII or UTF-8
 * read as utf-16be, UTF-16 of the other byte order), which would otherwise read as one header
 * line of CJK characters and "no records". Why the beginning only: once a line break has come
 * through, the encoding splits lines as the file does. Why a CR counts as one: a file whose
 * lines end with a CR alone (crlf-to-lf.ts) may hold 0x0A bytes inside its characters (上 is
 * 0x0A 0x4E in UTF-16LE, Њ 0x0A 0x04), and is read right.
 */
function linesFit(
  encoding: string,
  label: string,
): (chunk: Uint8Array, text: string, end: boolean) => void {
  let bytes = 0;
  let rawBreak = false;
  let textBreak = false;
  let latin = false;
  let decided = false;
  let head: Uint8Array = new Uint8Array(0);
  return (chunk, text, end) => {
    if (decided) return;
    if (head.length < 4) head = Buffer.concat([head, chunk.subarray(0, 4)]);
    bytes += chunk.length;
    rawBreak ||= chunk.includes(0x0a);
    textBreak ||= /[\n\r]/.test(text);
    // A file read in an encoding not its own gives no character of ASCII or Latin-1 (each pairs
    // two bytes of its text); its own gives them (a delimiter, a letter of a header) even
    // when a line break never comes, and a byte 0x0A is then part of a character (Њ, 上).
    latin ||= /[\t -~\u00a0-\u00ff]/.test(text);
    if (textBreak || (bytes < LINE_CHECK_BYTES && !end)) return;
    decided = true;
    if (!rawBreak || latin) return;
    const utf16 = utf16Encoding(head);
    throw fail(
      "input",
      `the file is not ${encoding} text: its line breaks do not read as line breaks in ${encoding}`,
      { file: label },
      utf16
        ? [
            `it looks like ${utf16} text: ${utf16.includes("big") ? "--records-encoding utf-16be" : "--records-encoding utf-16le"}`,
          ]
        : [
            "it looks like 8-bit text: leave out --records-encoding for UTF-8, or name its encoding (windows-1252)",
          ],
    );
  };
}

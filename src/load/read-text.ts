import { resolve } from "node:path";
import { fail } from "../errors.js";
import { toLf } from "../line-ends.js";
import { cannotRead } from "./cannot-read.js";
import { type FileReads, noteRead } from "./file-reads.js";
import { readRegular } from "./read-regular.js";
import { similarFile } from "./similar-file.js";

/** Why: a letter file over this size is almost certainly a mistake, and YAML parsing cost grows with it. */
export const MAX_INPUT_BYTES = 4 * 1024 * 1024;

export interface SourceText {
  /** The path as the user wrote it, used in error locations. */
  file: string;
  text: string;
}

/**
 * Reads a text file as strict UTF-8; `file` stays as the user wrote it for error locations. Why: a silently replaced byte in a name or address is
 * worse than a refusal, so invalid bytes are an error located at line:col. `reads`, the
 * run's record of files read, notes which file this was (a code frame shows only its lines).
 */
export function readText(
  file: string,
  opts: { cwd?: string; maxBytes?: number; reads?: FileReads } = {},
): SourceText {
  const path = resolve(opts.cwd ?? ".", file);
  const maxBytes = opts.maxBytes ?? MAX_INPUT_BYTES;
  let bytes: Buffer;
  try {
    bytes = readRegular(path, maxBytes, (st) => noteRead(opts.reads, path, st));
  } catch (e) {
    const near =
      (e as NodeJS.ErrnoException).code === "ENOENT" ? similarFile(file, path) : undefined;
    throw cannotRead(
      file,
      e,
      near ? `did you mean ${near}?` : "check the path and the current folder",
    );
  }
  return { file, text: decodeUtf8(bytes, file) };
}

/** Decodes bytes as UTF-8; accepts a byte-order mark and CRLF line ends, refuses anything invalid. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  const utf16 = utf16Encoding(bytes);
  if (utf16)
    throw fail("input", `the file is ${utf16} text, not UTF-8`, { file }, [
      "save the file as UTF-8 (most editors have an encoding menu)",
    ]);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    const at = firstBadByte(bytes);
    const { line, col } = lineColOfByte(bytes, at);
    throw fail(
      "input",
      `not valid UTF-8: byte 0x${(bytes[at] ?? 0).toString(16).padStart(2, "0")} at offset ${at}`,
      { file, line, col },
      ["save the file as UTF-8 (most editors have an encoding menu)"],
    );
  }
  return toLf(text);
}

/**
 * The UTF-16 a file is written in, by its byte-order mark, or without one by ASCII text's
 * every other byte being 0 (UTF-8 text never starts so): named, as "not valid UTF-8" or a
 * YAML error about NUL characters would not say what to do.
 */
export function utf16Encoding(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0)
    return "UTF-32 (little-endian)";
  if (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)
    return "UTF-32 (big-endian)";
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "UTF-16 (little-endian)";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "UTF-16 (big-endian)";
  if (bytes.length >= 4 && bytes[0] !== 0 && bytes[1] === 0 && bytes[2] !== 0 && bytes[3] === 0)
    return "UTF-16 (little-endian)";
  if (bytes.length >= 4 && bytes[0] === 0 && bytes[1] !== 0 && bytes[2] === 0 && bytes[3] !== 0)
    return "UTF-16 (big-endian)";
  return undefined;
}

export function firstBadByte(bytes: Uint8Array): number {
  // Why streaming: a prefix that cuts a good character in two fails as a whole decode, so
  // whether a prefix fails went up and down along the text, and the search could stop at a
  // good character lines before the bad byte. Decoded as a stream, only a bad byte fails it.
  const fails = (end: number) => {
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(bytes.subarray(0, end), { stream: true });
      return false;
    } catch {
      return true;
    }
  };
  let lo = 0;
  let hi = bytes.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (fails(mid + 1)) hi = mid;
    else lo = mid + 1;
  }
  return leadOf(bytes, lo);
}

/**
 * Where the character lies that the byte at `at` (or the text's end) cut short: the lead byte
 * before it still waiting for its continuation bytes; else `at` itself, a byte bad alone.
 * At the end of a chunk read so far, it is how many bytes end on a whole character.
 */
export function leadOf(bytes: Uint8Array, at: number): number {
  for (let p = at - 1; p >= 0 && at - p <= 3; p--) {
    const b = bytes[p] ?? 0;
    if ((b & 0xc0) === 0x80) continue;
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return at - p < length ? p : at;
  }
  return at;
}

export function lineColOfByte(bytes: Uint8Array, offset: number): { line: number; col: number } {
  let line = 1;
  let start = 0;
  for (let i = 0; i < offset; i++) {
    // A line ends at LF, CRLF or a CR alone (line-ends.ts): a CR before an LF is not one.
    if (bytes[i] === 0x0a || (bytes[i] === 0x0d && bytes[i + 1] !== 0x0a)) {
      line++;
      start = i + 1;
    }
  }
  const prefix = new TextDecoder("utf-8").decode(bytes.subarray(start, offset));
  return { line, col: [...prefix].length + 1 };
}

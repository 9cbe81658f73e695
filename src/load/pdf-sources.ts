import { createHash } from "node:crypto";
import { inflateSync } from "node:zlib";
import { fail } from "../errors.js";

/** A file a PDF carries as its source (AFRelationship /Source). */
export interface PdfSource {
  name: string;
  data: Uint8Array;
}

/**
 * The source files a PDF written by missive carries (`--embed-source`). Why a reader of our
 * own rather than a PDF library: it reads only what missive's writer (pdfkit) writes, plain
 * dictionaries and Flate streams, and no PDF library was needed anywhere else at run time.
 * A PDF from elsewhere is read if it is written the same way; otherwise it has none.
 */
export function pdfSources(bytes: Uint8Array, file: string): PdfSource[] {
  const raw = Buffer.from(bytes).toString("latin1");
  if (!raw.startsWith("%PDF-"))
    throw fail("input", "not a PDF", { file }, ["name a PDF that missive wrote"]);
  const specs = [...fileSpecs(raw)].flatMap((spec) => {
    const name = fileName(spec);
    const ref = /\/EF <<\s*\/F (\d+) 0 R/.exec(spec)?.[1];
    return name === undefined || ref === undefined ? [] : [{ name, ref }];
  });
  const objects = objectStarts(raw);
  const starts = specs.flatMap((s) => objects.get(s.ref) ?? []);
  const dictEnds = firstAfterEach(raw, STREAM, starts);
  const sources: PdfSource[] = [];
  let left = MAX_SOURCES_BYTES;
  for (const { name, ref } of specs) {
    const at = objects.get(ref);
    const data = embedded(raw, at, at === undefined ? undefined : dictEnds.get(at), file, left);
    left -= data.length;
    sources.push({ name: pdfText(name), data });
  }
  return sources;
}

/** An embedded file's dictionary, as pdfkit writes it, is a few short lines. */
const MAX_DICTIONARY_CHARS = 64 * 1024;

const FILESPEC = /<<\s*\/Type \/Filespec\s*\/AFRelationship \/Source/g;
const SPEC_END = "\n>>\nendobj";
const STREAM = "\n>>\nstream\n";

/**
 * What each source file spec holds, up to the `>> endobj` that ends it, as pdfkit writes
 * them. Why not one regular expression with a lazy `[\s\S]*?`: each start with no end after
 * it scanned the rest of the file, quadratic in the number of such starts (a PDF may have
 * 512 MB).
 * Here the file is read once: a start inside a spec is skipped, as the expression did.
 */
function* fileSpecs(raw: string): Generator<string> {
  let done = 0;
  for (const m of raw.matchAll(FILESPEC)) {
    if (m.index < done) continue;
    const start = m.index + m[0].length;
    const end = raw.indexOf(SPEC_END, start);
    if (end < 0) return;
    done = end;
    yield raw.slice(start, end);
  }
}

/**
 * Where the first `marker` after each place is, in one pass over the places in order. Why:
 * looked up from each place in turn, many places before one far marker scan the same text
 * again each.
 */
function firstAfterEach(
  raw: string,
  marker: string,
  places: number[],
): Map<number, number | undefined> {
  const out = new Map<number, number | undefined>();
  let found = -1;
  for (const at of [...new Set(places)].sort((a, b) => a - b)) {
    if (found < at) found = raw.indexOf(marker, at);
    out.set(at, found < 0 ? undefined : found);
    if (found < 0) found = raw.length;
  }
  return out;
}

/**
 * The file name of a spec: its first `/UF (…)`, to the first `)` not escaped. Why by hand: a
 * regular expression tried at every `/UF (` of a spec whose string never ends scans to the
 * end from each, and its backtracking over a string of megabytes overflows the stack.
 */
function fileName(spec: string): string | undefined {
  const start = spec.indexOf("/UF (");
  if (start < 0) return undefined;
  for (let i = start + 5; i < spec.length; i++) {
    if (spec[i] === "\\") i++;
    else if (spec[i] === ")") return spec.slice(start + 4, i + 1);
  }
  return undefined;
}

/**
 * The most an embedded source may hold once unpacked: the largest input missive embeds (a
 * records file's record) is read from a file of at most this size (docs/security.md).
 */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/**
 * The most all of a PDF's sources may hold: a combined PDF of 100,000 letters carries a few
 * hundred megabytes; a hostile one could name one source ten thousand times.
 */
const MAX_SOURCES_BYTES = 1024 * 1024 * 1024;

/**
 * Where each object's dictionary starts, by its number, found in one pass. Why: searching the
 * file for each embedded object took as long as the file for each, so extracting a combined
 * PDF took time growing with the square of its records.
 */
function objectStarts(raw: string): Map<string, number> {
  const starts = new Map<string, number>();
  for (const m of raw.matchAll(/(?:^|\n)(\d+) 0 obj\n/g))
    if (m[1] !== undefined && !starts.has(m[1])) starts.set(m[1], m.index + m[0].length);
  return starts;
}

/** The bytes of the embedded-file object at `at` (its dictionary ends at `dictEnd`), checked against the MD5 sum pdfkit records. */
function embedded(
  raw: string,
  at: number | undefined,
  dictEnd: number | undefined,
  file: string,
  left: number,
): Uint8Array {
  const damaged = () =>
    fail("input", "the embedded source is damaged", { file }, [
      "render the letter again with --embed-source",
    ]);
  if (at === undefined || dictEnd === undefined || !raw.startsWith("<<", at)) throw damaged();
  // Why a bound: a dictionary running on to a far `>> stream` would be searched whole for
  // each object that starts in it.
  if (dictEnd - at > MAX_DICTIONARY_CHARS) throw damaged();
  const dict = raw.slice(at + 2, dictEnd);
  const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? Number.NaN);
  const start = dictEnd + STREAM.length;
  if (!Number.isInteger(length) || start + length > raw.length) throw damaged();
  const stored = Buffer.from(raw.slice(start, start + length), "latin1");
  // Why a limit: a PDF from anyone may carry a few megabytes that inflate to gigabytes,
  // which extract held in memory and then wrote out (2 MB gave a 2 GB file, 4 GB of memory).
  const limit = Math.min(MAX_SOURCE_BYTES, left);
  const tooLarge = () =>
    fail(
      "input",
      limit < MAX_SOURCE_BYTES
        ? `the embedded sources unpack to more than ${MAX_SOURCES_BYTES / 1024 / 1024} MiB in all`
        : `the embedded source unpacks to more than ${MAX_SOURCE_BYTES / 1024 / 1024} MiB`,
      { file },
      ["missive embeds no source that large; extract from a PDF missive wrote"],
    );
  if (stored.length > limit) throw tooLarge();
  let data: Buffer;
  try {
    data = /\/Filter \/FlateDecode/.test(dict)
      ? inflateSync(stored, { maxOutputLength: Math.max(1, limit) })
      : stored;
  } catch (e) {
    throw (e as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE" ? tooLarge() : damaged();
  }
  const sum = /\/CheckSum \(([0-9a-f]{32})\)/.exec(dict)?.[1];
  if (sum && createHash("md5").update(data).digest("hex") !== sum) throw damaged();
  return data;
}

const ESCAPES: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

/** A PDF literal string, `(…)` with its escapes, as text (UTF-16BE when it starts with a BOM). */
export function pdfText(literal: string): string {
  const body = literal.slice(1, -1);
  const bytes = body.replace(/\\(?:([0-7]{1,3})|([\s\S]))/g, (_, octal, c) =>
    octal
      ? String.fromCharCode(Number.parseInt(octal, 8) & 0xff)
      : (ESCAPES[c] ?? (c === "\n" ? "" : c)),
  );
  const buf = Buffer.from(bytes, "latin1");
  if (buf[0] === 0xfe && buf[1] === 0xff) {
    const utf16 = Buffer.from(buf.subarray(2, 2 + ((buf.length - 2) & ~1)));
    return utf16.swap16().toString("utf16le");
  }
  return bytes;
}

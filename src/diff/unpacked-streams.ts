import { fail, type MissiveError } from "../errors.js";
import { inflatedSize } from "../inflated-size.js";
import { PdfReader, type PdfValue } from "./pdf-object.js";
import { ascii85, asciiHex, type Decoder, lzw, runLength } from "./text-filters.js";

/**
 * What all the streams of a PDF `missive diff` compares may unpack to. Why: pdf.js holds a
 * stream whole once unpacked, and a PDF of 2 MB held 2 GB of spaces in one page's content
 * (4.4 GB of memory, 45 s); a letter's PDF unpacks to some megabytes, its images included.
 */
export const MAX_UNPACKED_BYTES = 512 * 1024 * 1024;

/** How far before its `stream` keyword a stream's dictionary may start. */
const DICT_WINDOW = 64 * 1024;
/** Bytes read looking for dictionaries in one PDF; past it the PDF is refused, not read for minutes. */
const MAX_DICT_WORK = 64 * 1024 * 1024;
/** Object streams inside object streams: pdf.js reads streams in them, and so must the count. */
const MAX_NESTING = 3;

interface Count {
  left: number;
  work: number;
  readonly limit: number;
  readonly file: string;
}

/**
 * Refuses a PDF whose streams unpack to more than `limit` bytes, before pdf.js reads it. Each
 * stream's filters are read from its dictionary and applied in turn (Flate, LZW, ASCII85,
 * ASCIIHex, RunLength, Brotli; a predictor's rows), every stage's output counted, as pdf.js
 * holds each; an image codec's output counts as its pixels. What the guard cannot bound (an
 * encrypted PDF, a dictionary it cannot read) is refused rather than passed.
 */
export async function refuseStreamBombs(
  bytes: Uint8Array,
  file: string,
  limit = MAX_UNPACKED_BYTES,
): Promise<void> {
  const pdf = new PdfBytes(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
  if (encrypted(pdf))
    throw fail("input", "it is encrypted; missive diff reads no encrypted PDF", { file }, [
      "missive writes PDFs without encryption: compare PDFs rendered by missive",
    ]);
  await countStreams(pdf, { left: limit, work: 0, limit, file }, 0);
}

async function countStreams(pdf: PdfBytes, count: Count, nesting: number): Promise<void> {
  const raw = pdf.raw;
  for (let at = raw.indexOf("stream"); at >= 0; at = raw.indexOf("stream", at + 6)) {
    if (!keywordAt(raw, at)) continue;
    const start = at + 6 + (raw[at + 6] === 0x0d && raw[at + 7] === 0x0a ? 2 : 1);
    const found = raw.indexOf("endstream", start);
    const end = found < 0 ? raw.length : found;
    const dicts = streamDicts(raw, at, count);
    if (dicts.length === 0) {
      // The word in a title or a comment is no stream, for pdf.js either.
      if (!afterDict(raw, at)) continue;
      throw cannotBound(count, at, "its dictionary cannot be read");
    }
    let worst: { size: number; out: Uint8Array } = { size: 0, out: new Uint8Array(0) };
    for (const dict of dicts) {
      const got = await unpacked(pdf, raw.subarray(start, end), dict, count, at);
      if (got.size >= worst.size) worst = got;
    }
    count.left -= worst.size;
    if (count.left < 0) throw tooLarge(count);
    if (Buffer.from(worst.out.buffer, worst.out.byteOffset, worst.out.length).includes("stream")) {
      if (nesting >= MAX_NESTING) throw cannotBound(count, at, "it nests object streams too deep");
      await countStreams(new PdfBytes(Buffer.from(worst.out)), count, nesting + 1);
    }
    at = end;
  }
}

/** Whether `>>` ends just before `at` (blanks between), as it ends a stream's dictionary. */
function afterDict(raw: Buffer, at: number): boolean {
  return raw
    .toString("latin1", Math.max(0, at - 64), at)
    .trimEnd()
    .endsWith(">>");
}

/** Whether `stream` at `at` is the keyword (not `endstream` or part of a name). */
function keywordAt(raw: Buffer, at: number): boolean {
  const before = raw[at - 1];
  const after = raw[at + 6];
  const word = (c: number | undefined) =>
    c !== undefined && c > 0x20 && !"()<>[]{}/%".includes(String.fromCharCode(c));
  return !word(before) && !word(after);
}

/**
 * The dictionaries that may be this stream's: every `<<` shortly before it from which a whole
 * dictionary reads up to the keyword. Why every one: a dictionary's strings and comments may
 * hold `<<` too, and which start pdf.js takes depends on the file's cross-reference table; the
 * count takes the worst.
 */
function streamDicts(raw: Buffer, at: number, count: Count): Map<string, PdfValue>[] {
  const out: Map<string, PdfValue>[] = [];
  const floor = Math.max(0, at - DICT_WINDOW);
  for (
    let from = raw.lastIndexOf("<<", at);
    from >= floor;
    from = raw.lastIndexOf("<<", from - 1)
  ) {
    const reader = new PdfReader(raw, from);
    const dict = reader.value();
    count.work += reader.at - from;
    if (count.work > MAX_DICT_WORK)
      throw cannotBound(count, at, "its dictionaries take too long to read");
    if (dict instanceof Map && reader.skipBlank() !== undefined && reader.at === at) out.push(dict);
    if (from === 0) break;
  }
  return out;
}

/** What one stream unpacks to through its filters: every stage's output counted, the last kept. */
async function unpacked(
  pdf: PdfBytes,
  data: Uint8Array,
  dict: Map<string, PdfValue>,
  count: Count,
  at: number,
): Promise<{ size: number; out: Uint8Array }> {
  const filters = listOf(resolved(pdf, dict.get("Filter") ?? dict.get("F")));
  const params = listOf(resolved(pdf, dict.get("DecodeParms") ?? dict.get("DP")));
  let size = 0;
  let out = data;
  for (const [i, f] of filters.entries()) {
    const name = resolved(pdf, f);
    if (name === undefined) continue;
    if (!(typeof name === "object" && "name" in name))
      throw cannotBound(count, at, "a filter is not a name it can read");
    const param = resolved(pdf, params[i]);
    const max = count.left - size;
    const stage = await decode(name.name, out, max, param instanceof Map ? param : undefined);
    if (stage === "image") {
      size += imageBytes(pdf, dict, out);
      break;
    }
    if (stage === undefined) continue; // a filter pdf.js does not know: it passes the bytes on
    size += Math.max(stage.length, predicted(pdf, param, stage.length));
    if (size > count.left) throw tooLarge(count);
    out = stage;
  }
  return { size, out };
}

async function decode(
  name: string,
  data: Uint8Array,
  max: number,
  param: Map<string, PdfValue> | undefined,
): Promise<Uint8Array | "image" | undefined> {
  const text: Record<string, Decoder> = {
    AHx: asciiHex,
    ASCIIHexDecode: asciiHex,
    A85: ascii85,
    ASCII85Decode: ascii85,
    RL: runLength,
    RunLengthDecode: runLength,
  };
  if (text[name]) return (text[name] as Decoder)(data, max);
  if (name === "LZW" || name === "LZWDecode") {
    const early = param?.get("EarlyChange");
    return lzw(typeof early === "number" ? early : 1)(data, max);
  }
  if (name === "Fl" || name === "FlateDecode") return inflated(data, max, false);
  if (name === "BrotliDecode") return inflated(data, max, true);
  if (
    ["DCT", "DCTDecode", "JPX", "JPXDecode", "CCF", "CCITTFaxDecode", "JBIG2Decode"].includes(name)
  )
    return "image";
  return undefined;
}

async function inflated(data: Uint8Array, max: number, brotli: boolean): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  await inflatedSize(data, max + 1, { raw: false, brotli, seen: (c) => chunks.push(c) });
  return Buffer.concat(chunks);
}

/**
 * What a predictor (PNG or TIFF rows) makes of `length` bytes: pdf.js gives each row whole,
 * however little data is left for it, so a row of a billion columns costs a gigabyte.
 */
function predicted(pdf: PdfBytes, param: PdfValue | undefined, length: number): number {
  if (!(param instanceof Map)) return 0;
  const num = (key: string, or: number) => {
    const v = resolved(pdf, param.get(key));
    return typeof v === "number" ? v : or;
  };
  if (num("Predictor", 1) <= 1) return 0;
  const row = Math.ceil((num("Columns", 1) * num("Colors", 1) * num("BitsPerComponent", 8)) / 8);
  return Math.max(1, Math.ceil(length / Math.max(1, row))) * row;
}

/**
 * An image's pixels as pdf.js paints them (four bytes each), the largest of its sizes: the
 * dictionary's and those its codec's own headers give.
 */
function imageBytes(pdf: PdfBytes, dict: Map<string, PdfValue>, data: Uint8Array): number {
  const n = (key: string) => {
    const v = resolved(pdf, dict.get(key));
    return typeof v === "number" && v > 0 ? v : 0;
  };
  return Math.max(n("Width") * n("Height"), n("W") * n("H"), codecPixels(data)) * 4;
}

/**
 * The largest width × height any frame header in the data declares: a JPEG's SOF markers,
 * a JPEG 2000 codestream's SIZ (offsets included). Why every one, wherever it is: a decoder
 * looks past bytes it does not expect, and a header hidden after them must count too; coded
 * data cannot hold these markers (a JPEG stuffs 0xFF with 0x00, JPEG 2000 allows no 0xFF
 * before a byte under 0x90), so no picture's data is taken for one.
 */
function codecPixels(data: Uint8Array): number {
  const at = (i: number, bytes: number) => {
    let v = 0;
    for (let k = 0; k < bytes; k++) v = v * 256 + (data[i + k] ?? 0);
    return v;
  };
  let most = 0;
  for (let i = data.indexOf(0xff); i >= 0 && i + 1 < data.length; i = data.indexOf(0xff, i + 1)) {
    const m = data[i + 1] as number;
    if (m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc)
      most = Math.max(most, at(i + 5, 2) * at(i + 7, 2));
    else if (m === 0x51) most = Math.max(most, at(i + 6, 4) * at(i + 10, 4));
  }
  return most;
}

/** A value, or the object a reference names when it is written plainly in the file (`5 0 obj`). */
function resolved(pdf: PdfBytes, v: PdfValue | undefined): PdfValue | undefined {
  if (!(typeof v === "object" && "ref" in v)) return v;
  const at = pdf.objectAt(v.ref);
  if (at === undefined) return undefined;
  const got = new PdfReader(pdf.raw, at).value();
  return typeof got === "object" && "ref" in got ? undefined : got;
}

/** A PDF's bytes, as text and as where its objects start, each made once when first asked. */
class PdfBytes {
  private text: string | undefined;
  private objects: Map<string, number> | undefined;
  constructor(readonly raw: Buffer) {}
  latin1(): string {
    this.text ??= this.raw.toString("latin1");
    return this.text;
  }
  /**
   * Where object `n g` starts, past its `n g obj`: the first written. Why a map made once: a
   * stream's filters and parameters may each be a reference, and a file of ten thousand
   * streams looked up by a scan of the whole file each time took as long as its square.
   */
  objectAt(ref: string): number | undefined {
    if (!this.objects) {
      this.objects = new Map();
      for (const m of this.latin1().matchAll(/(?:^|[\s>])(\d+)\s+(\d+)\s+obj/g)) {
        const key = `${m[1]} ${m[2]}`;
        if (!this.objects.has(key)) this.objects.set(key, m.index + m[0].length);
      }
    }
    return this.objects.get(ref);
  }
}

function listOf(v: PdfValue | undefined): (PdfValue | undefined)[] {
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** Whether the trailer (or a cross-reference stream) names an /Encrypt dictionary. */
function encrypted(pdf: PdfBytes): boolean {
  const raw = pdf.raw;
  for (const m of pdf.latin1().matchAll(/\/((?:E|#45)(?:n|#6[eE])[^\s/<>[\]()%]*)/g)) {
    const name = (m[1] as string).replace(/#([0-9a-fA-F]{2})/g, (_, h: string) =>
      String.fromCharCode(Number.parseInt(h, 16)),
    );
    if (name !== "Encrypt") continue;
    // A key whose value is a dictionary or a reference, as the trailer's is; not the word in a
    // title ("(on /Encrypt keys)").
    const value = new PdfReader(raw, m.index + m[0].length).value();
    if (value instanceof Map || (typeof value === "object" && "ref" in value)) return true;
  }
  return false;
}

function tooLarge(count: Count): MissiveError {
  return fail(
    "input",
    `its streams unpack to more than ${(count.limit / 1024 / 1024).toLocaleString("en-US")} MiB; missive diff reads no PDF that large`,
    { file: count.file },
    ["a letter's PDF unpacks to some megabytes: compare PDFs rendered by missive"],
  );
}

function cannotBound(count: Count, at: number, why: string): MissiveError {
  return fail(
    "input",
    `the stream at byte ${at} cannot be measured before it is read (${why}); missive diff reads no PDF it cannot bound`,
    { file: count.file },
    ["a letter's PDF unpacks to some megabytes: compare PDFs rendered by missive"],
  );
}

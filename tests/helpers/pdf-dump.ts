import { createHash } from "node:crypto";
import { inflateSync } from "node:zlib";

/**
 * A PDF as text a reviewer can read in a golden's diff: every object in file order, its
 * dictionary as written and its stream decompressed (page content: one operator a line),
 * font programs summarised by their glyph count, images by their size, and other binary
 * streams by their length and hash. The cross-reference table, which only says where the
 * objects are, is left out. Written for the PDFs pdfkit writes (direct stream lengths).
 */
export function pdfDump(bytes: Uint8Array): string {
  const buf = Buffer.from(bytes);
  const text = buf.toString("latin1");
  const out = [text.slice(0, text.indexOf("\n"))];
  const start = /(\d+) (\d+) obj\s*/g;
  for (let m = start.exec(text); m; m = start.exec(text)) {
    const end = text.indexOf("endobj", m.index);
    const body = text.slice(start.lastIndex, end);
    const at = body.search(/\bstream\r?\n/);
    if (at < 0) {
      out.push(`${m[1]} ${m[2]} obj ${utf16Strings(body.trim())}`);
      continue;
    }
    const dict = body.slice(0, at).trim();
    const from = start.lastIndex + at + (body.slice(at).startsWith("stream\r\n") ? 8 : 7);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1] ?? 0);
    const raw = buf.subarray(from, from + length);
    const data = /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw;
    out.push(`${m[1]} ${m[2]} obj ${dict}`, ...streamLines(dict, data));
    start.lastIndex = from + length;
  }
  const trailer = text.lastIndexOf("trailer");
  out.push(text.slice(trailer, text.indexOf("startxref", trailer)).trim().replace(/\s+/g, " "));
  return `${out.join("\n")}\n`;
}

function streamLines(dict: string, data: Buffer): string[] {
  if (/\/Subtype \/Image/.test(dict)) {
    const [w, h] = ["Width", "Height"].map((k) => new RegExp(`/${k} (\\d+)`).exec(dict)?.[1]);
    return [`  [image ${w} × ${h} pixels, ${data.length} bytes, ${hash(data)}]`];
  }
  if (/\/Length1 /.test(dict) || isFontProgram(data))
    return [`  [font program: ${glyphCount(data)} glyphs, ${data.length} bytes, ${hash(data)}]`];
  const text = readable(data);
  if (text === undefined) return [`  [${data.length} bytes, ${hash(data)}]`];
  return text
    .split(/\r?\n/)
    .filter((l) => l !== "")
    .map((l) => `  ${l}`);
}

/** Text strings written in UTF-16 (a BOM, then two bytes a character), as their text. */
function utf16Strings(pdf: string): string {
  return pdf.replace(/\(\xfe\xff((?:\\[\s\S]|[^\\)])*)\)/g, (_, escaped: string) => {
    const bytes = Buffer.from(
      escaped.replace(/\\([\s\S])/g, (_e, c: string) => ESCAPES[c] ?? c),
      "latin1",
    );
    return `(utf-16: ${bytes.swap16().toString("utf16le")})`;
  });
}

const ESCAPES: Readonly<Record<string, string>> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };

/** The stream as text when it is UTF-8 without control characters (content, CMaps, XMP). */
function readable(data: Buffer): string | undefined {
  // In UTF-8 a control character is its own byte: no other character's bytes are below 0x80.
  if (data.some((b) => (b < 32 && b !== 9 && b !== 10 && b !== 13) || b === 127)) return undefined;
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(data);
  } catch {
    return undefined;
  }
}

function isFontProgram(data: Buffer): boolean {
  const tag = data.subarray(0, 4).toString("latin1");
  return tag === "\0\x01\0\0" || tag === "OTTO" || tag === "true";
}

/** numGlyphs from the font's `maxp` table (the table directory follows a 12-byte header). */
function glyphCount(data: Buffer): number | string {
  if (!isFontProgram(data)) return "?";
  const tables = data.readUInt16BE(4);
  for (let i = 0; i < tables; i++) {
    const entry = 12 + 16 * i;
    if (data.toString("latin1", entry, entry + 4) === "maxp")
      return data.readUInt16BE(data.readUInt32BE(entry + 8) + 4);
  }
  return "?";
}

function hash(data: Buffer): string {
  return `sha256 ${createHash("sha256").update(data).digest("hex").slice(0, 16)}`;
}

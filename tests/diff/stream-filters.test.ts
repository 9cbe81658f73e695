import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { refuseStreamBombs } from "../../src/diff/unpacked-streams.js";
import type { MissiveError } from "../../src/errors.js";

const MIB = 1024 * 1024;

/** A PDF-like file of objects: each a dictionary's inside and, if given, its stream's bytes. */
function pdfOf(...objects: [string, Uint8Array?][]): Buffer {
  const parts = objects.map(([dict, data], i) =>
    data === undefined
      ? Buffer.from(`${i + 1} 0 obj\n${dict}\nendobj\n`)
      : Buffer.concat([
          Buffer.from(`${i + 1} 0 obj\n<< /Length ${data.length} ${dict} >>\nstream\n`),
          data,
          Buffer.from("\nendstream\nendobj\n"),
        ]),
  );
  return Buffer.concat([Buffer.from("%PDF-1.7\n"), ...parts, Buffer.from("%%EOF\n")]);
}

/**
 * LZW codes (as PDF reads them, EarlyChange 1) that give "aa", "aaa", … each one byte longer
 * than the last until the table is full, then its longest string again and again: `n` codes.
 */
function lzwBomb(n: number): Buffer {
  const bytes: number[] = [];
  let acc = 0;
  let held = 0;
  let bits = 9;
  let next = 258;
  for (let k = 0; k < n; k++) {
    const code = k === 0 ? 0x61 : Math.min(next, 4095);
    acc = (acc << bits) | code;
    held += bits;
    while (held >= 8) {
      held -= 8;
      bytes.push((acc >>> held) & 0xff);
    }
    acc &= (1 << held) - 1;
    if (k > 0) {
      next++;
      const m = next + 1;
      if ((m & (m - 1)) === 0) bits = Math.min(Math.log2(m) + 1, 12);
    }
  }
  if (held > 0) bytes.push((acc << (8 - held)) & 0xff);
  return Buffer.from(bytes);
}

function ascii85(data: Buffer): Buffer {
  let out = "";
  for (let i = 0; i < data.length; i += 4) {
    const chunk = Buffer.alloc(4);
    data.copy(chunk, 0, i, i + 4);
    let v = chunk.readUInt32BE(0);
    const digits: string[] = [];
    for (let d = 0; d < 5; d++) {
      digits.unshift(String.fromCharCode(33 + (v % 85)));
      v = Math.floor(v / 85);
    }
    out += digits.slice(0, Math.min(5, data.length - i + 1)).join("");
  }
  return Buffer.from(`${out}~>`);
}

const spaces = (n: number) => deflateSync(Buffer.alloc(n, 32), { level: 9 });

async function refusal(pdf: Buffer, limit = MIB): Promise<string> {
  const e = await refuseStreamBombs(pdf, "x.pdf", limit)
    .then(() => undefined)
    .catch((err: MissiveError) => err);
  expect(e?.kind).toBe("input");
  expect(e?.problems[0]?.location).toEqual({ file: "x.pdf" });
  return e?.problems[0]?.message ?? "no error";
}

const TOO_LARGE = "its streams unpack to more than 1 MiB; missive diff reads no PDF that large";

describe("the diff's stream guard, whatever the filters", () => {
  it("counts LZW (a few kilobytes that unpack to megabytes)", async () => {
    const bomb = lzwBomb(6000);
    expect(bomb.length).toBeLessThan(10_000);
    expect(await refusal(pdfOf(["/Filter /LZWDecode", bomb]))).toBe(TOO_LARGE);
  });

  it("counts ASCII85 and ASCIIHex around Flate, and Flate inside Flate", async () => {
    const flate = spaces(4 * MIB);
    expect(await refusal(pdfOf(["/Filter [/A85 /Fl]", ascii85(flate)]))).toBe(TOO_LARGE);
    const hex = Buffer.from(`${flate.toString("hex")}>`);
    expect(await refusal(pdfOf(["/Filter [/ASCIIHexDecode /FlateDecode]", hex]))).toBe(TOO_LARGE);
    const twice = deflateSync(flate);
    expect(await refusal(pdfOf(["/Filter [/FlateDecode /FlateDecode]", twice]))).toBe(TOO_LARGE);
  });

  it("counts RunLength, and a filter named by reference or with #-escapes", async () => {
    const runs = Buffer.from(Array.from({ length: 20_000 }, (_, i) => (i % 2 ? 0x20 : 129)));
    expect(await refusal(pdfOf(["/Filter /RunLengthDecode", runs]))).toBe(TOO_LARGE);
    const bomb = lzwBomb(6000);
    expect(await refusal(pdfOf(["/Filter 2 0 R", bomb], ["/LZWDecode"]))).toBe(TOO_LARGE);
    expect(await refusal(pdfOf(["/Filter /LZW#44ecode", bomb]))).toBe(TOO_LARGE);
  });

  it("counts the streams inside an object stream", async () => {
    const inner = Buffer.concat([
      Buffer.from("5 0 << /Length 9 /Filter /FlateDecode >>\nstream\n"),
      spaces(4 * MIB),
      Buffer.from("\nendstream\n"),
    ]);
    const objStm = deflateSync(inner);
    const pdf = pdfOf(["/Type /ObjStm /N 1 /First 4 /Filter /FlateDecode", objStm]);
    expect(await refusal(pdf)).toBe(TOO_LARGE);
  });

  it("counts a predictor's rows and an image's pixels", async () => {
    const rows = "/Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 100000000 >>";
    expect(await refusal(pdfOf([rows, deflateSync(Buffer.alloc(10))]))).toBe(TOO_LARGE);
    // A JPEG's frame header saying 60,000 × 60,000 under a dictionary saying 1 × 1.
    const sof = [0xff, 0xd8, 0xff, 0xc0, 0, 11, 8, 0xea, 0x60, 0xea, 0x60, 1, 1, 0x11, 0];
    const jpeg = pdfOf(["/Subtype /Image /Width 1 /Height 1 /Filter /DCTDecode", Buffer.from(sof)]);
    expect(await refusal(jpeg)).toBe(TOO_LARGE);
    // The same header after bytes a decoder skips, and a JPEG 2000 SIZ of 60,000 × 60,000.
    const late = Buffer.from([0xff, 0xd8, 0x00, 0x01, ...sof.slice(2)]);
    const hidden = pdfOf(["/Subtype /Image /Width 1 /Height 1 /Filter /DCTDecode", late]);
    expect(await refusal(hidden)).toBe(TOO_LARGE);
    const siz = [0xff, 0x4f, 0xff, 0x51, 0, 41, 0, 0, 0, 0, 0xea, 0x60, 0, 0, 0xea, 0x60];
    const jpx = pdfOf(["/Subtype /Image /Width 1 /Height 1 /Filter /JPXDecode", Buffer.from(siz)]);
    expect(await refusal(jpx)).toBe(TOO_LARGE);
  });

  it("refuses an encrypted PDF and a stream whose dictionary cannot be read", async () => {
    const enc = Buffer.concat([
      pdfOf(["<< >>"]),
      Buffer.from("trailer << /Encr#79pt %x\n 1 0 R >>\n"),
    ]);
    expect(await refusal(enc)).toBe("it is encrypted; missive diff reads no encrypted PDF");
    const unclosed = Buffer.from(
      "%PDF-1.7\n1 0 obj\n<< /Filter /LZW /T (x >>\nstream\nabc\nendstream\n",
    );
    expect(await refusal(unclosed)).toMatch(
      /^the stream at byte 42 cannot be measured before it is read \(its dictionary cannot be read\)/,
    );
  });

  it("lets through a PDF under the limit, and the words stream and /Encrypt in a title", async () => {
    const pdf = Buffer.concat([
      pdfOf(
        ["/Filter [/A85 /Fl]", ascii85(spaces(MIB / 2))],
        ["<< /Title (the stream of /Encrypt keys) >>"],
      ),
    ]);
    await expect(refuseStreamBombs(pdf, "ok.pdf", MIB)).resolves.toBeUndefined();
  });
});

import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { refuseStreamBombs } from "../../src/diff/unpacked-streams.js";
import type { MissiveError } from "../../src/errors.js";

/** A PDF-like file of `streams`, each between `stream` and `endstream`, as a PDF writes them. */
function pdfOf(...streams: Buffer[]): Buffer {
  const objs = streams.map((s, i) =>
    Buffer.concat([
      Buffer.from(`${i + 1} 0 obj\n<< /Length ${s.length} /Filter /FlateDecode >>\nstream\n`),
      s,
      Buffer.from("\nendstream\nendobj\n"),
    ]),
  );
  return Buffer.concat([Buffer.from("%PDF-1.7\n"), ...objs, Buffer.from("%%EOF\n")]);
}

const MIB = 1024 * 1024;
const spaces = (n: number, level = 9) => deflateSync(Buffer.alloc(n, 32), { level });

describe("refuseStreamBombs", () => {
  it("refuses a PDF whose streams unpack past the limit, counting them all", async () => {
    const e = await refuseStreamBombs(pdfOf(spaces(MIB), spaces(MIB)), "bomb.pdf", 1.5 * MIB)
      .then(() => undefined)
      .catch((err: MissiveError) => err);
    expect(e).toMatchObject({
      kind: "input",
      problems: [
        {
          message: "its streams unpack to more than 1.5 MiB; missive diff reads no PDF that large",
          location: { file: "bomb.pdf" },
        },
      ],
    });
  });

  it("counts a stream with a smaller window too (zlib's header 0x68), as pdf.js reads it", async () => {
    const small = deflateSync(Buffer.alloc(2 * MIB, 32), { windowBits: 14 });
    expect(small[0]).toBe(0x68);
    await expect(refuseStreamBombs(pdfOf(small), "b.pdf", MIB)).rejects.toThrow(/unpack/);
  });

  it("lets a PDF under the limit through, and skips what is not Flate", async () => {
    const jpegLike = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0x73, 0x74, 0x72]);
    await expect(
      refuseStreamBombs(pdfOf(spaces(MIB / 2), jpegLike, spaces(MIB / 4, 1)), "ok.pdf", MIB),
    ).resolves.toBeUndefined();
  });
});

import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { readImageInfo } from "../../src/load/image-info.js";
import { createResources } from "../../src/resources.js";
import { pngChunk } from "../helpers/png-chunk.js";
import { tempDir } from "../helpers/temp-dir.js";

/** A 2 × 2 grey PNG with an alpha channel (colour type 4), `extra` chunks before its data. */
function png(extra: Buffer[] = [], pixels = deflateSync(Buffer.alloc(2 * (1 + 4)))): Buffer {
  const ihdr = Buffer.from([0, 0, 0, 2, 0, 0, 0, 2, 8, 4, 0, 0, 0]);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk("IHDR", ihdr),
    ...extra,
    pngChunk("IDAT", pixels),
    pngChunk("IEND", Buffer.alloc(0)),
  ]);
}

function check(bytes: Buffer): string {
  const file = join(tempDir("image-info"), "sig.png");
  writeFileSync(file, bytes);
  try {
    readImageInfo(file, { file: "letter.yaml", line: 3 }, createResources());
    return "accepted";
  } catch (e) {
    return (e as Error).message.replace(file, "sig.png");
  }
}

describe("a PNG is checked before it is embedded", () => {
  it("accepts a sound one, with a private ancillary chunk", () => {
    expect(check(png([pngChunk("prVt", Buffer.from("x"))]))).toBe("accepted");
  });

  it("refuses a chunk whose checksum is wrong", () => {
    const bad = png();
    const at = bad.length - 12 - 1; // the last byte of IDAT's checksum
    bad.writeUInt8(bad.readUInt8(at) ^ 0xff, at);
    expect(check(bad)).toBe("broken PNG image (the checksum of its IDAT chunk is wrong): sig.png");
  });

  it("refuses a critical chunk the standard does not define", () => {
    expect(check(png([pngChunk("ABCD", Buffer.from("x"))]))).toBe(
      "broken PNG image (an unknown critical chunk, ABCD): sig.png",
    );
  });

  it("refuses pixel data that does not inflate, checksums right", () => {
    expect(check(png([], Buffer.from("not deflate data")))).toBe(
      "broken PNG image (corrupt compressed data): sig.png",
    );
  });
});

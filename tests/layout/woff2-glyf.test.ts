import { readFileSync } from "node:fs";
import { join } from "node:path";
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import { sfntBytes } from "../../src/layout/woff-font.js";
import { ROOT } from "../helpers/render.js";
import { plainHmtx, withTransformedHmtx } from "../helpers/woff2-hmtx.js";

const WOFF2 = readFileSync(
  join(ROOT, "tests/fixtures/fonts/source-serif-4-latin-400-normal.woff2"),
);

/** A table of an sfnt font, by its tag. */
function table(sfnt: Uint8Array, tag: string): Buffer {
  const b = Buffer.from(sfnt);
  for (let i = 0; i < b.readUInt16BE(4); i++) {
    const rec = 12 + 16 * i;
    if (b.toString("latin1", rec, rec + 4) === tag)
      return b.subarray(
        b.readUInt32BE(rec + 8),
        b.readUInt32BE(rec + 8) + b.readUInt32BE(rec + 12),
      );
  }
  throw new Error(`no ${tag}`);
}

const glyphs = (sfnt: Uint8Array) => {
  const f = create(Buffer.from(sfnt)) as unknown as {
    numGlyphs: number;
    getGlyph(id: number): { advanceWidth: number; path: { toSVG(): string } };
  };
  return Array.from({ length: f.numGlyphs }, (_, id) => {
    const g = f.getGlyph(id);
    return `${g.advanceWidth} ${g.path.toSVG()}`;
  });
};

describe("a WOFF2 font whose hmtx table is transformed (WOFF2 5.4)", () => {
  const plain = sfntBytes(WOFF2);

  it.each([
    ["both side bearings left out", 3],
    ["the proportional glyphs' left out", 1],
    ["the monospaced glyphs' left out", 2],
  ])("unpacks to the hmtx it was made from: %s", (_, flags) => {
    const font = withTransformedHmtx(WOFF2, flags);
    expect(Buffer.from(font).equals(WOFF2)).toBe(false);
    const sfnt = sfntBytes(font);
    expect(table(sfnt, "hmtx").equals(table(plain, "hmtx"))).toBe(true);
    expect(glyphs(sfnt)).toEqual(glyphs(plain));
  });
});

describe("a WOFF2 font whose transformed hmtx has monospaced glyphs", () => {
  const plain = sfntBytes(WOFF2);
  const given = table(plain, "hhea").readUInt16BE(34);

  it.each([3, 2, 1])("unpacks its side bearings (flags %i)", (flags) => {
    const sfnt = sfntBytes(withTransformedHmtx(WOFF2, flags, { metrics: 100 }));
    expect(table(sfnt, "hhea").readUInt16BE(34)).toBe(100);
    expect(table(sfnt, "hmtx").equals(plainHmtx(table(plain, "hmtx"), given, 100))).toBe(true);
  });
});

describe("a WOFF2 font whose transformed hmtx is not as WOFF2 writes it", () => {
  const refused = (flags: number, opts = {}) => {
    try {
      sfntBytes(withTransformedHmtx(WOFF2, flags, opts));
    } catch (e) {
      return (e as Error).message;
    }
    return "read";
  };

  it.each([
    [
      "leaves no side bearing out",
      0,
      {},
      "its hmtx table is transformed but leaves out no side bearings",
    ],
    ["sets a reserved bit", 0x83, {}, "its hmtx table's transform sets flags WOFF2 reserves"],
    ["is cut short", 3, { cut: 101 }, "its hmtx table is cut short"],
    ["gives no metrics", 3, { metrics: 0 }, "its hhea table gives an impossible number of metrics"],
  ])("%s", (_, flags, opts, message) => {
    expect(refused(flags, opts)).toBe(message);
  });
});

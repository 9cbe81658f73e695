import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { beforeAll, expect, it } from "vitest";
import { sfntFromTables } from "../../src/layout/sfnt-tables.js";
import { unpackedSize } from "../../src/layout/woff-font.js";
import { caught } from "../helpers/errors.js";
import { contextualGsub } from "../helpers/gsub-lookups.js";
import { ROOT } from "../helpers/render.js";
import { loadFont, loadHarfBuzz } from "../helpers/resources.js";
import { tableOffset } from "../helpers/sfnt-table.js";
import { tempDir } from "../helpers/temp-dir.js";

// A damaged font in a pack (a stranger's pull request) is a broken font, exit 6, naming the
// file: not an error from inside fontkit, at whichever glyph first needed the damaged part,
// reported as missive's own bug (exit 70).
beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
const SERIF_PATH = require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf");
const serif = readFileSync(SERIF_PATH);

function fontFile(name: string, bytes: Uint8Array): string {
  const path = join(tempDir("font-guard"), name);
  writeFileSync(path, bytes);
  return path;
}

it("refuses a font cut short when it is loaded, naming the table past the file's end", async () => {
  const path = fontFile("cut.ttf", serif.subarray(0, 5000));
  const e = await caught(() => loadFont(path));
  expect(e.kind).toBe("font");
  expect(e.problems[0]?.location?.file).toBe(path);
  expect(e.message).toBe("broken font file: its GPOS table lies past the end of the file");
  expect(e.problems[0]?.hints?.[0]).toContain("the file is damaged or cut short");
});

it("refuses a font with a garbled table when it is loaded, naming the table", async () => {
  // Every subtable of the character map starts far past the end of the file.
  const bytes = Buffer.from(serif);
  const cmap = tableOffset(bytes, "cmap");
  for (let i = 0; i < bytes.readUInt16BE(cmap + 2); i++)
    bytes.writeUInt32BE(0x7ffffff0, cmap + 4 + 8 * i + 4);
  const e = await caught(() => loadFont(fontFile("cmap.ttf", bytes)));
  expect(e.kind).toBe("font");
  expect(e.message).toMatch(/^broken font file: its character map \(cmap\) cannot be read: /);
});

it("refuses a font without glyph outlines when it is loaded", async () => {
  // Its glyf table under another name: fontkit gives no glyph at all (null), which pdfkit read
  // a width of (a WOFF2 whose table directory was damaged did so too).
  const bytes = Buffer.from(serif);
  const count = bytes.readUInt16BE(4);
  for (let i = 0; i < count; i++)
    if (bytes.toString("latin1", 12 + 16 * i, 16 + 16 * i) === "glyf")
      bytes.write("glyx", 12 + 16 * i, "latin1");
  const e = await caught(() => loadFont(fontFile("outlines.ttf", bytes)));
  expect(e.kind).toBe("font");
  expect(e.message).toBe(
    "broken font file: its glyphs (glyf or CFF, hmtx) cannot be read: the font has no glyph outlines",
  );
});

it("refuses a font whose glyph points outside the file when that glyph is shaped", async () => {
  const font = loadFont(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf"));
  const z = font.glyphForCodePoint(0x7a).id;
  // Long offsets (indexToLocFormat 1 in head): the glyph of "z" starts far past the end.
  const bytes = Buffer.from(serif);
  expect(bytes.readInt16BE(tableOffset(bytes, "head") + 50)).toBe(1);
  bytes.writeUInt32BE(0x7ffffff0, tableOffset(bytes, "loca") + 4 * z);
  const damaged = loadFont(fontFile("glyph.ttf", bytes));
  // The rest of the font serves.
  expect(damaged.layout("abc").glyphs).toHaveLength(3);
  const e = await caught(() => damaged.layout("jazz"));
  expect(e.kind).toBe("font");
  expect(e.message).toMatch(/^broken font file: a glyph it needs cannot be read: /);
  expect(e.problems[0]?.location?.file).toMatch(/glyph\.ttf$/);
});

/** The font as WOFF 1.0, its tables deflated; `declare` gives a table another original length. */
function asWoff(ttf: Buffer, declare: Record<string, number> = {}): Buffer {
  const count = ttf.readUInt16BE(4);
  const entries: Buffer[] = [];
  const bodies: Buffer[] = [];
  let at = 44 + 20 * count;
  for (let i = 0; i < count; i++) {
    const tag = ttf.toString("latin1", 12 + 16 * i, 16 + 16 * i);
    const data = ttf.subarray(
      ttf.readUInt32BE(20 + 16 * i),
      ttf.readUInt32BE(20 + 16 * i) + ttf.readUInt32BE(24 + 16 * i),
    );
    // As WOFF 1.0 says: a table deflated only when that makes it shorter.
    const deflated = deflateSync(data);
    const packed = deflated.length < data.length ? deflated : data;
    const entry = Buffer.alloc(20);
    entry.write(tag, 0, "latin1");
    entry.writeUInt32BE(at, 4);
    entry.writeUInt32BE(packed.length, 8);
    entry.writeUInt32BE(declare[tag] ?? data.length, 12);
    entry.writeUInt32BE(ttf.readUInt32BE(16 + 16 * i), 16);
    entries.push(entry);
    const padded = Buffer.alloc(Math.ceil(packed.length / 4) * 4);
    packed.copy(padded);
    bodies.push(padded);
    at += padded.length;
  }
  const header = Buffer.alloc(44);
  header.write("wOFF", 0, "latin1");
  header.writeUInt32BE(0x00010000, 4);
  header.writeUInt32BE(at, 8);
  header.writeUInt16BE(count, 12);
  header.writeUInt32BE(ttf.length, 16);
  return Buffer.concat([header, ...entries, ...bodies]);
}

it("reads and shapes a WOFF font, and refuses one whose tables would unpack past 64 MiB before unpacking", async () => {
  const plain = loadFont(fontFile("plain.woff", asWoff(serif)));
  // Its own glyphs, not HarfBuzz's .notdef (0) for a file it cannot read.
  expect(plain.layout("abc").glyphs.map((g) => g.id)).toEqual(
    [0x61, 0x62, 0x63].map((c) => plain.glyphForCodePoint(c).id),
  );
  expect(plain.glyphForCodePoint(0x61).id).not.toBe(0);
  // 100 MB declared for the names, which unpacking sets aside and inflates into: a file of a
  // megabyte held a gigabyte this way.
  const path = fontFile("bomb.woff", asWoff(serif, { name: 100_000_000 }));
  const e = await caught(() => loadFont(path));
  expect(e.kind).toBe("font");
  expect(e.problems[0]?.location?.file).toBe(path);
  expect(e.message).toMatch(
    /^font file too large: its tables unpack to 100,\d{3},\d{3} bytes, more than the 64 MiB a font may have$/,
  );
  // Before, the hint for a damaged file: "get it again from where it came from".
  expect(e.problems[0]?.hints).toEqual([
    "the largest fonts (full CJK sets) unpack to some 30 MB; use another font, or a subset of this one",
  ]);
});

it("refuses a WOFF2 font whose tables would unpack past 64 MiB", async () => {
  const woff2 = readFileSync(
    join(ROOT, "tests/fixtures/fonts/source-serif-4-latin-400-normal.woff2"),
  );
  expect(unpackedSize(woff2)).toBeLessThan(200_000);
  // The same directory with a table of its own tag, declared 4 GB long, put first.
  const own = Buffer.from([0x3f, ...Buffer.from("huge", "latin1"), 0x8f, 0xff, 0xff, 0xff, 0x7f]);
  const header = Buffer.from(woff2.subarray(0, 48));
  header.writeUInt16BE(header.readUInt16BE(12) + 1, 12);
  const bomb = Buffer.concat([header, own, woff2.subarray(48)]);
  expect(unpackedSize(bomb)).toBe((unpackedSize(woff2) as number) + 0xffffffff);
  const e = await caught(() => loadFont(fontFile("bomb.woff2", bomb)));
  expect(e.kind).toBe("font");
  expect(e.message).toMatch(
    /^font file too large: its tables unpack to 4,29\d,\d{3},\d{3} bytes, more/,
  );
});

/** DejaVu Serif with its GSUB table replaced by `gsub`. */
function withGsub(gsub: Uint8Array, name: string): string {
  const count = serif.readUInt16BE(4);
  const tables = Array.from({ length: count }, (_, i) => {
    const tag = serif.toString("latin1", 12 + 16 * i, 16 + 16 * i);
    const at = serif.readUInt32BE(20 + 16 * i);
    return {
      tag,
      data: tag === "GSUB" ? gsub : serif.subarray(at, at + serif.readUInt32BE(24 + 16 * i)),
    };
  });
  return fontFile(name, sfntFromTables(0x00010000, tables));
}

it("shapes a font whose contextual lookups apply themselves, or multiply, within HarfBuzz's limits", () => {
  // fontkit applies nested lookups with no limit (a lookup applying itself overflows its
  // stack); every pack font, a WOFF or WOFF2 one unpacked, is shaped by HarfBuzz, which stops
  // at its nesting and work limits, so such a font draws its glyphs as they are.
  const glyphs = serif.readUInt16BE(tableOffset(serif, "maxp") + 4);
  const itself = loadFont(withGsub(contextualGsub([[0]], glyphs), "itself.ttf"));
  expect(itself.layout("abc").glyphs.map((g) => g.codePoints)).toEqual([[97], [98], [99]]);
  // fontkit, asked for the features itself (which missive never does), runs out of stack,
  // which the font guard tells as a broken font.
  expect(() => itself.layout("abc", ["ccmp"])).toThrow(
    "broken font file: a glyph it needs nests without end",
  );
  const doubling = Array.from({ length: 40 }, (_, i) => (i < 39 ? [i + 1, i + 1] : []));
  const many = loadFont(withGsub(contextualGsub(doubling, glyphs), "doubling.ttf"));
  expect(many.layout("abc").glyphs).toHaveLength(3);
});

/**
 * DejaVu Serif with its last glyph made empty (no bytes in loca, as a space has) and its glyf
 * table moved to the end of the file, ending where that glyph starts: as Nanum Myeongjo is.
 */
function withEmptyLastGlyph(): string {
  const bytes = Buffer.from(serif);
  const count = bytes.readUInt16BE(4);
  const record = Array.from({ length: count }, (_, i) => 12 + 16 * i).find(
    (at) => bytes.toString("latin1", at, at + 4) === "glyf",
  ) as number;
  const glyf = bytes.readUInt32BE(record + 8);
  const loca = tableOffset(bytes, "loca");
  const glyphs = bytes.readUInt16BE(tableOffset(bytes, "maxp") + 4);
  expect(bytes.readUInt16BE(tableOffset(bytes, "head") + 50)).toBe(1); // long loca offsets
  const last = bytes.readUInt32BE(loca + 4 * (glyphs - 1));
  bytes.writeUInt32BE(last, loca + 4 * glyphs);
  expect(bytes.length % 4).toBe(0);
  bytes.writeUInt32BE(bytes.length, record + 8);
  bytes.writeUInt32BE(last, record + 12);
  return fontFile("empty-last.ttf", Buffer.concat([bytes, bytes.subarray(glyf, glyf + last)]));
}

it("measures an empty glyph at the end of the file, and an empty glyph's box as empty", () => {
  // fontkit reads a glyph's box from the header at its place in glyf even when loca gives it
  // no bytes: an empty last glyph at the end of the file (Nanum Myeongjo's space, from npm)
  // was read past the file, and every letter with a space in that font stopped as a broken
  // font (exit 6); an empty glyph elsewhere had the next glyph's box.
  const font = loadFont(withEmptyLastGlyph());
  const glyphs = serif.readUInt16BE(tableOffset(serif, "maxp") + 4);
  const last = font.getGlyph(glyphs - 1) as unknown as { advanceWidth: number; cbox: unknown };
  expect(last.advanceWidth).toBeGreaterThan(0);
  const space = loadFont(SERIF_PATH).glyphForCodePoint(0x20) as unknown as {
    cbox: { minX: number; maxX: number };
  };
  expect([space.cbox.minX, space.cbox.maxX]).toEqual([Infinity, -Infinity]);
});

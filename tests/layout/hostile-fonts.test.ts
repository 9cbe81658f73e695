import { cpSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";
import { expect, it } from "vitest";
import type { LazyArray } from "../../src/layout/fontkit-types.js";
import { glyphCodePoints } from "../../src/layout/glyph-code-points.js";
import { mappedCharacters } from "../../src/layout/mapped-characters.js";
import { type SfntTable, sfntFromTables } from "../../src/layout/sfnt-tables.js";
import { woff2Directory } from "../../src/layout/woff2-font.js";
import { ROOT } from "../helpers/render.js";
import { loadFont } from "../helpers/resources.js";
import { runCli } from "../helpers/run-cli.js";
import { tempDir } from "../helpers/temp-dir.js";

// A pack from a stranger's pull request may carry a font built to hurt: tables far larger
// than any real font's, counts at their limits, a compressed stream that unpacks without end.
// Each is rendered (in bounded time and memory: the tests time out otherwise) or refused as
// a font problem at the font's line in template.yaml (exit 6), never exit 70. Fonts cut short
// and tables pointing past the file's end are tests/layout/font-guard.test.ts's.

const require = createRequire(import.meta.url);
const serif = readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf"));
const CASE = join(ROOT, "tests/corpus/broken-font");

/** The font's tables, by tag, from its table directory. */
function tablesOf(bytes: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let i = 0; i < bytes.readUInt16BE(4); i++) {
    const rec = 12 + 16 * i;
    const at = bytes.readUInt32BE(rec + 8);
    out.set(
      bytes.toString("latin1", rec, rec + 4),
      bytes.subarray(at, at + bytes.readUInt32BE(rec + 12)),
    );
  }
  return out;
}

function sfnt(tables: Map<string, Uint8Array>): Uint8Array {
  const list: SfntTable[] = [...tables].map(([tag, data]) => ({ tag, data }));
  return sfntFromTables(0x00010000, list);
}

/** Renders the broken-font case's letter with `font` as the pack's serif; its result and folder. */
async function renderWith(font: Uint8Array, name = "hostile.ttf") {
  const dir = tempDir("hostile-font");
  cpSync(CASE, dir, { recursive: true });
  mkdirSync(join(dir, "templates/custom/assets"), { recursive: true });
  writeFileSync(join(dir, "templates/custom/assets", name), font);
  const manifest = join(dir, "templates/custom/template.yaml");
  writeFileSync(manifest, readFileSync(manifest, "utf8").replace("broken.ttf", name));
  const r = await runCli(["render", "letter.yaml", "-o", "out/"], {
    cwd: dir,
  });
  return { ...r, dir };
}

/** DejaVu Serif's printable ASCII as one-character groups: first code, last code, glyph. */
function asciiGroups(): [number, number, number][] {
  const unicode = cmapFormat4(tablesOf(serif).get("cmap") as Buffer);
  const out: [number, number, number][] = [];
  for (let c = 0x20; c < 0x7f; c++) out.push([c, c, unicode(c)]);
  return out;
}

/** A cmap of these groups as one format-12 (or -13) subtable, Windows full Unicode. */
function groupsCmap(groups: readonly [number, number, number][], format: 12 | 13 = 12): Buffer {
  const table = Buffer.alloc(12 + 16 + 12 * groups.length);
  table.writeUInt16BE(0, 0);
  table.writeUInt16BE(1, 2);
  table.writeUInt16BE(3, 4); // Windows, full Unicode (10), at byte 12
  table.writeUInt16BE(10, 6);
  table.writeUInt32BE(12, 8);
  table.writeUInt16BE(format, 12);
  table.writeUInt32BE(16 + 12 * groups.length, 16);
  table.writeUInt32BE(groups.length, 24);
  groups.forEach(([first, last, glyph], i) => {
    table.writeUInt32BE(first, 28 + 12 * i);
    table.writeUInt32BE(last, 32 + 12 * i);
    table.writeUInt32BE(glyph, 36 + 12 * i);
  });
  return table;
}

/** The cmap of DejaVu Serif's printable ASCII, then `extra` one-character groups above U+FFFF. */
function hugeCmap(extra: number): Buffer {
  const more = Array.from({ length: extra }, (_, i): [number, number, number] => {
    const code = 0x10000 + i;
    return [code, code, 3 + (i % 3000)];
  });
  return groupsCmap([...asciiGroups(), ...more]);
}

/** A reader of the font's format-4 (BMP) character map: a code point's glyph. */
function cmapFormat4(cmap: Buffer): (c: number) => number {
  let sub = -1;
  for (let i = 0; i < cmap.readUInt16BE(2); i++)
    if (cmap.readUInt16BE(4 + 8 * i) === 3 && cmap.readUInt16BE(6 + 8 * i) === 1)
      sub = cmap.readUInt32BE(8 + 8 * i);
  const segs = cmap.readUInt16BE(sub + 6) / 2;
  const ends = sub + 14;
  const starts = ends + 2 * segs + 2;
  const deltas = starts + 2 * segs;
  const ranges = deltas + 2 * segs;
  return (c) => {
    for (let s = 0; s < segs; s++) {
      if (cmap.readUInt16BE(ends + 2 * s) < c) continue;
      const start = cmap.readUInt16BE(starts + 2 * s);
      if (start > c) return 0;
      const delta = cmap.readUInt16BE(deltas + 2 * s);
      const range = cmap.readUInt16BE(ranges + 2 * s);
      if (range === 0) return (c + delta) & 0xffff;
      const g = cmap.readUInt16BE(ranges + 2 * s + range + 2 * (c - start));
      return g === 0 ? 0 : (g + delta) & 0xffff;
    }
    return 0;
  };
}

it("renders with a character map of a million groups (12 MB)", async () => {
  const tables = tablesOf(serif);
  tables.set("cmap", hugeCmap(1_000_000));
  const r = await renderWith(sfnt(tables));
  expect(r.stderr).not.toMatch(/error|warning/);
  expect(r.code).toBe(0);
  expect(readFileSync(join(r.dir, "out/letter.txt"), "utf8")).toContain("a matter of importance");
});

// Before, fontkit read a format-12 cmap whole (an object for each group) for every glyph a
// line's text was checked against: 40 s and 750 MB to check a one-page letter in such a font.
it("reads a character map of 100,000 groups at most once for the glyphs of a text", () => {
  const tables = tablesOf(serif);
  tables.set("cmap", hugeCmap(100_000));
  const dir = tempDir("hostile-font");
  for (const name of ["cmap.ttf", "same.ttf"]) writeFileSync(join(dir, name), sfnt(tables));
  // What fontkit says, asked glyph by glyph (each answer kept), of a copy of the font.
  const copy = loadFont(join(dir, "same.ttf"));
  const ids = [..."Dear Senator"].map((c) => copy.glyphForCodePoint(c.codePointAt(0) ?? 0).id);
  const expected = ids.map((id) =>
    (copy._cmapProcessor?.codePointsForGlyph(id) ?? []).map((c) =>
      String.fromCodePoint(c).normalize("NFKC"),
    ),
  );
  expect(expected[1]?.length).toBeGreaterThan(30); // "e", and every 3,000th of the groups
  const font = loadFont(join(dir, "cmap.ttf"));
  const { groups } = (font._cmapProcessor as { cmap: { groups: LazyArray<unknown> } }).cmap;
  let reads = 0;
  const get = groups.get.bind(groups);
  groups.get = (i) => {
    reads++;
    return get(i);
  };
  const mapped = mappedCharacters(font);
  expect(ids.map(mapped)).toEqual(expected);
  expect(reads).toBeLessThanOrEqual(100_000 + 95);
});

// review41: codes mapped to glyph 0 were not counted, so a 28-byte format-13 group of the whole
// 32-bit code space was read code by code (4.3 × 10⁹ of them) at the first text shaped.
it("reads no codes past Unicode's last, and counts unmapped codes toward its limit", () => {
  const dir = tempDir("hostile-font");
  const font = (groups: [number, number, number][], name: string) => {
    const tables = tablesOf(serif);
    tables.set("cmap", groupsCmap(groups, 13));
    writeFileSync(join(dir, name), sfnt(tables));
    return glyphCodePoints(loadFont(join(dir, name)));
  };
  const ascii = asciiGroups();
  const e = ascii.find(([c]) => c === 0x65)?.[2] ?? 0;
  // A code past U+10FFFF is no character: its glyph gets none.
  expect(font([...ascii, [0x110000, 0x110000, 2500]], "past.ttf")(2500)).toEqual([]);
  expect(font(ascii, "ascii.ttf")(e)).toEqual([0x65]);
  // Four groups of the whole code space, all unmapped, use up what is read: "e" after them is not.
  const empty: [number, number, number] = [0, 0x10ffff, 0];
  expect(font([empty, empty, empty, empty, [0x65, 0x65, e]], "unmapped.ttf")(e)).toEqual([]);
});

it("renders with a kern table of 200 subtables of 10,000 pairs each (12 MB), in place of GPOS", async () => {
  const tables = tablesOf(serif);
  tables.delete("GPOS"); // so that the kern table is the one shapers apply
  const subtables = 200;
  const pairs = 10_000;
  const sub = Buffer.alloc(14 + 6 * pairs);
  sub.writeUInt16BE(0, 0); // version 0
  sub.writeUInt16BE(sub.length & 0xffff, 2); // length: 16 bits, so past 65,535 it lies
  sub.writeUInt16BE(1, 4); // horizontal kerning, format 0
  sub.writeUInt16BE(pairs, 6);
  for (let i = 0; i < pairs; i++) {
    sub.writeUInt16BE(1 + Math.floor(i / 3000), 14 + 6 * i);
    sub.writeUInt16BE(1 + (i % 3000), 16 + 6 * i);
    sub.writeInt16BE(-50, 18 + 6 * i);
  }
  const head = Buffer.alloc(4);
  head.writeUInt16BE(subtables, 2);
  tables.set("kern", Buffer.concat([head, ...Array.from({ length: subtables }, () => sub)]));
  const r = await renderWith(sfnt(tables));
  expect(r.stderr).not.toMatch(/error|warning/);
  expect(r.code).toBe(0);
});

it("renders with 65,535 glyphs, the most a font may have", async () => {
  const tables = tablesOf(serif);
  const maxp = Buffer.from(tables.get("maxp") as Buffer);
  const given = maxp.readUInt16BE(4);
  maxp.writeUInt16BE(0xffff, 4);
  tables.set("maxp", maxp);
  // Long offsets (head's indexToLocFormat is 1): every glyph added is empty, at glyf's end.
  const loca = tables.get("loca") as Buffer;
  const end = loca.readUInt32BE(4 * given);
  const more = Buffer.alloc(4 * (0xffff - given));
  for (let i = 0; i < 0xffff - given; i++) more.writeUInt32BE(end, 4 * i);
  tables.set("loca", Buffer.concat([loca, more]));
  tables.set(
    "hmtx",
    Buffer.concat([tables.get("hmtx") as Buffer, Buffer.alloc(2 * (0xffff - given))]),
  );
  // Tables with a record per glyph, which the added glyphs would overrun.
  for (const tag of ["hdmx", "LTSH", "VDMX", "FFTM"]) tables.delete(tag);
  const post = Buffer.from((tables.get("post") as Buffer).subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0); // no glyph names
  tables.set("post", post);
  const r = await renderWith(sfnt(tables));
  expect(r.stderr).not.toMatch(/error|warning/);
  expect(r.code).toBe(0);
});

it("refuses a WOFF2 font whose compressed tables unpack past what its directory declares", async () => {
  const woff2 = readFileSync(
    join(ROOT, "tests/fixtures/fonts/source-serif-4-latin-400-normal.woff2"),
  );
  // Its table directory as it is (some 200 kB unpacked); its data 256 MB of zeros, in a few kB.
  const { dataAt } = woff2Directory(woff2);
  const bomb = brotliCompressSync(Buffer.alloc(256 * 2 ** 20), {
    params: { [constants.BROTLI_PARAM_QUALITY]: 1 },
  });
  expect(bomb.length).toBeLessThan(200_000);
  const header = Buffer.from(woff2.subarray(0, dataAt));
  header.writeUInt32BE(bomb.length, 20);
  header.writeUInt32BE(dataAt + bomb.length, 8);
  const r = await renderWith(Buffer.concat([header, bomb]), "bomb.woff2");
  expect(r.code).toBe(6);
  expect(r.stderr).toMatch(
    /^error: templates\/custom\/template\.yaml:5:14: fonts\.serif\.regular: /,
  );
  expect(r.stderr).not.toMatch(/internal error|\n\s+at /);
});

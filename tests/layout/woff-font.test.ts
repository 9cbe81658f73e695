import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { deflateSync } from "node:zlib";
import { create } from "fontkit";
import { beforeAll, describe, expect, it } from "vitest";
import { sfntBytes } from "../../src/layout/woff-font.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { loadFont, loadHarfBuzz } from "../helpers/resources.js";
import { tempDir } from "../helpers/temp-dir.js";

beforeAll(loadHarfBuzz);

const WOFF2 = join(ROOT, "tests/fixtures/fonts/source-serif-4-latin-400-normal.woff2");
const THAI = join(ROOT, "tests/fixtures/fonts/NotoSansThai-Regular.ttf");

interface Glyphy {
  numGlyphs: number;
  getGlyph(id: number): { path: { toSVG(): string }; advanceWidth: number };
  glyphForCodePoint(c: number): { id: number };
}

/** A WOFF 1.0 file wrapping the sfnt font's tables, each zlib-compressed (as sfnt2woff makes). */
function woff1(sfnt: Uint8Array): Uint8Array {
  const v = new DataView(sfnt.buffer, sfnt.byteOffset, sfnt.byteLength);
  const n = v.getUint16(4);
  const tables = Array.from({ length: n }, (_, i) => {
    const rec = 12 + 16 * i;
    const data = sfnt.subarray(v.getUint32(rec + 8), v.getUint32(rec + 8) + v.getUint32(rec + 12));
    const packed = deflateSync(data);
    return { rec, data, stored: packed.length < data.length ? packed : data };
  });
  const size = tables.reduce((at, t) => at + ((t.stored.length + 3) & ~3), 44 + 20 * n);
  const out = new Uint8Array(size);
  const w = new DataView(out.buffer);
  out.set(Buffer.from("wOFF"), 0);
  w.setUint32(4, v.getUint32(0));
  w.setUint32(8, size);
  w.setUint16(12, n);
  w.setUint32(16, sfnt.length);
  let at = 44 + 20 * n;
  tables.forEach((t, i) => {
    const rec = 44 + 20 * i;
    out.set(sfnt.subarray(t.rec, t.rec + 4), rec);
    w.setUint32(rec + 4, at);
    w.setUint32(rec + 8, t.stored.length);
    w.setUint32(rec + 12, t.data.length);
    w.setUint32(rec + 16, v.getUint32(t.rec + 4));
    out.set(t.stored, at);
    at += (t.stored.length + 3) & ~3;
  });
  return out;
}

const outlines = (f: Glyphy) =>
  Array.from({ length: f.numGlyphs }, (_, id) => {
    const g = f.getGlyph(id);
    return `${g.advanceWidth} ${g.path.toSVG()}`;
  });

describe("web fonts (WOFF, WOFF2) are read as the font they wrap", () => {
  it("unpacks a WOFF2 font to every glyph's outline and advance that fontkit decodes", () => {
    const bytes = readFileSync(WOFF2);
    const unpacked = create(Buffer.from(sfntBytes(bytes))) as unknown as Glyphy;
    expect(outlines(unpacked)).toEqual(outlines(create(bytes) as unknown as Glyphy));
    expect(unpacked.numGlyphs).toBeGreaterThan(200);
  });

  it("unpacks a WOFF font to the TrueType font it was made from", () => {
    const ttf = readFileSync(THAI);
    const unpacked = create(Buffer.from(sfntBytes(woff1(ttf)))) as unknown as Glyphy;
    expect(outlines(unpacked)).toEqual(outlines(create(ttf) as unknown as Glyphy));
    expect(sfntBytes(ttf)).toBe(ttf);
  });

  it("shapes a web font's text with its glyphs, not the missing glyph (boxes, or nothing)", () => {
    const dir = tempDir("woff");
    const woff = join(dir, "thai.woff");
    writeFileSync(woff, woff1(readFileSync(THAI)));
    const cases: [string, string][] = [
      [WOFF2, "Dear Ms. Lee"],
      [woff, "สวัสดีครับ"],
    ];
    for (const [path, text] of cases) {
      const font = loadFont(path);
      const ids = font.layout(text).glyphs.map((g) => g.id);
      expect(ids, path).not.toContain(0);
      expect(ids[0], path).toBe(font.glyphForCodePoint(text.codePointAt(0) as number).id);
    }
  });

  it("refuses a web font cut short as a font problem, at its file", async () => {
    const dir = tempDir("woff-short");
    const bytes = readFileSync(WOFF2);
    const path = join(dir, "cut.woff2");
    writeFileSync(path, bytes.subarray(0, bytes.length - 200));
    const e = await caught(() => loadFont(path));
    expect(e.kind).toBe("font");
    expect(e.problems[0]?.message).toMatch(/^not a usable font file \(/);
    expect(e.problems[0]?.location?.file).toBe(path);
  });
});

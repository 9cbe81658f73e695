import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { create } from "fontkit";
import { expect, it } from "vitest";
import { outlinesReadOnce } from "../../src/write/outline-once.js";

const require = createRequire(import.meta.url);
const FONTS = [
  require.resolve("dejavu-fonts-ttf/ttf/DejaVuSerif.ttf"),
  require.resolve("@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf"),
];
/** Names with letters that fonts build of others (accents), as a merge's recipients have. */
const TEXT = "Héloïse Lefèvre, Lukáš Dvořák, Björn Ångström: ﬁnal «Žižek» 1–9";

interface Glyph {
  id: number;
  _decode(): { numberOfContours: number } | null;
}
interface Font {
  glyphsForString(s: string): Glyph[];
  getGlyph(id: number): Glyph;
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
}

const open = (file: string) => create(readFileSync(file)) as unknown as Font;
const idsOf = (font: Font) =>
  [...new Set([0, ...font.glyphsForString(TEXT).map((g) => g.id)])].sort((a, b) => a - b);
function subsetOf(font: Font, ids: number[]): Uint8Array {
  const subset = font.createSubset();
  for (const id of ids) subset.includeGlyph(id);
  return subset.encode();
}

it.each(FONTS)("a subset is the same bytes with outlines read once (%s)", (file) => {
  const plain = open(file);
  const ids = idsOf(plain);
  const kept = open(file);
  outlinesReadOnce(kept, ids);
  const before = Buffer.from(subsetOf(plain, ids));
  expect(Buffer.from(subsetOf(kept, ids)).equals(before)).toBe(true);
  // Again, from the outlines kept, and a subset of some of the glyphs.
  expect(Buffer.from(subsetOf(kept, ids)).equals(before)).toBe(true);
  const some = ids.filter((_, i) => i % 3 === 0);
  expect(Buffer.from(subsetOf(kept, some)).equals(Buffer.from(subsetOf(plain, some)))).toBe(true);
});

it("reads each glyph's outline, and its parts', from the file once however many subsets hold it", () => {
  const font = open(FONTS[0] as string);
  const ids = idsOf(font);
  // Some glyphs are built of others, whose parts the subset takes too.
  expect(ids.some((id) => (font.getGlyph(id)._decode()?.numberOfContours ?? 0) < 0)).toBe(true);
  const proto = Object.getPrototypeOf(font.getGlyph(ids[1] as number)) as Glyph;
  const decode = proto._decode;
  const reads = new Map<number, number>();
  proto._decode = function (this: Glyph) {
    reads.set(this.id, (reads.get(this.id) ?? 0) + 1);
    return decode.call(this);
  };
  try {
    outlinesReadOnce(font, ids);
    subsetOf(font, ids);
    subsetOf(font, ids);
    subsetOf(font, ids.slice(1));
  } finally {
    proto._decode = decode;
  }
  // The glyphs of the set, and the parts of those built of others, each read once.
  const read = ids.filter((id) => reads.has(id));
  expect(read.length).toBeGreaterThan(ids.length / 2);
  expect([...reads.keys()].some((id) => !ids.includes(id))).toBe(true);
  expect([...reads].filter(([, n]) => n !== 1)).toEqual([]);
});

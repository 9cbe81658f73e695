/**
 * Embeds a TrueType font of a pdfkit 0.20 document with the font's own glyph ids as the CIDs
 * the text is written in, and a CIDToGIDMap from them to the subset's glyphs. Why: pdfkit
 * numbers a subset's glyphs in the order the document first uses them, so a page came out as
 * other bytes whenever an earlier page (another recipient's name) used a new glyph first.
 * With the font's own ids a page's content depends on that page alone, and a merge's letters
 * share the bytes (and the compressing, deflate-memo.ts) of the pages they have in common; the
 * subset is made from the glyphs sorted by id, so it depends only on which glyphs a letter
 * uses, and a thread makes each such subset once (`subsets`).
 * A CFF font keeps pdfkit's own numbering: its CIDs are the subset's, through the CFF charset.
 */

import { remember } from "../remember.js";
import type { DeflateMemo } from "./deflate-memo.js";
import { outlinesReadOnce } from "./outline-once.js";
import { pdfFontName } from "./pdf-font-name.js";

/** The parts of pdfkit 0.20's EmbeddedFont this file replaces or reads. */
export interface PdfkitFont {
  id: string;
  font: FontkitFont;
  subset: { includeGlyph(glyph: number | { id: number }): number; cff?: unknown };
  widths: number[];
  unicode: number[][];
  scale: number;
  ascender: number;
  descender: number;
  document: PdfkitDocument;
  dictionary: PdfkitRef;
  embed(): unknown;
}

interface FontkitFont {
  postscriptName?: string;
  italicAngle: number;
  capHeight: number;
  xHeight: number;
  ascent: number;
  bbox: { minX: number; minY: number; maxX: number; maxY: number };
  head: { macStyle: { italic: boolean } };
  post: { isFixedPitch: boolean };
  "OS/2"?: { sFamilyClass?: number };
  createSubset(): { includeGlyph(id: number): number; encode(): Uint8Array };
  getGlyph(id: number): unknown;
}

interface PdfkitDocument {
  ref(data?: Record<string, unknown>): PdfkitRef;
  /** The PDF/A part whose rules subsets follow (1 asks for a CIDSet). */
  subset?: number;
}

interface PdfkitRef {
  data: Record<string, unknown>;
  end(chunk?: Uint8Array | string): unknown;
}

/** Subsets a thread made, by font and then by the glyph ids in them (part of Resources). */
export type SubsetMemo = WeakMap<object, Map<string, Subset>>;

/** A subset's font file and its CIDToGIDMap: both made once per thread, never changed. */
interface Subset {
  bytes: Uint8Array;
  cidToGid: Uint8Array;
}

/** The memos a font is embedded through: its subsets, and the streams they are compressed to. */
export interface EmbedMemos {
  subsets: SubsetMemo;
  deflated: DeflateMemo;
}

/** Whether the font can be written with its own glyph ids (TrueType outlines). */
export function takesGlyphIds(font: PdfkitFont): boolean {
  return font.subset.cff == null && typeof font.font.createSubset === "function";
}

/**
 * From now on the font's glyphs are written as their own ids, and the font is embedded by
 * `embedByGlyphId`. Called before anything is painted with the font.
 */
export function useGlyphIds(font: PdfkitFont, memos: EmbedMemos): void {
  const used = new Set<number>([0]);
  font.subset.includeGlyph = (glyph) => {
    const id = typeof glyph === "number" ? glyph : glyph.id;
    used.add(id);
    return id;
  };
  font.embed = () =>
    embedByGlyphId(
      font,
      [...used].sort((a, b) => a - b),
      memos,
    );
}

/** The font's dictionary, descendant CID font, descriptor, file, CID map and ToUnicode. */
function embedByGlyphId(font: PdfkitFont, gids: number[], memos: EmbedMemos): unknown {
  const doc = font.document;
  const made = subsetOf(font.font, gids, memos);
  const fontFile = doc.ref();
  fontFile.end(made.bytes);
  const name = `${subsetTag(font.id)}+${pdfFontName(String(font.font.postscriptName))}`;
  const descriptor = doc.ref(descriptorData(font, name));
  descriptor.data.FontFile2 = fontFile;
  if (doc.subset === 1) descriptor.data.CIDSet = cidSet(doc, gids);
  descriptor.end();
  const cidToGid = doc.ref();
  cidToGid.end(made.cidToGid);
  const descendant = doc.ref({
    Type: "Font",
    Subtype: "CIDFontType2",
    BaseFont: name,
    CIDSystemInfo: {
      Registry: new String("Adobe"),
      Ordering: new String("Identity"),
      Supplement: 0,
    },
    FontDescriptor: descriptor,
    W: widthRuns(gids, font.widths),
    CIDToGIDMap: cidToGid,
  });
  descendant.end();
  const toUnicode = doc.ref();
  toUnicode.end(toUnicodeCmap(gids, font.unicode));
  font.dictionary.data = {
    Type: "Font",
    Subtype: "Type0",
    BaseFont: name,
    Encoding: "Identity-H",
    DescendantFonts: [descendant],
    ToUnicode: toUnicode,
  };
  return font.dictionary.end();
}

/**
 * The subset of the glyphs and its CIDToGIDMap, made once per thread, and said to be
 * unchanging to the memo of compressed streams, which then finds them without hashing them
 * for every letter. The subset holds the glyphs in id order (fontkit appends a composite
 * glyph's parts after them), so each CID's place in it is its place in `gids`.
 */
function subsetOf(font: FontkitFont, gids: number[], memos: EmbedMemos): Subset {
  let byGlyphs = memos.subsets.get(font);
  if (!byGlyphs) {
    byGlyphs = new Map();
    memos.subsets.set(font, byGlyphs);
  }
  const key = gids.join(",");
  const kept = byGlyphs.get(key);
  if (kept) return kept;
  const made = { bytes: encodeSubset(font, gids), cidToGid: cidToGidMap(gids) };
  memos.deflated.unchanging(made.bytes);
  memos.deflated.unchanging(made.cidToGid);
  return remember(byGlyphs, key, made, 32);
}

/** Each CID's (glyph id's) place in the subset, two bytes a CID up to the largest. */
function cidToGidMap(gids: number[]): Uint8Array {
  const map = new Uint8Array(2 * ((gids.at(-1) ?? 0) + 1));
  gids.forEach((gid, at) => {
    map[2 * gid] = at >> 8;
    map[2 * gid + 1] = at & 0xff;
  });
  return map;
}

function encodeSubset(font: FontkitFont, gids: number[]): Uint8Array {
  outlinesReadOnce(font, gids);
  const subset = font.createSubset();
  for (const gid of gids) subset.includeGlyph(gid);
  return subset.encode();
}

/** pdfkit's six-letter subset tag, made from the font's resource name (F2 → …). */
function subsetTag(id: string): string {
  return [1, 2, 3, 4, 5, 6].map((i) => String.fromCharCode((id.charCodeAt(i) || 73) + 17)).join("");
}

/** The FontDescriptor as pdfkit writes it. */
function descriptorData(font: PdfkitFont, name: string): Record<string, unknown> {
  const f = font.font;
  const familyClass = (f["OS/2"]?.sFamilyClass ?? 0) >> 8;
  let flags = f.post.isFixedPitch ? 1 : 0;
  if (familyClass >= 1 && familyClass <= 7) flags |= 1 << 1;
  flags |= 1 << 2;
  if (familyClass === 10) flags |= 1 << 3;
  if (f.head.macStyle.italic) flags |= 1 << 6;
  const s = font.scale;
  return {
    Type: "FontDescriptor",
    FontName: name,
    Flags: flags,
    FontBBox: [f.bbox.minX * s, f.bbox.minY * s, f.bbox.maxX * s, f.bbox.maxY * s],
    ItalicAngle: f.italicAngle,
    Ascent: font.ascender,
    Descent: font.descender,
    CapHeight: (f.capHeight || f.ascent) * s,
    XHeight: (f.xHeight || 0) * s,
    StemV: 0,
  };
}

/** One bit per CID used, for PDF/A-1's CIDSet. */
function cidSet(doc: PdfkitDocument, gids: number[]): PdfkitRef {
  const bits = new Uint8Array(Math.ceil(((gids.at(-1) ?? 0) + 1) / 8));
  for (const gid of gids) bits[gid >> 3] = (bits[gid >> 3] ?? 0) | (0x80 >> (gid % 8));
  const ref = doc.ref();
  ref.end(bits);
  return ref;
}

/** The W array: each run of consecutive CIDs with its widths (`c [w1 w2 …]`). */
function widthRuns(gids: number[], widths: number[]): (number | number[])[] {
  const out: (number | number[])[] = [];
  let run: number[] = [];
  gids.forEach((gid, i) => {
    if (i === 0 || gid !== (gids[i - 1] as number) + 1) {
      run = [];
      out.push(gid, run);
    }
    run.push(widths[gid] ?? 0);
  });
  return out;
}

/** The ToUnicode CMap: each CID's characters, a hundred bfchar entries at a time. */
export function toUnicodeCmap(gids: number[], unicode: number[][]): string {
  // A glyph that stands for no character (one drawn for several, kept by the first) has none.
  const entries = gids
    .filter((gid) => (unicode[gid]?.length ?? 0) > 0)
    .map((gid) => `<${hex4(gid)}> <${utf16(unicode[gid] as number[])}>`);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join("\n")}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo <<
  /Registry (Adobe)
  /Ordering (UCS)
  /Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000><ffff>
endcodespacerange
${blocks.join("\n")}
endcmap
CMapName currentdict /CMap defineresource pop
end
end`;
}

const hex4 = (n: number) => n.toString(16).padStart(4, "0");

/** Code points as UTF-16BE hex (a surrogate pair above U+FFFF). */
function utf16(codePoints: number[]): string {
  return codePoints
    .map((cp) => {
      if (cp <= 0xffff) return hex4(cp);
      const v = cp - 0x10000;
      return hex4(0xd800 | (v >>> 10)) + hex4(0xdc00 | (v & 0x3ff));
    })
    .join("");
}

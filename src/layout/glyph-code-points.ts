import type { CmapSubtable, Font } from "./fontkit-types.js";

/** The most characters kept for one glyph: real fonts give a glyph a few (’ and ʼ), or some 70 controls. */
const MAX_PER_GLYPH = 256;
/**
 * The most characters read from a cmap, mapped or not: a whole Unicode font maps some 100,000.
 * Why unmapped ones count: a group of the whole code space mapped to glyph 0 is 28 bytes.
 */
const MAX_CODES = 4_000_000;
/** The last Unicode character: a group's codes past it are no characters. */
const LAST_CODE = 0x10ffff;

/**
 * Each glyph's characters, as fontkit's `codePointsForGlyph` gives them, read from the cmap
 * in one pass when first asked. Why: fontkit reads a format-12 cmap whole for every glyph it
 * is asked about (every group made an object), and a format-4 one code point by code point,
 * so a pack's font of a million groups cost a one-page letter as many reads per glyph.
 * A hostile cmap stays bounded: a glyph keeps its first MAX_PER_GLYPH characters, and past
 * MAX_CODES the rest are not read (a glyph then has fewer characters, and its text is carried
 * as the line's ActualText, glyph-run.ts). A cmap of another format (or of another encoding
 * than Unicode) is asked glyph by glyph, as before: none of them holds more than 65,536 codes.
 */
export function glyphCodePoints(font: Font): (id: number) => readonly number[] {
  const processor = font._cmapProcessor;
  const cmap = processor?.encoding ? undefined : processor?.cmap;
  const byGlyph = cmap && byGlyphOf(cmap);
  if (!byGlyph) return (id) => processor?.codePointsForGlyph(id) ?? [];
  return (id) => byGlyph.get(id) ?? [];
}

function byGlyphOf(cmap: CmapSubtable): Map<number, number[]> | undefined {
  const out = new Map<number, number[]>();
  let codes = 0;
  const add = (cp: number, glyph: number): boolean => {
    if (glyph !== 0) {
      const list = out.get(glyph);
      if (!list) out.set(glyph, [cp]);
      else if (list.length < MAX_PER_GLYPH) list.push(cp);
    }
    return ++codes < MAX_CODES;
  };
  if (cmap.version === 12 || cmap.version === 13) {
    const group = groupReader(cmap.groups, cmap.nGroups);
    for (let i = 0; i < cmap.nGroups; i++) {
      const [start, end, glyphID] = group(i);
      // A format-12 group's glyphs count up from glyphID; no glyph is past 65,535.
      const last = Math.min(
        cmap.version === 12 ? Math.min(end, start + 0xffff - glyphID) : end,
        LAST_CODE,
      );
      for (let c = start; c <= last; c++)
        if (!add(c, cmap.version === 12 ? glyphID + (c - start) : glyphID)) return out;
    }
    return out;
  }
  if (cmap.version !== 4) return undefined;
  for (let i = 0; i < cmap.segCount; i++) {
    const start = cmap.startCode.get(i);
    const end = cmap.endCode.get(i);
    const delta = cmap.idDelta.get(i);
    const rangeOffset = cmap.idRangeOffset.get(i);
    for (let c = start; c <= end; c++) {
      let g = c + delta;
      if (rangeOffset !== 0) {
        const index = rangeOffset / 2 + (c - start) - (cmap.segCount - i);
        const at = cmap.glyphIndexArray.get(index) || 0;
        g = at === 0 ? 0 : at + delta;
      }
      if (!add(c, g & 0xffff)) return out;
    }
  }
  return out;
}

type Groups = Extract<CmapSubtable, { version: 12 | 13 }>["groups"];

/**
 * A format-12 or -13 group's first and last character and its glyph, read from the bytes: a
 * group is three 32-bit numbers. Why not `groups.get(i)`: restructure decodes each group into
 * a new object, a cost per group that a cmap of a million groups multiplies. Read as fontkit
 * reads it where its bytes cannot be found.
 */
function groupReader(groups: Groups, count: number): (i: number) => [number, number, number] {
  const view = groups.stream?.view;
  const base = groups.base;
  if (!view || base === undefined || base + 12 * count > view.byteLength)
    return (i) => {
      const g = groups.get(i);
      return [g.startCharCode, g.endCharCode, g.glyphID];
    };
  return (i) => {
    const at = base + 12 * i;
    return [view.getUint32(at), view.getUint32(at + 4), view.getUint32(at + 8)];
  };
}

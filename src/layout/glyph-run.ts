import type { Font, Glyph, GlyphPosition, GlyphRun } from "./fontkit-types.js";
import type { GlyphFor } from "./glyph-characters.js";
import type { HbShaped } from "./harfbuzz.js";
import { isInvisible } from "./invisible.js";
import type { MappedCharacters } from "./mapped-characters.js";

/**
 * HarfBuzz's result as the run fontkit's `layout` returns, each glyph carrying the characters
 * it stands for. Why the characters matter: pdfkit writes them into the PDF's ToUnicode map,
 * which copy and paste read, once per glyph id and document (the first use decides).
 */
export function toGlyphRun(
  { font, glyphFor, mapped }: { font: Font; glyphFor: GlyphFor; mapped: MappedCharacters },
  text: string,
  shaped: HbShaped,
): GlyphRun {
  const { ids, clusters } = shaped;
  const endOf = clusterEnds(clusters, text.length);
  const glyphs: Glyph[] = [];
  let read = "";
  let weak = false;
  for (let i = 0; i < ids.length; ) {
    let j = i + 1;
    while (j < ids.length && clusters[j] === clusters[i]) j++;
    const chars = codePointsOf(text, clusters[i] ?? 0, endOf(i));
    const { each, exact } = charactersOfGlyphs(font, mapped, ids.slice(i, j), chars);
    weak ||= !exact;
    for (let k = i; k < j; k++) {
      const id = ids[k] ?? 0;
      const own = namedBy(mapped, id, each[k - i] ?? []);
      const chars = own.length === 0 ? JOINER : invisible(own) ? SPACE : own;
      glyphs.push(glyphFor(id, chars, !exact));
      read += String.fromCodePoint(...own);
    }
    i = j;
  }
  const run = new ShapedRun(glyphs, shaped.positions);
  // A mark moved onto its letter (an offset) is placed by readers where it is drawn: a Thai
  // tone mark raised over a vowel reads as a line of its own, one over a narrow letter after
  // the next letter. Only for runs shaped left to right: a right-to-left run reads backwards
  // by design, and its text may be given in the order it is drawn (Arabic digits among
  // Arabic); right-to-left lines carry their own text already.
  const moved = shaped.positions.some((p) => p.xOffset !== 0 || p.yOffset !== 0);
  if (ascending(clusters) && (weak || moved || read !== text)) run.misread = true;
  return run;
}

/**
 * The characters each glyph of one cluster stands for. One glyph stands for them all (a
 * ligature, a composed accent). Several glyphs (marks HarfBuzz reordered into one cluster, a
 * character drawn in pieces) each take the character they draw on their own, and the first
 * glyph left takes the rest, so the PDF's text keeps every character once. `exact`: each
 * glyph is the font's own for the characters it takes; if not, which glyph draws which
 * character is a guess, and the glyphs' ids may be others' own (Thai "ำ" drawn as nikhahit
 * and the glyph of "า").
 */
function charactersOfGlyphs(
  font: Font,
  mapped: MappedCharacters,
  ids: number[],
  chars: number[],
): { each: number[][]; exact: boolean } {
  if (ids.length === 1) return { each: [chars], exact: !drawnAsOther(mapped, ids[0] ?? 0, chars) };
  const left = [...chars];
  const each = ids.map((id) => {
    const k = left.findIndex((c) => font.hasGlyphForCodePoint(c) && nominal(font, c) === id);
    return k < 0 ? undefined : left.splice(k, 1);
  });
  const exact = left.length === 0 && !each.includes(undefined);
  if (left.length > 0) {
    const free = each.indexOf(undefined);
    if (free >= 0) each[free] = left;
    else each[0] = [...(each[0] ?? []), ...left];
  }
  return { each: each.map((e) => e ?? []), exact };
}

/**
 * Whether the one glyph of a cluster is the glyph the font maps other characters to: Noto
 * Sans Sinhala draws the "ු" of "රු" with the glyph of "ැ", which "සැප" names "ැ" in the PDF,
 * so that "ගරු" copied out as "ගරැ". A glyph no character maps to (a ligature, a contextual
 * form) stands for its cluster alone; one that the cluster's own characters map to, in
 * compatibility form ("fi" drawn with the glyph of "ﬁ", "é" composed, a no-break space with
 * the space's glyph), says them; and invisible characters drawn with the space's glyph are
 * written as spaces (SPACE).
 */
function drawnAsOther(mapped: MappedCharacters, id: number, chars: number[]): boolean {
  const own = mapped(id);
  if (own.length === 0 || chars.length === 0 || invisible(chars)) return false;
  return !own.includes(String.fromCodePoint(...chars).normalize("NFKC"));
}

/**
 * The characters the PDF names a glyph by: those it draws, but for a glyph the font's cmap
 * gives to several characters that differ even in compatibility form, always the same one of
 * them (sharedName). Why: the ToUnicode map names a glyph once per document, by its first
 * use, and Source Serif 4 draws the apostrophe ’ and the modifier letter ʼ (Navajo, Hausa,
 * Uzbek), ‘ and the ʻokina (Hawaiian, Samoan, Tongan), with one glyph: in a letter with both,
 * every later one copied out as the first. Named by its shared name, a glyph drawn for
 * another character leaves the run's glyphs not saying its text, so the line carries it
 * (ActualText), whatever came first.
 */
function namedBy(mapped: MappedCharacters, id: number, own: number[]): number[] {
  if (own.length !== 1) return own;
  const name = sharedName(mapped(id));
  if (name === undefined || String.fromCodePoint(...own).normalize("NFKC") === name) return own;
  return [...name].map((c) => c.codePointAt(0) ?? 0);
}

/**
 * Which of a glyph's characters (mapped, in compatibility form) names it where they differ:
 * the first punctuation mark, which the font made the glyph for (’ before the modifier
 * letter ʼ, "-" before U+2010). None for a glyph of one character, nor for one without
 * punctuation (Noto Naskh Arabic's ه and ە, Noto Serif SC's 民 and the radical ⺠): its first
 * use names it, as before.
 */
function sharedName(chars: readonly string[]): string | undefined {
  const distinct = [...new Set(chars)];
  if (distinct.length < 2) return undefined;
  return distinct.find((c) => /^\p{P}/u.test(c));
}

function nominal(font: Font, cp: number): number {
  return font.glyphForCodePoint(cp).id;
}

/** Whether the clusters come in the text's order (a run shaped left to right). */
function ascending(clusters: number[]): boolean {
  for (let i = 1; i < clusters.length; i++)
    if ((clusters[i] ?? 0) < (clusters[i - 1] ?? 0)) return false;
  return true;
}

/** Where the characters of glyph i's cluster end: at the next cluster's start in the text. */
function clusterEnds(clusters: number[], length: number): (i: number) => number {
  if (ascending(clusters))
    return (i) => {
      const start = clusters[i];
      while (i < clusters.length && clusters[i] === start) i++;
      return clusters[i] ?? length;
    };
  // Right-to-left runs come in visual order, their clusters descending.
  const starts = [...new Set(clusters)].sort((a, b) => a - b);
  const ends = new Map(starts.map((s, k) => [s, starts[k + 1] ?? length]));
  return (i) => ends.get(clusters[i] ?? 0) ?? length;
}

const SPACE = [0x20];
/**
 * What a glyph that draws part of a character stands for (the dots an Arabic font draws
 * apart from the letter's body): a zero-width joiner. Why not nothing: an empty entry in the
 * ToUnicode map makes pdf.js read the glyph's number as a character.
 */
const JOINER = [0x200d];

/**
 * Whether the characters draw nothing (layout/invisible.ts). Why it matters: HarfBuzz draws
 * them with the space glyph, and the PDF maps each glyph to the characters of its first use,
 * so they take the space's character, as fontkit gave them; otherwise every later space in
 * the document could copy out as a zero-width space.
 */
function invisible(chars: number[]): boolean {
  return chars.length > 0 && chars.every(isInvisible);
}

function codePointsOf(text: string, start: number, end: number): number[] {
  const out: number[] = [];
  for (let i = start; i < end; i++) {
    const cp = text.codePointAt(i) ?? 0;
    out.push(cp);
    if (cp > 0xffff) i++;
  }
  return out;
}

/** fontkit's GlyphRun, as far as missive and pdfkit read it. */
class ShapedRun implements GlyphRun {
  misread?: boolean;

  constructor(
    public glyphs: Glyph[],
    public positions: GlyphPosition[],
  ) {}

  get advanceWidth(): number {
    let width = 0;
    for (const p of this.positions) width += p.xAdvance;
    return width;
  }
}

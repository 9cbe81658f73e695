import { statSync } from "node:fs";
import { create } from "fontkit";
import { fail } from "../errors.js";
import { cannotRead } from "../load/cannot-read.js";
import { readRegular } from "../load/read-regular.js";
import { writtenRightToLeft } from "../model/direction.js";
import { cffOutlineBudget } from "./cff-outline-budget.js";
import { guardFont, probeFont, refuseUnpackedPast } from "./font-guard.js";
import type { Font } from "./fontkit-types.js";
import { type GlyphFor, glyphsKeepTheirCharacters } from "./glyph-characters.js";
import { toGlyphRun } from "./glyph-run.js";
import type { Shaper } from "./harfbuzz.js";
import { type MappedCharacters, mappedCharacters } from "./mapped-characters.js";
import { SHAPING_FEATURES } from "./shaping-features.js";
import { sfntBytes, unpackedSize } from "./woff-font.js";

interface Parsed {
  font: Font;
  /** What the file looked like when parsed, to notice a changed file (see FontFiles.dropChanged). */
  stamp: string;
  /** The file's bytes, which fontkit reads glyphs from; undefined once released. */
  bytes: Uint8Array | undefined;
}

/** The part of fontkit's font that holds the file's bytes (restructure's DecodeStream). */
interface FontStream {
  buffer: Uint8Array | undefined;
  view: DataView | undefined;
  length: number;
}

/**
 * Why: the largest single fonts (full CJK sets) are some 30 MB; more is not a font to embed.
 * A WOFF or WOFF2 font may unpack to as much.
 */
export const MAX_FONT_BYTES = 64 * 1024 * 1024;

/**
 * Font files parsed once per thread (part of the resources, src/resources.ts). Why: parsing
 * (cmap, GPOS kerning) dominated render time in batch runs; pdfkit 0.20 accepts a parsed
 * fontkit font, so layout and writer share one.
 */
export class FontFiles {
  private readonly fonts = new Map<string, Parsed>();

  constructor(private readonly shaper: Shaper) {}

  /** The parsed font of a file, read and parsed on first use. */
  load(path: string): Font {
    const hit = this.fonts.get(path);
    if (hit) {
      bytesOf(path, hit);
      return hit.font;
    }
    const bytes = readFont(path);
    let font: Font;
    try {
      font = create(bytes);
    } catch (e) {
      throw unusable(path, e);
    }
    if (typeof font?.layout !== "function")
      throw fail("font", `${path} is a font collection; name one font file`, { file: path }, [
        "save one font of the collection as a .ttf or .otf file (`fonttools ttLib -y 0 in.ttc -o out.ttf`) and name that",
      ]);
    const budget = cffOutlineBudget(font, path);
    probeFont(font, path, bytes, budget);
    const glyphFor = glyphsKeepTheirCharacters(font);
    const parsed: Parsed = { font, stamp: stampOf(path), bytes };
    const mapped = mappedCharacters(font);
    shapeWithHarfBuzz(this.shaper, { path, parsed, glyphFor, mapped });
    guardFont(font, path, budget);
    this.fonts.set(path, parsed);
    return font;
  }

  /**
   * Lets go of the bytes of every parsed font (a web font's, WOFF or WOFF2, are the font it
   * wraps, unpacked again when read again); the next use reads the file again. Why: a startup snapshot holds the fonts of
   * every built-in pack (12 files, some 5 MB) that every start would copy, and a letter uses a
   * few of them. Reading a font's file again is safe because dropChanged runs first, at every
   * start.
   */
  releaseBytes(): void {
    for (const p of this.fonts.values()) {
      const stream = streamOf(p.font);
      if (stream.buffer !== p.bytes) continue;
      stream.buffer = undefined;
      stream.view = undefined;
      p.bytes = undefined;
    }
  }

  /**
   * Forgets every font whose file changed or vanished since it was parsed, and returns their
   * paths. Why: a process started from a startup snapshot holds fonts parsed when it was built.
   */
  dropChanged(): string[] {
    const changed = [...this.fonts]
      .filter(([path, p]) => stampOf(path) !== p.stamp)
      .map(([p]) => p);
    for (const path of changed) {
      this.fonts.delete(path);
      this.shaper.forgetFont(path);
    }
    return changed;
  }
}

/**
 * Makes `font.layout(text)` shape with HarfBuzz (layout/harfbuzz.ts says why), so every caller,
 * missive's measuring and pdfkit's painting alike, gets HarfBuzz's glyphs in fontkit's form.
 * Explicit features (missive asks for none; pdfkit passes them only if told to) go to fontkit;
 * without them both shape with the font's defaults and SHAPING_FEATURES, in the language given.
 */
function shapeWithHarfBuzz(
  shaper: Shaper,
  file: { path: string; parsed: Parsed; glyphFor: GlyphFor; mapped: MappedCharacters },
): void {
  const { font } = file.parsed;
  const fontkitLayout = font.layout.bind(font);
  // `language` is a BCP 47 tag here (ShapedRuns passes it), not fontkit's OpenType tag; the
  // warm-up's fontkit shaping goes without it (its words are not kept: font-book.ts).
  font.layout = (text, features, _script, language = "") => {
    // A number in Arabic-Indic digits is of the Arabic script, which the shapers would run
    // right to left, its digits reversed ("٢٠٢٥" drawn "٥٢٠٢"); it runs left to right.
    const leftToRight = !writtenRightToLeft(text);
    const direction = leftToRight ? "ltr" : undefined;
    if (features !== undefined)
      return fontkitLayout(text, features, undefined, undefined, direction);
    if (shaper.withFontkit())
      return fontkitLayout(text, [...SHAPING_FEATURES], undefined, undefined, direction);
    const bytes = bytesOf(file.path, file.parsed);
    const shaped = shaper.shape(file.path, bytes, text, leftToRight, language);
    return toGlyphRun({ font, glyphFor: file.glyphFor, mapped: file.mapped }, text, shaped);
  };
}

function bytesOf(path: string, p: Parsed): Uint8Array {
  if (p.bytes) return p.bytes;
  const stream = streamOf(p.font);
  const bytes = readFont(path);
  // The file's stamp was checked at start; a file rewritten since is not the one parsed.
  if (bytes.length !== stream.length)
    throw fail("font", "the font file changed while missive was reading it", { file: path }, [
      "run missive again",
    ]);
  stream.buffer = bytes;
  stream.view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  p.bytes = bytes;
  return bytes;
}

/** The font file's bytes, a web font's (WOFF, WOFF2) as the font it wraps (woff-font.ts). */
function readFont(path: string): Uint8Array {
  let bytes: Buffer;
  try {
    bytes = readRegular(path, MAX_FONT_BYTES);
  } catch (e) {
    throw cannotRead(path, e, "check the font paths in the pack's template.yaml", "font");
  }
  let size: number | undefined;
  try {
    size = unpackedSize(bytes);
  } catch (e) {
    throw unusable(path, e);
  }
  // Before a web font is unpacked: its tables may declare gigabytes.
  refuseUnpackedPast(MAX_FONT_BYTES, path, size);
  try {
    return sfntBytes(bytes);
  } catch (e) {
    throw unusable(path, e);
  }
}

function unusable(path: string, e: unknown): Error {
  return fail("font", `not a usable font file (${(e as Error).message})`, { file: path }, [
    "use a TrueType (.ttf) or OpenType (.otf) file",
  ]);
}

function streamOf(font: Font): FontStream {
  return (font as unknown as { stream: FontStream }).stream;
}

function stampOf(path: string): string {
  const s = statSync(path, { throwIfNoEntry: false });
  // The change time too: a file rewritten with its old time put back, or made unreadable.
  return s ? `${s.size}:${s.mtimeMs}:${s.ctimeMs}:${s.ino}` : "gone";
}

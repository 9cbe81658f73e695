import { type FontChains, languageChain, scriptPattern } from "../model/font-chains.js";
import type { FontFamily } from "../model/style.js";
import { ownOf } from "../own-of.js";
import { remember } from "../remember.js";
import { sameDesignFirst } from "./design-class.js";
import { FontFiles } from "./font-file.js";
import type { Font } from "./fontkit-types.js";
import type { Shaper } from "./harfbuzz.js";
import { ShapedRuns } from "./shaped-runs.js";
import { pickFace, type Synthesis } from "./synthetic-style.js";
import { xHeightScale } from "./x-height-match.js";

/** One face of a family, ready for measuring. */
export interface Face {
  /** Font file path; also the key the PDF writer registers the font under. */
  path: string;
  font: Font;
  /** Code point → whether the font has a glyph for it; fontkit's cmap lookup is slow. */
  covered: Map<number, boolean>;
  /** The thread's shaped words, which measuring fills and the PDF writer paints. */
  runs: ShapedRuns;
  /** In a script's fallback chain (a pack's `fontChains`): the only characters it draws. */
  only?: RegExp;
  /** The weight or slant asked for that the file lacks, which the painter makes (synthetic-style.ts). */
  synthetic?: Synthesis;
  /**
   * The language its text is shaped in (a BCP 47 tag), so the font's forms for it are used
   * (OpenType `locl`). On the face, so what is measured with it is what is drawn with it.
   */
  lang?: string;
  /**
   * The size it draws at, as a multiple of the text's: a fallback's copy for Latin letters,
   * matched to the style font's x-height (x-height-match.ts). On the face, so what is
   * measured with it is what is drawn with it.
   */
  scale?: number;
}

/**
 * The fonts of one thread (part of the resources, src/resources.ts): parsed files, their
 * faces, and the words shaped with them.
 */
export class Fonts {
  readonly files: FontFiles;
  readonly runs = new ShapedRuns();
  private readonly faces = new Map<string, Face>();
  /** Script chains' patterns by key (scriptPattern): a few per pack. */
  private readonly patterns = new Map<string, RegExp | null>();

  constructor(shaper: Shaper, files = new FontFiles(shaper)) {
    this.files = files;
  }

  /**
   * scriptPattern(key), compiled once per thread. Why: a Unicode property class compiles
   * slowly, and each letter's font book asked for its script chains' patterns anew, which
   * was most of a merge's letter's work in choosing fonts.
   */
  scriptPattern(key: string): RegExp | null {
    const kept = this.patterns.get(key);
    return kept !== undefined ? kept : remember(this.patterns, key, scriptPattern(key), 64);
  }

  /**
   * The same parsed files with no faces and no shaped words. Why: the startup snapshot keeps
   * the fonts its warm-up parsed, but not the words fontkit shaped there (snapshot-entry.ts).
   */
  withoutWords(shaper: Shaper): Fonts {
    return new Fonts(shaper, this.files);
  }

  face(path: string): Face {
    // Through load every time: it reads the file again if its bytes were released.
    const font = this.files.load(path);
    let f = this.faces.get(path);
    if (f?.font !== font) {
      f = { path, font, covered: new Map(), runs: this.runs };
      this.faces.set(path, f);
    }
    return f;
  }

  /** Forgets the faces and shaped words of every font file that changed since it was parsed. */
  forgetChanged(): void {
    for (const path of this.files.dropChanged()) {
      this.faces.delete(path);
      this.runs.forget(path);
    }
  }
}

/** Picks faces by family and weight/slant, measures text, and finds a face that can draw a character. */
export class FontBook {
  /** What the book's family names stand for: letters whose books have the same key set text alike. */
  readonly key: string;
  /** Faces of scripts' chains, by path and script: kept, so a face stays one object. */
  private readonly scriptFaces = new Map<string, Face>();
  /** Faces with a synthetic weight or slant, by path and what is made: kept, as scriptFaces. */
  private readonly syntheticFaces = new Map<string, Face>();
  /** Fallback faces' copies for Latin letters, by path and the style font's: kept, as scriptFaces. */
  private readonly matchedFaces = new Map<string, { own: Font; font: Font; copy: Face | null }>();
  /** Each face's copies shaping in a language, by its tag: kept, as scriptFaces. */
  private readonly languageFaces = new WeakMap<Face, Map<string, Face>>();
  /**
   * Each chain asked for, by family, weight, slant and language. Why: every run of text a
   * letter sets asks for its chain (a merge's letter some ten times, all for one style), and
   * making one reads the script chains and fallbacks anew. A book lives for one layout, in
   * which no font file changes (`watch` reads changed files between letters).
   */
  private readonly chainsAsked = new Map<string, readonly Face[]>();

  constructor(
    private readonly families: Record<string, FontFamily>,
    private readonly fallbacks: string[],
    private readonly fonts: Fonts,
    private readonly chains: FontChains = {},
  ) {
    this.key = JSON.stringify([families, fallbacks, chains]);
  }

  /**
   * Whether a face still draws with the font its file gives (a font file that changed gives
   * another). By font, not face: a script's face or a synthetic one is a copy of the file's.
   */
  isCurrent(face: Face): boolean {
    return this.fonts.face(face.path).font === face.font;
  }

  face(family: string, bold: boolean, italic: boolean): Face {
    const fam = ownOf(this.families, family) ?? Object.values(this.families)[0];
    if (!fam) throw new Error("a pack without fonts passed validation");
    const { path, synthetic } = pickFace(fam, bold, italic);
    const face = this.fonts.face(path);
    if (!synthetic) return face;
    const id = `${path}\n${made(synthetic)}`;
    let f = this.syntheticFaces.get(id);
    if (f?.font !== face.font) {
      f = { ...face, synthetic };
      this.syntheticFaces.set(id, f);
    }
    return f;
  }

  /**
   * The faces tried for a character: the style's own; the chain of the text's language; the
   * chain of each script (each face drawing only its script's characters); then each
   * fallback family in order, those of the style font's design first (design-class.ts), each
   * drawing Latin letters at the style font's x-height (matched). Each shapes its text in the
   * language `lang`.
   */
  chain(family: string, bold: boolean, italic: boolean, lang = ""): readonly Face[] {
    const key = `${family}\0${bold}\0${italic}\0${lang}`;
    let chain = this.chainsAsked.get(key);
    if (!chain) {
      const faces = this.faces(family, bold, italic, lang);
      chain = Object.freeze(lang ? faces.map((f) => this.inLanguage(f, lang)) : faces);
      this.chainsAsked.set(key, chain);
    }
    return chain;
  }

  private faces(family: string, bold: boolean, italic: boolean, lang: string): Face[] {
    const own = this.face(family, bold, italic);
    const known = (f: string) => f !== family && ownOf(this.families, f) !== undefined;
    const byScript = Object.entries(this.chains).flatMap(([key, fams]) => {
      const only = this.fonts.scriptPattern(key);
      return only ? fams.filter(known).map((f) => this.onlyFor(f, bold, italic, key, only)) : [];
    });
    return [
      own,
      ...(lang ? languageChain(this.chains, lang) : [])
        .filter(known)
        .map((f) => this.face(f, bold, italic)),
      ...byScript,
      ...sameDesignFirst(
        own,
        this.fallbacks.filter(known).map((f) => this.face(f, bold, italic)),
      ).flatMap((f) => this.matched(own, f)),
    ];
  }

  /**
   * A fallback face, after its copy for Latin letters at the style font's x-height where the
   * two differ. Why Latin letters only: they sit among the style font's own, mid-word (Hausa's
   * ɓ ɗ ƙ); another script's letters, a symbol or a digit have no neighbour's x-height to keep.
   */
  private matched(own: Face, face: Face): Face[] {
    const id = `${face.path}\n${made(face.synthetic)}\n${own.path}`;
    let kept = this.matchedFaces.get(id);
    // Measured once per pair of fonts: chain() runs for every run of text.
    if (kept?.own !== own.font || kept.font !== face.font) {
      const scale = xHeightScale(own.font, face.font);
      const copy = scale === 1 ? null : { ...face, only: LATIN_LETTER, scale };
      kept = { own: own.font, font: face.font, copy };
      this.matchedFaces.set(id, kept);
    }
    return kept.copy ? [kept.copy, face] : [face];
  }

  /** A face that shapes its text in the language `lang` (a BCP 47 tag). */
  private inLanguage(face: Face, lang: string): Face {
    let byLang = this.languageFaces.get(face);
    if (!byLang) {
      byLang = new Map();
      this.languageFaces.set(face, byLang);
    }
    let f = byLang.get(lang);
    if (!f) {
      f = { ...face, lang };
      byLang.set(lang, f);
    }
    return f;
  }

  private onlyFor(family: string, bold: boolean, italic: boolean, key: string, only: RegExp): Face {
    const face = this.face(family, bold, italic);
    // The same file draws a script upright and, made so, slanted: two faces.
    const id = `${face.path}\n${key}\n${made(face.synthetic)}`;
    let f = this.scriptFaces.get(id);
    if (f?.font !== face.font) {
      f = { ...face, only };
      this.scriptFaces.set(id, f);
    }
    return f;
  }
}

/** A Latin letter, or a mark (which goes with its letter's face, paragraph-items.ts). */
const LATIN_LETTER = /^[\p{Script_Extensions=Latin}\p{Script=Inherited}]$/u;

/** What a face makes of its file, as a key: "", "b", "i" or "bi". */
function made(synthetic: Synthesis | undefined): string {
  return `${synthetic?.bold ? "b" : ""}${synthetic?.italic ? "i" : ""}`;
}

/** Advance width of `text` at `size` points, with kerning and ligatures as pdfkit draws them. */
export function measure(face: Face, text: string, size: number): number {
  return (
    (face.runs.advanceOf(face.path, face.font, text, face.lang) * drawnSize(face, size)) / 1000
  );
}

/** The size a face draws text of `size` points at (Face.scale). */
export function drawnSize(face: Face, size: number): number {
  return face.scale ? size * face.scale : size;
}

/** measure, for a text measured but not drawn (a word's prefix): its shaping is not kept. */
export function measurePassing(face: Face, text: string, size: number): number {
  return (
    (face.runs.advanceOfPassing(face.path, face.font, text, face.lang) * drawnSize(face, size)) /
    1000
  );
}

/** Whether the face may draw the character: it has its glyph, and the character is of its script. */
export function draws(face: Face, ch: string): boolean {
  return covers(face, ch) && (!face.only || face.only.test(ch));
}

/**
 * Whether the face can draw the character: it has its glyph, or those of every character of
 * its canonical decomposition (NFD), which HarfBuzz then draws as letter and marks (ǫ as o and
 * U+0328, in Source Serif 4, which lacks ǫ but places its ogonek on o). Why: a character
 * taken to a fallback font for want of its precomposed glyph sat mid-word in another design.
 */
export function covers(face: Face, ch: string): boolean {
  const cp = ch.codePointAt(0) ?? 0;
  let has = face.covered.get(cp);
  if (has === undefined) {
    has = face.font.hasGlyphForCodePoint(cp) || composes(face.font, ch);
    face.covered.set(cp, has);
  }
  return has;
}

function composes(font: Font, ch: string): boolean {
  const parts = [...ch.normalize("NFD")];
  return (
    parts.length > 1 && parts.every((part) => font.hasGlyphForCodePoint(part.codePointAt(0) ?? 0))
  );
}

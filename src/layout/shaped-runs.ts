import { readOutlines } from "./font-guard.js";
import type { Font, GlyphRun } from "./fontkit-types.js";

const DOCUMENTS_PER_GENERATION = 256;

/** How far glyphs reach above their baseline and below it (negative), in thousandths of an em. */
export interface Ink {
  top: number;
  bottom: number;
}

/**
 * Shaped words (glyphs and positions, kerning and ligatures applied), per font file, in
 * thousandths of an em — the unit of PDF text space. Layout measures with them and the PDF
 * writer paints with them, so each word is shaped once per thread, not once per stage and
 * document. Why a bound: a merge brings new names with every letter; the runs are dropped
 * every few hundred documents so memory stays flat.
 */
export class ShapedRuns {
  /** By font file, then by language (a BCP 47 tag, "" for none): "fi" is two glyphs in Turkish. */
  private readonly runs = new Map<string, Map<string, Record<string, GlyphRun>>>();
  /** Widths of shaped words, kept beside them: summing a run's advances was a hot spot of layout. */
  private readonly widths = new WeakMap<GlyphRun, number>();
  /** The ink of shaped words (`inkOf`), kept beside them. */
  private readonly inks = new WeakMap<GlyphRun, Ink>();
  private documents = 0;

  /**
   * The shared runs of one font file in one language, keyed by text; the PDF writer hands
   * this to pdfkit.
   */
  of(path: string, lang = ""): Record<string, GlyphRun> {
    let tables = this.runs.get(path);
    if (!tables) {
      tables = new Map();
      this.runs.set(path, tables);
    }
    let table = tables.get(lang);
    if (!table) {
      table = Object.create(null) as Record<string, GlyphRun>;
      tables.set(lang, table);
    }
    return table;
  }

  /** Drops the shaped words of one font file, or of every one. */
  forget(path?: string): void {
    if (path === undefined) this.runs.clear();
    else this.runs.delete(path);
  }

  /**
   * A word shaped (by HarfBuzz, through the font's `layout`: see font-file.ts) and scaled as
   * pdfkit scales it (pdfkit 0.20 `layoutRun`), in the language `lang` (a BCP 47 tag).
   */
  shape(path: string, font: Font, text: string, lang = ""): GlyphRun {
    const table = this.of(path, lang);
    const hit = table[text];
    if (hit) return hit;
    const run = font.layout(text, undefined, undefined, lang);
    const scale = 1000 / font.unitsPerEm;
    run.positions.forEach((p, i) => {
      // Every own field, as pdfkit does, so a run from here is a run pdfkit would have made.
      const fields = p as unknown as Record<string, number>;
      for (const key of Object.keys(fields)) fields[key] = (fields[key] ?? 0) * scale;
      p.advanceWidth = (run.glyphs[i]?.advanceWidth ?? 0) * scale;
    });
    table[text] = run;
    return run;
  }

  /** The advance width of a shaped word, in thousandths of an em. */
  advanceOf(path: string, font: Font, text: string, lang = ""): number {
    const run = this.shape(path, font, text, lang);
    let w = this.widths.get(run);
    if (w === undefined) {
      w = run.advanceWidth;
      this.widths.set(run, w);
    }
    return w;
  }

  /**
   * The advance width of a text measured once, in thousandths of an em: a word's prefix,
   * which is measured but not drawn. Why not kept: a word of many parts has as many
   * prefixes, each as long as the word; keeping them held gigabytes (paragraph-items.ts).
   */
  advanceOfPassing(path: string, font: Font, text: string, lang = ""): number {
    if (this.of(path, lang)[text]) return this.advanceOf(path, font, text, lang);
    const scale = 1000 / font.unitsPerEm;
    // Summed scaled, in order, as the kept run's advanceWidth sums its scaled positions.
    return font
      .layout(text, undefined, undefined, lang)
      .positions.reduce((w, p) => w + p.xAdvance * scale, 0);
  }

  /**
   * How far a shaped word's glyphs reach above its baseline (`top`) and below it (`bottom`,
   * negative below), in thousandths of an em: their outlines' boxes where they are placed,
   * so a stacked accent ("Ễ") or a mark moved up counts at its height.
   */
  inkOf(path: string, font: Font, text: string, lang = ""): Ink {
    const run = this.shape(path, font, text, lang);
    const kept = this.inks.get(run);
    if (kept) return kept;
    // The outlines are read here first (fontkit draws them when asked for their box): a
    // damaged or endlessly nested one is a broken font, named, not missive's own bug.
    const ink = readOutlines(path, () => inkOfRun(run, 1000 / font.unitsPerEm));
    this.inks.set(run, ink);
    return ink;
  }

  /** Counts a document; every few hundred, the runs start afresh. */
  documentStarted(): void {
    this.documents++;
    if (this.documents % DOCUMENTS_PER_GENERATION === 0) this.runs.clear();
  }
}

/** A shaped run's ink; its positions are in thousandths of an em, its glyphs' boxes in font units. */
function inkOfRun(run: GlyphRun, scale: number): Ink {
  let top = 0;
  let bottom = 0;
  let y = 0;
  run.glyphs.forEach((g, i) => {
    const p = run.positions[i];
    const box = g.bbox;
    if (box && box.maxY > box.minY) {
      const at = y + (p?.yOffset ?? 0);
      top = Math.max(top, at + box.maxY * scale);
      bottom = Math.min(bottom, at + box.minY * scale);
    }
    y += p?.yAdvance ?? 0;
  });
  return { top, bottom };
}

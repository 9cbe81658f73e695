import type { DocMeta } from "../model/letter-doc.js";
import type { Phrases } from "../model/phrases.js";

/**
 * Pages of positioned things to paint: the output of layout/, the input of write/pdf.
 * Coordinates are PDF points from the top-left corner of the page.
 */
export interface LaidOutDoc {
  width: number;
  height: number;
  lang: string;
  meta: DocMeta;
  /** What the tagged PDF says of links and footnote references (model/phrases.ts). */
  phrases: Phrases;
  pages: LaidOutPage[];
  /** Things a reader would notice (a broken word, loose lines); the CLI prints them. */
  warnings: LayoutWarning[];
}

/**
 * A warning, with the text it is about in full (`about`), by which pipeline.ts finds the
 * field of the data it came from: layout sees laid-out text, not data paths.
 */
export interface LayoutWarning {
  message: string;
  about?: string;
  /**
   * What the warning is for, where messages that differ say one thing: a letter is warned once
   * per cause (one span in zh-TW and one in zh-Hant, both set in a Simplified Chinese font),
   * else once per message.
   */
  cause?: string;
}

export interface LaidOutPage {
  items: PaintItem[];
  /** Signature cells placed on this page, kept for tests and `--emit layout`. */
  cells: Rect[];
  /** No continuation header on this page: it starts at the top margin (an annex). */
  bare?: boolean;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
  label: string;
}

export type PaintItem = TextItem | ImageItem | RuleItem;

export interface TextItem {
  kind: "text";
  x: number;
  /** Baseline. */
  y: number;
  text: string;
  /** Font file path. */
  font: string;
  size: number;
  /** Extra space added to each space in `text`, in points (justification). */
  wordSpacing: number;
  tracking: number;
  /** Horizontal scale of the glyphs (font expansion of a justified line); absent means 1. */
  scale?: number;
  /** How far its end hangs into the right margin (punctuation ending a justified line). */
  hang?: number;
  /** Right-to-left text, in logical order: the writer draws its words from right to left. */
  rtl?: true;
  /**
   * A synthetic bold (its font has no bold face): glyphs filled and stroked with a line this
   * wide, in points. Widths are the font's own (synthetic-style.ts).
   */
  embolden?: number;
  /** A synthetic italic (its font has no italic face): glyphs sheared by this much. */
  slant?: number;
  color: string;
  width: number;
  /** The block it belongs to (`p#7`, `signer:Rob Portman`): for tests and `--emit layout`. */
  block?: string;
  href?: string;
  /** A span's own language, as marked in the markup (the PDF tags it where it differs). */
  lang?: string;
  /** The language its text was shaped in when measured (Face.lang), so it is drawn so too. */
  shapedIn?: string;
  /** Nesting level of a list item's text (1 = top level); absent outside lists. */
  level?: number;
  /**
   * Text of the first item of a top-level list: a list right after another one is a list of
   * its own (a new L in a tagged PDF), not more items of the one before.
   */
  listStart?: true;
  /** A footnote reference: the mark of the note it refers to (block `footnote:MARK`). */
  note?: string;
  /** What lies between it and the item before it on its line (set-lines.ts's Segment). */
  joint?: "space" | "gap" | "none";
  /** A list marker (`•`, `3.`) hung before an item (or a footnote's mark before its text). */
  marker?: true;
  /** A table cell's place: row and column from 0, and whether the row is a header row. */
  cell?: { row: number; col: number; header: boolean };
}

export interface ImageItem {
  kind: "image";
  x: number;
  /** Top edge. */
  y: number;
  width: number;
  height: number;
  src: string;
  /** Alternative text; "" marks a decorative image (an artifact in the tagged PDF). */
  alt: string;
  /** The block it belongs to, as for text (`signer:Rob Portman`). */
  block?: string;
}

export interface RuleItem {
  kind: "rule";
  x: number;
  /** Centre line of the stroke. */
  y: number;
  /** Length of the horizontal stroke. */
  width: number;
  thickness: number;
  color: string;
}

/**
 * What an error about these items is about: their first text, else their first image (an
 * image-only group: a logo), so pipeline.ts can point at the field or line that named it.
 */
export function aboutPainted(items: PaintItem[]): { about?: string; aboutImage?: string } {
  const text = firstText(items);
  if (text !== undefined) return { about: text };
  const image = items.find((it) => it.kind === "image");
  return image ? { aboutImage: image.src } : {};
}

/** The first text painted, to say in an error which part of the letter is meant. */
export function firstText(items: PaintItem[]): string | undefined {
  for (const it of items) if (it.kind === "text" && it.text.trim() !== "") return it.text;
  return undefined;
}

/** How a piece of text looks. Styles are named in a pack's manifest; markup refers to them by name. */
export interface TextStyle {
  /** A font family named in the pack's `fonts` table. */
  font: string;
  /** Font size in points. */
  size: number;
  /** Baseline-to-baseline distance in points. */
  leading: number;
  bold: boolean;
  italic: boolean;
  align: "left" | "center" | "right" | "justify";
  /**
   * Lines of a flush-left or flush-right paragraph as even as they go (CSS's `text-wrap:
   * balance`), as a centred one always is: a header line that wraps carries its end over with
   * more than its last words ("Halaman 2" alone under a long office's name).
   */
  balance: boolean;
  /**
   * Lines of a flush-left or flush-right paragraph filled, but balanced where filling leaves
   * one word alone on the last line (a company's name whose last word wraps); a last line of
   * more words keeps where filling broke it (balanced-lines.ts, lastWordCarried).
   */
  carryLastWord: boolean;
  /** Space above and below the block in points; adjacent spaces collapse to the larger. */
  spaceBefore: number;
  spaceAfter: number;
  /** Left indent of the whole block in points. */
  indent: number;
  /** Break long words at hyphenation points of the letter's language. */
  hyphenate: boolean;
  /** What a hyphenated line end costs the line breaker (TeX's \hyphenpenalty; 50 there). */
  hyphenPenalty: number;
  /** Also hyphenate words that start with a capital (names, German nouns). */
  hyphenateCapitalized: boolean;
  /**
   * Font expansion for justified lines, in per cent: glyphs may be widened or narrowed by up
   * to this much, so word spaces vary less (as pdfTeX's microtype does; 0 turns it off).
   */
  expansion: number;
  /** Lets punctuation at the end of a justified line hang into the margin (margin kerning). */
  protrusion: boolean;
  /** Fill colour as #rrggbb. */
  color: string;
  /** Extra space between letters in points (for spaced capitals). */
  tracking: number;
  uppercase: boolean;
  /**
   * How far the rest of a line of the data is indented when it wraps (an address line, an
   * enclosure, a copy's recipient), in points: without it, the turned-over part reads as the
   * next line. Lines set flush left or justified only.
   */
  runover: number;
  /**
   * How far the first line of a paragraph is indented, in points (CSS's text-indent, TeX's
   * parindent): Chinese and Japanese letters indent each paragraph by two or one characters,
   * and many offices (GOST, older European style) by a set length. A line break typed in the
   * paragraph starts no new indent; list items and labelled blocks are not indented.
   */
  firstLineIndent: number;
  /**
   * A background colour as #rrggbb, drawn behind a table's header rows set in this style
   * (`<table header-style>`): a shaded header. Other blocks have none.
   */
  fill?: string;
}

export const BASE_STYLE: TextStyle = {
  font: "serif",
  size: 12,
  leading: 14.4,
  bold: false,
  italic: false,
  align: "left",
  balance: false,
  carryLastWord: false,
  spaceBefore: 0,
  spaceAfter: 0,
  indent: 0,
  hyphenate: false,
  hyphenPenalty: 200,
  hyphenateCapitalized: false,
  expansion: 2,
  protrusion: true,
  color: "#000000",
  tracking: 0,
  uppercase: false,
  runover: 0,
  firstLineIndent: 0,
};

/** The four faces of a family, as absolute font file paths. */
export interface FontFamily {
  regular: string;
  bold?: string;
  italic?: string;
  boldItalic?: string;
}

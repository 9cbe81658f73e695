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
  /** Space above and below the block in points; adjacent spaces collapse to the larger. */
  spaceBefore: number;
  spaceAfter: number;
  /** Left indent of the whole block in points. */
  indent: number;
  /** Break long words at hyphenation points of the letter's language. */
  hyphenate: boolean;
  /** Fill colour as #rrggbb. */
  color: string;
  /** Extra space between letters in points (for spaced capitals). */
  tracking: number;
  uppercase: boolean;
}

export const BASE_STYLE: TextStyle = {
  font: "serif",
  size: 12,
  leading: 14.4,
  bold: false,
  italic: false,
  align: "left",
  spaceBefore: 0,
  spaceAfter: 0,
  indent: 0,
  hyphenate: false,
  color: "#000000",
  tracking: 0,
  uppercase: false,
};

/** The four faces of a family, as absolute font file paths. */
export interface FontFamily {
  regular: string;
  bold?: string;
  italic?: string;
  boldItalic?: string;
}

import type { FontChains } from "./font-chains.js";
import type { Phrases } from "./phrases.js";
import type { FontFamily, TextStyle } from "./style.js";

/**
 * The document model: what the letter says and how each part is styled, with no pages yet.
 * Both the text writer and the layout stage read it; it serialises to JSON for `--emit model`.
 */
export interface LetterDoc {
  page: PageSpec;
  lang: string;
  /** Right to left (Arabic, Hebrew…): every page is laid out mirrored. Absent: left to right. */
  dir?: "rtl";
  meta: DocMeta;
  /** What the tagged PDF says of images, links and footnote references (model/phrases.ts). */
  phrases: Phrases;
  fonts: Record<string, FontFamily>;
  /** Families tried, in order, for characters the style's own font cannot draw. */
  fallbackFonts: string[];
  /** Fallback families by script or language (model/font-chains.ts); absent when none. */
  fontChains?: FontChains;
  styles: Record<string, TextStyle>;
  /** Drawn at the top of page 1 only. */
  letterhead: Block[];
  /** Drawn at the top of pages 2+ (only when the letter has more than one page). */
  continuation: Block[];
  /** Drawn at the bottom of every page when the letter has more than one page. */
  footer: Block[];
  /**
   * Footers for chosen pages whatever the page count (`<footer on="first">`): a company
   * footer with address and bank details on page 1, page numbers on pages 2+.
   */
  pageFooters?: { on: "first" | "rest" | "all"; blocks: Block[] }[];
  body: Block[];
  /**
   * Footnotes, in order of reference: text blocks whose `marker` is the mark of the `note`
   * run that refers to them. Set at the foot of the page with the reference.
   */
  notes?: TextBlock[];
  /** `end`: the notes follow the body (endnotes) instead of standing at each page's foot. */
  notesAt?: "foot" | "end";
  /** Minimum height of the letterhead and continuation bands, from the top margin. */
  letterheadHeight?: number;
  continuationHeight?: number;
  /** Content at fixed positions, out of the flow (address windows, fold marks). */
  placed?: PlacedGroup[];
}

/** Blocks set at a fixed place on the page; they take no room from the flow. */
export interface PlacedGroup {
  /** Page 1 only, pages 2+, or every page. */
  on: "first" | "rest" | "all";
  /** Top-left corner from the page's top-left corner, in points. */
  x: number;
  y: number;
  width: number;
  /** If set, content taller than this is a layout error (e.g. an address window). */
  height?: number;
  /** The pack's advice when the content is taller than `height` (which field to shorten). */
  hint?: string;
  /** Drawn over the letter's text on purpose (a watermark, a stamp): not refused for it. */
  overlay?: boolean;
  /**
   * Stands above the page's band: on its pages, the band (the letterhead on page 1, the
   * continuation header after) and the letter's text start below it, however tall it is.
   */
  reserve?: boolean;
  blocks: Block[];
}

export interface PageSpec {
  /** Name as given (`letter`, `a4`) or `custom`. */
  size: string;
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /**
   * Page 1's text column, when it differs from the pages after it (`<letter
   * first-margin-left>`): a sidebar of partners or clinicians beside the text on page 1 only.
   */
  first?: { left: number; right: number };
}

export interface DocMeta {
  title: string;
  author: string;
  subject: string;
  keywords: string;
}

/** A stretch of text in one face. `field` runs are filled in once pages are known. */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  href?: string;
  field?: "page" | "pages";
  /** A footnote reference: `text` is the note's mark, set small and raised. */
  note?: boolean;
  /** Language tag of a span marked with `lang` (quotes, hyphenation); else the letter's. */
  lang?: string;
  /** Text kept exactly as written (a code, a command): no typography, never hyphenated. */
  code?: boolean;
  /** Set small and raised, as a footnote's mark is: French ordinals' endings (1er, 2e). */
  sup?: boolean;
}

export type Block =
  | TextBlock
  | ImageBlock
  | SignatureBlock
  | SpaceBlock
  | RuleBlock
  | FieldsBlock
  | TableBlock
  | ColumnsBlock
  | PageBreakBlock;

/**
 * Blocks set side by side in columns of equal width (`<columns>` of `<column>`): a
 * letterhead's two or three offices, each its label and address lines. Never split.
 */
export interface ColumnsBlock extends Kept {
  kind: "columns";
  /** Horizontal gap between columns, in points. */
  gutter: number;
  columns: Block[][];
}

/** A block that may belong to a group kept on one page (`<body keep="together">`). */
export interface Kept {
  /** The blocks of one such group share the number: on one page where they fit on one. */
  together?: number;
  /**
   * Of a `<body at="foot">`: set at the foot of the page they end on (a tear-off reply slip at
   * the bottom of the last page), the room above them left empty.
   */
  atFoot?: true;
}

/** The next block starts a new page (an annex, an attachment). */
export interface PageBreakBlock {
  kind: "page-break";
  /** `"none"`: the new page has no continuation header (an annex with its own heading). */
  head?: "none";
}

/** Text in one style. Each entry of `lines` starts on a new line and wraps if too long. */
export interface TextBlock extends Kept {
  kind: "text";
  /** The markup element it came from (`date`, `address`, `p`, …); used by the text writer. */
  role: string;
  style: string;
  lines: Run[][];
  /** Keep on the same page as the start of the next block. */
  keepWithNext: boolean;
  /** Never split across pages. */
  keepTogether: boolean;
  /** With keepTogether: broken between its data's lines as a paragraph, each line of data whole. */
  fit?: true;
  /**
   * A list of copies or enclosures' label over the entries a page break carries on to the next
   * page ("cc (continued):", model/phrases.ts continuedLabel): there no label said what they are.
   */
  continued?: string;
  /**
   * Lines at the end of the block before that must share this block's page (a closing takes
   * the body's last lines with it, so it never starts a page alone). Absent means none.
   */
  keepPrevious?: number;
  /** A list marker (`•`, `3.`) hung in the indent before the first line. */
  marker?: string;
  /** A paragraph of a list in a block quote: the text output indents it as the quote's. */
  quoted?: true;
  /**
   * A paragraph of a quote within a quote (2), or deeper: indented by its style's indent once
   * more for each level past the first (the earlier message a quoted e-mail quotes).
   */
  quoteDepth?: number;
  /** A label ("cc:") set before the first line, every line indented past it (a hanging indent). */
  label?: string;
  /** Extra left indent in points (a closing set at the centre line, over an indented signature). */
  indent?: number;
  /** Nesting level of a list item's paragraph (1 = top level); its indent is `level` × the style's. */
  level?: number;
  /**
   * The first paragraph of a top-level list: a list right after another one (a numbered list
   * and then a bulleted one) sits apart from it as from a paragraph, not as its next item.
   */
  listStart?: true;
  /**
   * A paragraph of a loose list (Markdown's blank lines between items) that stands apart from
   * the next as the body's paragraphs do, as Typst spaces a list that is not tight and pandoc's
   * LaTeX a list not marked tight (list-blocks.ts says which). Why: a contract's clauses,
   * written as paragraphs, ran together into one block.
   */
  loose?: true;
  /**
   * The widest markers (by length) of each list that holds this paragraph, outermost first:
   * a level's indent grows to fit them, so `1000.` never hangs into the margin.
   */
  listMarkers?: string[][];
}

export interface ImageBlock extends Kept {
  kind: "image";
  role: string;
  /** Absolute path of a PNG, JPEG or SVG that load/ has checked. */
  src: string;
  width: number;
  height: number;
  align: "left" | "center" | "right";
  /** Alternative text; `alt=""` says the image is decorative. */
  alt: string;
  /** The markup gave no alt at all: drawn as decorative, and `check` warns. */
  altMissing?: true;
  /** Neither width nor height given: at its own size (150 dpi), made smaller to fit the text. */
  natural?: true;
  keepWithNext: boolean;
}

export interface Signer {
  /** Line breaks written in the data are "\n". */
  name: string;
  titles: string[];
  /**
   * Language of each title line, "" for the letter's; absent when no line has its own (a
   * bilingual signer: "Botschafter" and, in English, "Ambassador").
   */
  titleLangs?: string[];
  /**
   * The signer's language (`<signer lang>`, else `<signatures lang>`): its name's, and its
   * title lines' that have none of their own; absent for the letter's.
   */
  lang?: string;
  /** Absolute path of a signature image, checked by load/. */
  image?: { src: string; width: number; height: number };
  /** The signature image's alternative text: the data's, else the pack's `signatureAlt` phrase. */
  alt?: string;
  /** A conformed signature ("/s/ Jane Doe"), typed where the handwritten one would go. */
  conformed?: string;
}

export interface SignatureBlock extends Kept {
  kind: "signatures";
  columns: number;
  /** Height left blank (or filled by the image) above each name, in points. */
  space: number;
  /** Horizontal gap between columns, in points. */
  gutter: number;
  /** Vertical gap between rows, in points. */
  rowGap: number;
  /** Left indent of the whole grid, in points (a modified-block letter signs at the centre). */
  indent?: number;
  nameStyle: string;
  titleStyle: string;
  /** When the grid runs onto another page, share its rows evenly between the last two. */
  balance: boolean;
  signers: Signer[];
}

export interface SpaceBlock {
  kind: "space";
  height: number;
}

/** A horizontal line: a separator in the flow, or a fold or punch mark inside a placed group. */
export interface RuleBlock extends Kept {
  kind: "rule";
  /** Length in points; null spans the available width. */
  length: number | null;
  thickness: number;
  color: string;
  align: "left" | "center" | "right";
  spaceBefore: number;
  spaceAfter: number;
}

/** Labelled values in two columns (an information block); kept together by default. */
export interface FieldsBlock extends Kept {
  kind: "fields";
  role: string;
  style: string;
  labelStyle: string;
  /** Width of the label column, in points. */
  labelWidth: number;
  /**
   * How far the label column widens, in points, to hold its widest label on one line (at
   * least `labelWidth`, which it then is when no label needs more).
   */
  labelMaxWidth: number;
  /** Gap between label and value columns, in points. */
  gap: number;
  /**
   * A label's line breaks are "\n"; a value holds hard lines of runs, like a text block;
   * `lang`, a field's own language (`<field lang>`), its label's as its value's.
   */
  rows: { label: string; value: Run[][]; lang?: string }[];
  keepWithNext: boolean;
  keepTogether: boolean;
}

/** A grid of text cells; its first `headerRows` rows are repeated on each page it continues on. */
export interface TableBlock extends Kept {
  kind: "table";
  /** Style of body cells, and of header cells. */
  style: string;
  headerStyle: string;
  headerRows: number;
  /** Rows of cells; a row may have fewer cells than the widest (the rest are empty). */
  rows: TableCell[][];
  /**
   * A table in a list item ("3. Approve the fees as follows:" and the fees): the item's
   * level, its lists' widest markers and its paragraphs' style, so the table starts where the
   * item's text does, as a TextBlock's `level` and `listMarkers` place a paragraph.
   */
  level?: number;
  listMarkers?: string[][];
  listStyle?: string;
}

export interface TableCell {
  lines: Run[][];
  /**
   * Where its text stands in its column, on the page as printed (in a right-to-left letter
   * too); without it, at the start of the line: the left, or the right in a right-to-left
   * letter.
   */
  align?: "left" | "center" | "right";
}

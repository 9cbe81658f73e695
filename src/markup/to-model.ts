import { fail } from "../errors.js";
import { labelsFor } from "../load/pack-labels.js";
import type { TemplatePack } from "../load/pack-types.js";
import { continuedLabel, DEFAULT_CONTINUED } from "../model/continued-label.js";
import { directionOf } from "../model/direction.js";
import { PAGE_SIZES } from "../model/length.js";
import type {
  Block,
  ColumnsBlock,
  DocMeta,
  ImageBlock,
  LetterDoc,
  PageSpec,
  Run,
  TextBlock,
} from "../model/letter-doc.js";
import { DEFAULT_LINK_SCHEMES } from "../model/link-target.js";
import { phrasesFrom } from "../model/phrases.js";
import { textAreaProblem } from "../model/text-area.js";
import { ownOf } from "../own-of.js";
import { pushAll } from "../push-all.js";
import { type TypesetMemo, typesetText } from "../typography/typeset.js";
import { ALL_OFF, type Typography } from "../typography/typography-options.js";
import {
  alignedTo,
  flushStyle,
  isClosingWord,
  isJapanese,
  type WordPlace,
  wordPlace,
} from "./japanese-letter-words.js";
import { attrLines, separatedLines } from "./line-separator.js";
import { type ListBlock, listBlocks, styledAs } from "./list-blocks.js";
import {
  alignedStyle,
  at,
  type Ctx,
  elements,
  type ImageResolver,
  inlineLinesAt,
  keep,
  keepPrevious,
  length,
  noStyle,
  oneOf,
  styleFor,
} from "./markup-context.js";
import { fields, place, rule } from "./placed.js";
import { signatures } from "./signatures.js";
import { table } from "./table-block.js";
import type { XmlElement } from "./xml-tree.js";

export type { ImageResolver };

/** Elements holding one paragraph of inline text, with whether they stick to what follows. */
const PARAGRAPHS: Record<string, boolean> = {
  date: false,
  subject: true,
  salutation: true,
  closing: true,
  ps: false,
  "signature-note": false,
  p: false,
  heading: true,
};
/**
 * How many lines of the block before a paragraph keeps on its page by default: a closing the
 * body's last two, a postscript the line before it (so neither starts a page alone), a note
 * under the signatures ("valid without a signature") the signature it speaks of.
 */
const KEPT_PREVIOUS: Record<string, number> = { closing: 2, ps: 1, "signature-note": 1 };
/** Elements holding `<line>` children that stay together. */
const LINE_GROUPS: ReadonlySet<string> = new Set([
  "address",
  "cc",
  "bcc",
  "enclosures",
  "reference",
  "sender",
]);
/**
 * Line groups that list entries (copies, enclosures): kept together where they fit on a page,
 * broken between entries where they do not. An address or a sender is one thing, and an
 * address taller than a page is a mistake in the data.
 */
const LISTS_OF_ENTRIES: ReadonlySet<string> = new Set(["cc", "bcc", "enclosures"]);
/** Line groups that fall back to a related group's style. */
const LINE_GROUP_STYLES: Record<string, string[]> = { bcc: ["bcc", "cc"] };
/** Bands of the page with their own blocks, and an optional minimum `height`. */
const BANDS: ReadonlySet<string> = new Set(["letterhead", "continuation", "footer"]);

/**
 * Builds the document model from parsed markup, resolving styles and images; `typography`
 * (the pack's, with the letter's over it) says which typography passes its text gets.
 */
export function toModel(
  root: XmlElement,
  pack: TemplatePack,
  file: string,
  images: ImageResolver,
  typography: Typography = pack.typography,
  linkSchemes: readonly string[] = DEFAULT_LINK_SCHEMES,
  typeset?: TypesetMemo,
  /** The letter's own labels (`labels:` in its data), over its pack's. */
  ownLabels?: Record<string, string>,
): LetterDoc {
  const lang = root.attrs.lang ?? pack.lang;
  const labels = labelsFor(pack, lang, ownLabels);
  const ctx: Ctx = {
    pack,
    file,
    images,
    lang,
    typography,
    linkSchemes,
    notes: [],
    ...(typeset ? { typeset } : {}),
    phrases: phrasesFrom(labels),
    continued: labels.continued ?? DEFAULT_CONTINUED,
    aligned: {},
  };
  // Footnotes belong to the flow: a note in a band or placed group would never be printed.
  const fixed: Ctx = { ...ctx, notes: undefined };
  const doc: LetterDoc = {
    page: pageSpec(root, ctx),
    lang,
    meta: meta(root, ctx),
    phrases: ctx.phrases,
    fonts: pack.fonts,
    fallbackFonts: pack.fallbackFonts,
    ...(pack.fontChains ? { fontChains: pack.fontChains } : {}),
    styles: pack.styles,
    letterhead: [],
    continuation: [],
    footer: [],
    body: [],
  };
  noStyle(root, ctx);
  let groups = 0;
  for (const el of elements(root, ctx)) {
    if (["letterhead", "continuation", "footer", "body", "place"].includes(el.name))
      noStyle(el, ctx);
    if (el.name === "footer" && el.attrs.on !== undefined) {
      const on = oneOf(el, "on", ctx, ["first", "rest", "all"] as const, "all");
      const blocks = elements(el, ctx).flatMap((c) => block(c, fixed, "footer"));
      doc.pageFooters = [...(doc.pageFooters ?? []), { on, blocks }];
    } else if (el.name === "letterhead" || el.name === "continuation" || el.name === "footer") {
      pushAll(
        doc[el.name],
        elements(el, ctx).flatMap((c) => block(c, fixed, el.name)),
      );
      if (el.name !== "footer" && el.attrs.height !== undefined)
        doc[`${el.name}Height`] = length(el, "height", ctx, 0);
    } else if (el.name === "body") {
      const made = elements(el, ctx).flatMap((c) => block(c, ctx, "body"));
      const foot = oneOf(el, "at", ctx, ["flow", "foot"] as const, "flow") === "foot";
      // At the foot, kept together unless it says not: split, its first lines would end one
      // page and the rest stand at the next page's foot, the room above them empty.
      const keep = oneOf(
        el,
        "keep",
        ctx,
        ["together", "none"] as const,
        foot ? "together" : "none",
      );
      if (keep === "together") keptTogether(made, groups++);
      if (foot) atFoot(made);
      pushAll(doc.body, made);
    } else if (el.name === "place") {
      doc.placed = [...(doc.placed ?? []), place(el, fixed, block, doc.page.width)];
    } else {
      pushAll(doc.body, block(el, ctx, "letter"));
    }
  }
  if (ctx.notes?.length) doc.notes = ctx.notes;
  if (Object.keys(ctx.aligned).length) doc.styles = { ...pack.styles, ...ctx.aligned };
  // A letter's direction follows its language unless it says otherwise (dir="ltr" or "rtl").
  if (oneOf(root, "dir", ctx, ["ltr", "rtl"] as const, directionOf(lang)) === "rtl")
    doc.dir = "rtl";
  const notesAt = oneOf(root, "notes", ctx, ["foot", "end"] as const, "foot");
  if (notesAt === "end") doc.notesAt = notesAt;
  return doc;
}

/** `<body keep="together">`: its blocks on one page where they fit (a tear-off reply slip). */
function keptTogether(blocks: Block[], group: number): void {
  for (const b of blocks) if (b.kind !== "space" && b.kind !== "page-break") b.together = group;
}

/** `<body at="foot">`: its blocks at the foot of the page they end on (paginate.ts). */
function atFoot(blocks: Block[]): void {
  for (const b of blocks) if (b.kind !== "space" && b.kind !== "page-break") b.atFoot = true;
}

function block(el: XmlElement, ctx: Ctx, parent: string): Block[] {
  const role = el.name;
  if (role === "heading") return [textBlock(el, ctx, role, headingStyles(el, ctx), true, false)];
  if (role in PARAGRAPHS)
    return [
      textBlock(el, ctx, role, [role === "p" ? "body" : role], PARAGRAPHS[role] ?? false, false),
    ];
  if (role === "quote") return quoteBlocks(el, ctx);
  if (role === "table") return [table(el, ctx)];
  if (role === "line") return [textBlock(el, ctx, parent, [parent], false, true)];
  if (LINE_GROUPS.has(role)) return [lineGroup(el, ctx)];
  if (role === "list") return listBlocks(el, ctx);
  if (["signatures", "image", "space", "rule", "page-break"].includes(role))
    noStyle(el, ctx, role === "signatures" ? "use name-style and title-style" : undefined);
  if (role === "signatures") return [signatures(el, ctx)];
  if (role === "image") return [image(el, ctx)];
  if (role === "space") return [{ kind: "space", height: length(el, "height", ctx, 12) }];
  if (role === "page-break" && parent !== "place" && !BANDS.has(parent))
    return [pageBreak(el, ctx)];
  if (role === "rule") return [rule(el, ctx)];
  if (role === "fields") return [fields(el, ctx)];
  if (role === "columns" && parent !== "column") return [columns(el, ctx, parent)];
  const hint =
    role === "place" || BANDS.has(role)
      ? `<${role}> belongs directly under <letter>`
      : "see docs/markup.md for the elements a letter may use";
  throw fail("markup", `unknown element <${role}> in <${parent}>`, at(el, ctx), [hint]);
}

/**
 * `<columns gutter>` of `<column>`s, each holding blocks: set side by side, of equal width.
 * A `<line>` in a column takes the style of the columns' parent (`letterhead`).
 */
function columns(el: XmlElement, ctx: Ctx, parent: string): ColumnsBlock {
  noStyle(el, ctx, "set a style on the blocks in each <column>");
  const cols = elements(el, ctx).map((c) => {
    if (c.name !== "column")
      throw fail("markup", `<columns> holds <column> elements, not <${c.name}>`, at(c, ctx));
    noStyle(c, ctx, "set a style on the blocks in the <column>");
    return elements(c, ctx).flatMap((b) => {
      if (b.name === "page-break" || b.name === "columns")
        throw fail("markup", `unknown element <${b.name}> in <column>`, at(b, ctx), [
          "a column holds lines, paragraphs, images and rules; no page breaks or columns",
        ]);
      return block(b, ctx, parent);
    });
  });
  if (cols.length === 0 || cols.length > 6)
    throw fail("markup", `<columns> holds 1 to 6 <column>s, not ${cols.length}`, at(el, ctx));
  return { kind: "columns", gutter: length(el, "gutter", ctx, 18), columns: cols };
}

function textBlock(
  el: XmlElement,
  ctx: Ctx,
  role: string,
  styles: string[],
  withNext: boolean,
  together: boolean,
): TextBlock {
  const lines = inlineLinesAt(el, ctx);
  const place = letterWordPlace(el, ctx, role, lines);
  const style = alignedStyle(
    place === "right" || place === "center" ? alignedTo(el, place) : el,
    ctx,
    styleFor(el, ctx, styles),
  );
  return {
    kind: "text",
    role,
    // 記 is centred on the column: a first-line indent would set it half a character aside.
    style: place === "flush" || place === "center" ? flushStyle(ctx, style) : style,
    lines,
    ...keep(el, ctx, withNext, together),
    ...keepPrevious(el, ctx, KEPT_PREVIOUS[role] ?? 0),
    ...closingIndent(el, ctx, role),
  };
}

/**
 * Where a Japanese body paragraph's opening or closing word sets it, and a `<closing>` of just
 * a closing word (a pack's default 敬具): at the line's end, where Japanese letters write it
 * after the body (japanese-letter-words.ts).
 */
function letterWordPlace(
  el: XmlElement,
  ctx: Ctx,
  role: string,
  lines: Run[][],
): WordPlace | undefined {
  if ((role !== "p" && role !== "closing") || !isJapanese(el.attrs.lang ?? ctx.lang))
    return undefined;
  const text = (lines[0] ?? []).map((r) => r.text).join("");
  // A closing word stands alone: a paragraph of more lines is not one.
  if (role === "closing") return lines.length === 1 && isClosingWord(text) ? "right" : undefined;
  const place = wordPlace(text);
  return place !== "flush" && lines.length > 1 ? undefined : place;
}

/**
 * `<closing indent="…">` and `<signature-note indent="…">` line the closing and the note under
 * the signatures up with an indented signature block.
 */
function closingIndent(el: XmlElement, ctx: Ctx, role: string): { indent?: number } {
  if (role !== "closing" && role !== "signature-note") return {};
  const indent = length(el, "indent", ctx, 0);
  return indent > 0 ? { indent } : {};
}

/** `<heading level="2">` uses the style `heading-2`, else `heading`. */
function headingStyles(el: XmlElement, ctx: Ctx): string[] {
  const level = el.attrs.level;
  if (level === undefined) return ["heading"];
  if (!/^[1-6]$/.test(level))
    throw fail("markup", `level must be 1 to 6, not ${level}`, at(el, ctx));
  return [`heading-${level}`, "heading"];
}

/**
 * `<quote>` of `<p>`s, `<list>`s and `<quote>`s, or of inline text (one paragraph); style
 * `quote`, else `body`. A list in it is set in the quote's style unless it names its own: a
 * statute's numbered conditions, quoted. A quote in it (the earlier message a quoted e-mail
 * quotes) is `depth` 2, indented once more.
 */
function quoteBlocks(el: XmlElement, ctx: Ctx, depth = 1): ListBlock[] {
  const hasParas = el.children.some(
    (c) => typeof c !== "string" && (c.name === "p" || c.name === "list" || c.name === "quote"),
  );
  const paras = hasParas ? elements(el, ctx) : [el];
  const quoteStyle = () => styleFor(el, ctx, ["quote", "body"]);
  const nested = (b: TextBlock): TextBlock => (depth > 1 ? { ...b, quoteDepth: depth } : b);
  return paras.flatMap((p) => {
    if (p.name === "quote" && p !== el) return quoteBlocks(p, ctx, depth + 1);
    if (p.name === "list" && p !== el) {
      return listBlocks(styledAs(p, quoteStyle()), ctx).map(
        (b): ListBlock => (b.kind === "table" ? b : nested({ ...b, quoted: true })),
      );
    }
    if (p !== el && p.name !== "p")
      throw fail(
        "markup",
        `<quote> holds <p>, <list> and <quote> elements or text, not <${p.name}>`,
        at(p, ctx),
      );
    const block = textBlock(p, ctx, "quote", ["quote", "body"], false, false);
    if (p.attrs.style === undefined) block.style = alignedStyle(p, ctx, quoteStyle());
    return [nested(block)];
  });
}

function lineGroup(el: XmlElement, ctx: Ctx): TextBlock {
  const lines: TextBlock["lines"] = [];
  for (const c of elements(el, ctx)) {
    if (c.name !== "line")
      throw fail("markup", `<${el.name}> holds <line> elements, not <${c.name}>`, at(c, ctx));
    noStyle(c, ctx, `a group is set in one style: give it to <${el.name}>`);
    pushAll(lines, inlineLinesAt(c, ctx));
  }
  const label = el.attrs.label;
  return {
    kind: "text",
    role: el.name,
    style: styleFor(el, ctx, LINE_GROUP_STYLES[el.name] ?? [el.name]),
    lines,
    ...keep(el, ctx, false, true, LISTS_OF_ENTRIES.has(el.name) ? "fit" : undefined),
    // Copies and enclosures never start a page alone: the line before them comes along.
    ...keepPrevious(el, ctx, LISTS_OF_ENTRIES.has(el.name) ? 1 : 0),
    ...(label ? { label: attrLines(label).replace(/\n/g, " ") } : {}),
    // The label over the entries a page break carries on, in the letter's language.
    ...(label && LISTS_OF_ENTRIES.has(el.name)
      ? {
          continued: continuedLabel(attrLines(label).replace(/\n/g, " "), ctx.continued),
        }
      : {}),
  };
}

function image(el: XmlElement, ctx: Ctx): ImageBlock {
  const src = el.attrs.src;
  if (!src) throw fail("markup", "an <image> needs src", at(el, ctx));
  const info = ctx.images(src, at(el, ctx));
  const w = el.attrs.width ? length(el, "width", ctx, 0) : null;
  const h = el.attrs.height ? length(el, "height", ctx, 0) : null;
  const width = w ?? (h ? (h * info.width) / info.height : (info.width * 72) / 150);
  const height = h ?? (width * info.height) / info.width;
  const align = el.attrs.align ?? "center";
  if (align !== "left" && align !== "center" && align !== "right")
    throw fail("markup", `align must be left, center or right`, at(el, ctx));
  return {
    kind: "image",
    role: "image",
    src: info.src,
    width,
    height,
    align,
    alt: separatedLines(el.attrs.alt ?? "").join(" "),
    ...(el.attrs.alt === undefined ? { altMissing: true as const } : {}),
    ...(w === null && h === null ? { natural: true as const } : {}),
    keepWithNext: el.attrs.keep === "with-next",
  };
}

function pageSpec(root: XmlElement, ctx: Ctx): PageSpec {
  const { firstMargin: _, ...packPage } = ctx.pack.page;
  const page = { ...packPage, margin: { ...packPage.margin } };
  const size = root.attrs.page;
  if (size) {
    const dims = ownOf(PAGE_SIZES, size.toLowerCase());
    if (!dims)
      throw fail("markup", `unknown page size ${size}`, at(root, ctx), [
        `use one of ${Object.keys(PAGE_SIZES).join(", ")}`,
      ]);
    Object.assign(page, { size: size.toLowerCase(), width: dims[0], height: dims[1] });
  }
  if (root.attrs.margin) {
    const m = length(root, "margin", ctx, 72);
    page.margin = { top: m, right: m, bottom: m, left: m };
  }
  const narrow = textAreaProblem(page, page.margin);
  if (narrow) throw fail("markup", narrow.message, at(root, ctx), narrow.hints);
  return firstColumn(root, page, ctx);
}

/**
 * Page 1's own text column (`first-margin-left`, `first-margin-right`), each side as the
 * letter gives it, else as the pack's `page.firstMargin` does, else the page's margin. Why only
 * left and right: page 1's top is the letterhead's and its foot the footers', which the letter
 * already sets apart from the pages after it.
 */
function firstColumn(root: XmlElement, page: PageSpec, ctx: Ctx): PageSpec {
  const a = root.attrs;
  const pack = ctx.pack.page.firstMargin;
  if (a["first-margin-left"] === undefined && a["first-margin-right"] === undefined && !pack)
    return page;
  const first = {
    left: length(root, "first-margin-left", ctx, pack?.left ?? page.margin.left),
    right: length(root, "first-margin-right", ctx, pack?.right ?? page.margin.right),
  };
  // A letter that gives page 1 the pages' margins has no column of its own: set once.
  if (first.left === page.margin.left && first.right === page.margin.right) return page;
  const narrow = textAreaProblem(page, { ...page.margin, ...first });
  if (narrow)
    throw fail("markup", `page 1: ${narrow.message}`, at(root, ctx), [
      pack
        ? "make first-margin-left or first-margin-right (or the pack's page.firstMargin) smaller"
        : "make first-margin-left or first-margin-right smaller",
    ]);
  return { ...page, first };
}

/**
 * The PDF's document information; title and subject get the letter's quotation marks, the
 * author's names only their language's letters (Romanian "Ştefan" as "Ștefan", as signed).
 */
function meta(root: XmlElement, ctx: Ctx): DocMeta {
  // Document information is one line: a data line break becomes a space.
  const one = (v: string | undefined) => separatedLines(v ?? "").join(" ");
  const a = root.attrs;
  const quotes = { ...ctx.typography, spacing: false, ties: false };
  const letters = { ...ALL_OFF, diacritics: ctx.typography.diacritics };
  return {
    title: typesetText(one(a.title), ctx.lang, quotes, ctx.typeset),
    author: typesetText(one(a.author), ctx.lang, letters, ctx.typeset),
    subject: typesetText(one(a.subject), ctx.lang, quotes, ctx.typeset),
    keywords: one(a.keywords),
  };
}

/** `<page-break/>`, or `<page-break head="none"/>` for a page without the continuation header. */
function pageBreak(el: XmlElement, ctx: Ctx): Block {
  return oneOf(el, "head", ctx, ["none", "continuation"], "continuation") === "none"
    ? { kind: "page-break", head: "none" }
    : { kind: "page-break" };
}

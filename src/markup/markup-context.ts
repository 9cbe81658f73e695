import { fail, type Location, MissiveError } from "../errors.js";
import type { TemplatePack } from "../load/pack-types.js";
import { parseLength } from "../model/length.js";
import type { Run, TextBlock } from "../model/letter-doc.js";
import { refusedLinkHint } from "../model/link-target.js";
import type { Phrases } from "../model/phrases.js";
import type { TextStyle } from "../model/style.js";
import { ownOf } from "../own-of.js";
import { type TypesetMemo, typesetOnce } from "../typography/typeset.js";
import type { Typography } from "../typography/typography-options.js";
import { BadLang, inlineLines, languageTag, RefusedLink, UnknownInline } from "./inline-runs.js";
import type { XmlElement } from "./xml-tree.js";

/** Looks up an image named in markup and returns its checked path and pixel size. */
export type ImageResolver = (
  src: string,
  where: Location,
) => { src: string; width: number; height: number };

/**
 * What every markup → model function needs: the pack (styles), the markup file, images, and
 * the letter's language and typography for its text.
 */
export interface Ctx {
  pack: TemplatePack;
  file: string;
  images: ImageResolver;
  lang: string;
  typography: Typography;
  /** The schemes link targets may use (model/link-target.ts). */
  linkSchemes: readonly string[];
  /** Footnotes met so far; unset where notes cannot go (page bands, placed groups). */
  notes?: TextBlock[];
  /** Blocks the thread typeset before (a merge's letters share most). */
  typeset?: TypesetMemo;
  /** What the tagged PDF says of images, links and notes, in the letter's language. */
  phrases: Phrases;
  /** What a list's label becomes over the entries a page break carried on (continued-label.ts). */
  continued: string;
  /** Styles made for blocks that set their own `align`, by name (alignedStyle). */
  aligned: Record<string, TextStyle>;
}

export function at(el: XmlElement, ctx: Ctx): Location {
  return { file: ctx.file, line: el.line, col: el.col };
}

/** The child elements of `el`; text between them is an error unless it is white space. */
export function elements(el: XmlElement, ctx: Ctx): XmlElement[] {
  const out: XmlElement[] = [];
  for (const c of el.children) {
    if (typeof c !== "string") out.push(c);
    else if (c.trim() !== "") {
      throw fail(
        "markup",
        `text "${c.trim().slice(0, 30)}" is not allowed directly in <${el.name}>`,
        at(el, ctx),
        ["wrap it in <p> or <line>"],
      );
    }
  }
  return out;
}

/**
 * The elements that hold prose, whose hard line breaks (`<br/>`, Markdown's `\`) break a
 * paragraph's line and start no line of an address: the letter's paragraphs, a list's items,
 * a quote's and a note's text, a postscript. A `<line>`, a field's value or a table's cell
 * may hold an address's lines.
 */
const PROSE: ReadonlySet<string> = new Set([
  ...["p", "item", "note", "ps", "salutation", "closing", "signature-note", "heading"],
]);

/**
 * The inline content of `el` as hard lines of runs, typeset (quotes, spacing, ties), with
 * unknown inline elements and bad language tags located.
 */
export function inlineLinesAt(el: XmlElement, ctx: Ctx): Run[][] {
  const notes = ctx.notes;
  try {
    const onNote = notes && ((note: XmlElement) => footnote(note, ctx, notes));
    const lines = inlineLines(el, ctx.linkSchemes, onNote);
    return typesetOnce(ctx.typeset, lines, ctx.lang, ctx.typography, PROSE.has(el.name));
  } catch (e) {
    // `about`: pipeline.ts points at the data field the target came from, when there is one.
    if (e instanceof RefusedLink)
      throw new MissiveError("markup", {
        message: e.message,
        location: at(e.el, ctx),
        about: e.href,
        hints: [refusedLinkHint(e.href, ctx.linkSchemes)],
      });
    if (e instanceof UnknownInline)
      throw fail("markup", e.message, at(e.el, ctx), [
        e.el.name === "note"
          ? "footnotes go in the letter's text, not in page bands, placed groups or other notes"
          : "inline elements are <b>, <i>, <a href>, <span lang>, <code>, <run-in>, <note>, <br/>, <page/>, <pages/>",
      ]);
    if (e instanceof BadLang) throw badLang(e, ctx);
    throw e;
  }
}

/**
 * A refused `lang`, with `about`: a tag the data holds (a signer's or a signer title's `lang`)
 * is the data's mistake, and pipeline.ts points at its field.
 */
function badLang(e: BadLang, ctx: Ctx): MissiveError {
  return new MissiveError("markup", {
    message: e.message,
    location: at(e.el, ctx),
    about: e.tag,
    aboutWhole: true,
    hints: [LANG_HINT],
  });
}

const LANG_HINT = "write a BCP 47 tag such as en-US, de-DE or fr";

/** An element's `lang`, checked as a span's is (a BCP 47 tag). */
export function languageAt(el: XmlElement, ctx: Ctx): string {
  try {
    return languageTag(el);
  } catch (e) {
    if (e instanceof BadLang) throw badLang(e, ctx);
    throw e;
  }
}

/**
 * The element with a `lang` it lacks: a field or a signer's line in its block's language
 * (`<fields lang>`, `<signatures lang>`), read as if it said so itself.
 */
export function withLang(el: XmlElement, lang: string): XmlElement {
  return el.attrs.lang !== undefined ? el : { ...el, attrs: { ...el.attrs, lang } };
}

/** Keeps a `<note>`'s text as the next footnote and returns its mark (1, 2, …). */
function footnote(el: XmlElement, ctx: Ctx, notes: TextBlock[]): string {
  const mark = String(notes.length + 1);
  notes.push({
    kind: "text",
    role: "footnote",
    style: styleFor(el, ctx, ["footnote"]),
    lines: inlineLinesAt(el, { ...ctx, notes: undefined }),
    keepWithNext: false,
    keepTogether: true,
    marker: mark,
  });
  return mark;
}

/**
 * Refuses `style` on an element that has no text of its own to style (a rule, an image, a
 * band), so a style is never silently ignored.
 */
export function noStyle(el: XmlElement, ctx: Ctx, hint?: string): void {
  if (el.attrs.style === undefined) return;
  throw fail("markup", `<${el.name}> takes no style`, at(el, ctx), [
    hint ?? "style the text elements inside it instead",
  ]);
}

/** The style named by `attr` (default `style`), or the first of `defaults` the pack has. */
export function styleFor(el: XmlElement, ctx: Ctx, defaults: string[], attr = "style"): string {
  const asked = el.attrs[attr];
  if (asked !== undefined) {
    if (!ownOf(ctx.pack.styles, asked)) {
      throw fail("markup", `unknown style ${asked}`, at(el, ctx), [
        `styles of this pack: ${Object.keys(ctx.pack.styles).sort().join(", ")}`,
      ]);
    }
    return asked;
  }
  return defaults.find((d) => ctx.pack.styles[d]) ?? "default";
}

/**
 * The style for a block that says `align="center"` (Markdown's `{align=center}`): its own
 * style set that way, under a name no pack's style can clash with, so the layout and the
 * text output both see it; without `align`, the style as it is.
 */
export function alignedStyle(el: XmlElement, ctx: Ctx, style: string): string {
  if (el.attrs.align === undefined) return style;
  const align = oneOf(el, "align", ctx, ["left", "center", "right", "justify"] as const, "left");
  const base = ownOf(ctx.pack.styles, style) ?? ctx.pack.styles.default;
  if (!base || base.align === align) return style;
  const name = `${style} (${align})`;
  ctx.aligned[name] ??= { ...base, align };
  return name;
}

/**
 * `keep="with-next | together | fit | none"`, else the element's default (`fallback`, or
 * `withNext` and `together`); `fit` breaks the block between the lines of its data as a
 * paragraph between lines, each line of data whole (a list of copies: page-units.ts).
 */
export function keep(
  el: XmlElement,
  ctx: Ctx,
  withNext: boolean,
  together: boolean,
  fallback?: "fit",
): { keepWithNext: boolean; keepTogether: boolean; fit?: true } {
  const k = el.attrs.keep ?? fallback;
  if (k === undefined) return { keepWithNext: withNext, keepTogether: together };
  if (k === "with-next") return { keepWithNext: true, keepTogether: true };
  if (k === "together") return { keepWithNext: false, keepTogether: true };
  if (k === "fit") return { keepWithNext: false, keepTogether: true, fit: true };
  if (k === "none") return { keepWithNext: false, keepTogether: false };
  throw fail("markup", `keep must be with-next, together, fit or none, not ${k}`, at(el, ctx));
}

/**
 * `keep-previous="N"`: how many lines of the block before stay on this block's page; a
 * `<closing>` takes two unless it says otherwise.
 */
export function keepPrevious(
  el: XmlElement,
  ctx: Ctx,
  fallback: number,
): { keepPrevious?: number } {
  const raw = el.attrs["keep-previous"];
  const n = raw === undefined ? fallback : Number(raw);
  if (!Number.isInteger(n) || n < 0 || n > 10)
    throw fail(
      "markup",
      `keep-previous must be a whole number of lines from 0 to 10, not ${raw}`,
      at(el, ctx),
    );
  return n > 0 ? { keepPrevious: n } : {};
}

/** A length attribute (`20mm`, `1in`, `12pt`, `12`), or `fallback` if absent. */
export function length(el: XmlElement, attr: string, ctx: Ctx, fallback: number): number {
  const raw = el.attrs[attr];
  if (raw === undefined) return fallback;
  const v = parseLength(raw);
  if (v === null || v < 0)
    throw fail("markup", `${attr}="${raw}" is not a length`, at(el, ctx), [
      "write e.g. 1in, 25mm, 12pt",
    ]);
  return v;
}

/** A length attribute that must be present. */
export function requiredLength(el: XmlElement, attr: string, ctx: Ctx): number {
  if (el.attrs[attr] === undefined)
    throw fail("markup", `<${el.name}> needs ${attr}="…"`, at(el, ctx), [
      "write e.g. 20mm, 1in or 12pt",
    ]);
  return length(el, attr, ctx, 0);
}

/** An attribute restricted to a few words. */
export function oneOf<T extends string>(
  el: XmlElement,
  attr: string,
  ctx: Ctx,
  allowed: readonly T[],
  fallback: T,
): T {
  const v = el.attrs[attr];
  if (v === undefined) return fallback;
  if (!allowed.includes(v as T))
    throw fail("markup", `${attr} must be ${allowed.join(", ")}, not ${v}`, at(el, ctx));
  return v as T;
}

import type { Tokens } from "marked";
import { fail } from "../errors.js";
import { parseLength } from "../model/length.js";
import type { MdContext } from "./markdown.js";
import { ESCAPABLE } from "./markdown-punctuation.js";
import { xmlEscape } from "./xml-escape.js";

/**
 * A paragraph that is one image, `![A map of the site](site-map.png)`, optionally sized as
 * pandoc writes it, `![…](chart.png){width=4in}`: an `<image>` block of its own, centred, at
 * most as wide as the text (docs/markup.md). Undefined for any other paragraph. Why a paragraph
 * of its own: a letter's pictures (a map, a chart, a photograph of the damage) stand between
 * paragraphs; an image inside a line of text is refused where it is written.
 */
export function imageParagraph(p: Tokens.Paragraph, ctx: MdContext): string | undefined {
  const tokens = p.tokens.filter((t) => !(t.type === "text" && t.raw.trim() === ""));
  const [img, ...after] = tokens;
  if (img?.type !== "image") return undefined;
  // The attributes may be read as several tokens: a merge writes a record's `41.5` as `41\.5`,
  // an escape between two texts.
  if (!after.every((t) => t.type === "text" || t.type === "escape")) return undefined;
  const attrs = after.map((t) => t.raw).join("");
  if (attrs !== "" && !/^\{[^{}]*\}$/.test(attrs.trim())) return undefined;
  const image = img as Tokens.Image;
  if (image.title)
    throw fail("data", `an image's title ("${image.title}") is not printed`, ctx.where(image.raw), [
      "write a caption as the paragraph below the image, and describe the image in its [alt text]",
    ]);
  const src = image.href.trim();
  if (src === "")
    throw fail("data", `the image ${image.raw} names no file`, ctx.where(image.raw), [
      "write the image file (PNG, JPEG or SVG), relative to the data file: ![A map of the site](site-map.png)",
    ]);
  const width = attrs ? widthOf(attrs, ctx) : undefined;
  // No alt at all is warned about when laid out; `![](x.png)` says nothing, so it is that.
  const alt = image.text.trim() === "" ? "" : ` alt="${xmlEscape(image.text)}"`;
  const sized = width === undefined ? "" : ` width="${xmlEscape(width)}"`;
  return `<image src="${xmlEscape(src)}"${alt}${sized}/>`;
}

/** The width of `{width=4in}`, the one attribute an image takes in a body. */
function widthOf(attrs: string, ctx: MdContext): string {
  const raw = attrs.trim();
  const pairs = unescaped(raw.slice(1, -1)).trim().split(/\s+/);
  const width = pairs.length === 1 ? /^width=(.+)$/.exec(pairs[0] ?? "")?.[1] : undefined;
  const points = width === undefined ? null : parseLength(width);
  if (width === undefined || points === null || points <= 0)
    throw fail("data", `${raw} is not an image size missive reads`, ctx.where(raw), [
      "write {width=4in}, {width=100mm} or {width=12cm} after the image, or nothing for its own size",
    ]);
  return width;
}

const ESCAPED = new RegExp(`\\\\([${ESCAPABLE}])`, "g");

/** Text with Markdown's backslash escapes of ASCII punctuation undone, as CommonMark reads them. */
function unescaped(text: string): string {
  return text.replace(ESCAPED, "$1");
}

/** An image inside a line of text, which a letter does not set. */
export function inlineImage(t: Tokens.Image, ctx: MdContext): Error {
  return fail("data", "an image must be a paragraph of its own", ctx.where(t.raw), [
    "put a blank line before and after ![…](…)",
  ]);
}

import { fail, type Location } from "../errors.js";
import type { TemplatePack } from "../load/pack-types.js";
import { PAGE_SIZES, parseLength } from "../model/length.js";
import type {
  Block,
  DocMeta,
  ImageBlock,
  LetterDoc,
  PageSpec,
  SignatureBlock,
  Signer,
  TextBlock,
} from "../model/letter-doc.js";
import { inlineLines, UnknownInline } from "./inline-runs.js";
import type { XmlElement } from "./xml-tree.js";

/** Looks up an image named in markup and returns its checked path and pixel size. */
export type ImageResolver = (
  src: string,
  where: Location,
) => { src: string; width: number; height: number };

interface Ctx {
  pack: TemplatePack;
  file: string;
  images: ImageResolver;
}

/** Elements holding one paragraph of inline text, with whether they stick to what follows. */
const PARAGRAPHS: Record<string, boolean> = {
  date: false,
  subject: true,
  salutation: true,
  closing: true,
  ps: false,
  p: false,
  heading: true,
};
/** Elements holding `<line>` children that stay together. */
const LINE_GROUPS = new Set(["address", "cc", "enclosures", "reference", "sender"]);

/** Builds the document model from parsed markup, resolving styles and images. */
export function toModel(
  root: XmlElement,
  pack: TemplatePack,
  file: string,
  images: ImageResolver,
): LetterDoc {
  const ctx: Ctx = { pack, file, images };
  const doc: LetterDoc = {
    page: pageSpec(root, ctx),
    lang: root.attrs.lang ?? pack.lang,
    meta: meta(root),
    fonts: pack.fonts,
    fallbackFonts: pack.fallbackFonts,
    styles: pack.styles,
    letterhead: [],
    continuation: [],
    footer: [],
    body: [],
  };
  for (const el of elements(root, ctx)) {
    if (el.name === "letterhead" || el.name === "continuation" || el.name === "footer") {
      doc[el.name].push(...elements(el, ctx).flatMap((c) => block(c, ctx, el.name)));
    } else if (el.name === "body") {
      doc.body.push(...elements(el, ctx).flatMap((c) => block(c, ctx, "body")));
    } else {
      doc.body.push(...block(el, ctx, "letter"));
    }
  }
  return doc;
}

function at(el: XmlElement, ctx: Ctx): Location {
  return { file: ctx.file, line: el.line, col: el.col };
}

function elements(el: XmlElement, ctx: Ctx): XmlElement[] {
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

function block(el: XmlElement, ctx: Ctx, parent: string): Block[] {
  const role = el.name;
  if (role in PARAGRAPHS)
    return [
      textBlock(el, ctx, role, [role === "p" ? "body" : role], PARAGRAPHS[role] ?? false, false),
    ];
  if (role === "line") return [textBlock(el, ctx, parent, [parent], false, true)];
  if (LINE_GROUPS.has(role)) return [lineGroup(el, ctx)];
  if (role === "list") return listBlocks(el, ctx);
  if (role === "signatures") return [signatures(el, ctx)];
  if (role === "image") return [image(el, ctx)];
  if (role === "space") return [{ kind: "space", height: length(el, "height", ctx, 12) }];
  throw fail("markup", `unknown element <${role}> in <${parent}>`, at(el, ctx), [
    "see docs/markup.md for the elements a letter may use",
  ]);
}

function styleFor(el: XmlElement, ctx: Ctx, defaults: string[]): string {
  const asked = el.attrs.style;
  if (asked !== undefined) {
    if (!ctx.pack.styles[asked]) {
      throw fail("markup", `unknown style ${asked}`, at(el, ctx), [
        `styles of this pack: ${Object.keys(ctx.pack.styles).sort().join(", ")}`,
      ]);
    }
    return asked;
  }
  return defaults.find((d) => ctx.pack.styles[d]) ?? "default";
}

function keep(
  el: XmlElement,
  ctx: Ctx,
  withNext: boolean,
  together: boolean,
): { keepWithNext: boolean; keepTogether: boolean } {
  const k = el.attrs.keep;
  if (k === undefined) return { keepWithNext: withNext, keepTogether: together };
  if (k === "with-next") return { keepWithNext: true, keepTogether: true };
  if (k === "together") return { keepWithNext: false, keepTogether: true };
  if (k === "none") return { keepWithNext: false, keepTogether: false };
  throw fail("markup", `keep must be with-next, together or none, not ${k}`, at(el, ctx));
}

function textBlock(
  el: XmlElement,
  ctx: Ctx,
  role: string,
  styles: string[],
  withNext: boolean,
  together: boolean,
): TextBlock {
  let lines: TextBlock["lines"];
  try {
    lines = inlineLines(el);
  } catch (e) {
    if (e instanceof UnknownInline)
      throw fail("markup", e.message, at(e.el, ctx), [
        "inline elements are <b>, <i>, <a href>, <br/>, <page/>, <pages/>",
      ]);
    throw e;
  }
  return {
    kind: "text",
    role,
    style: styleFor(el, ctx, styles),
    lines,
    ...keep(el, ctx, withNext, together),
  };
}

function lineGroup(el: XmlElement, ctx: Ctx): TextBlock {
  const lines: TextBlock["lines"] = [];
  for (const c of elements(el, ctx)) {
    if (c.name !== "line")
      throw fail("markup", `<${el.name}> holds <line> elements, not <${c.name}>`, at(c, ctx));
    lines.push(...textBlock(c, ctx, el.name, [], false, false).lines);
  }
  return {
    kind: "text",
    role: el.name,
    style: styleFor(el, ctx, [el.name]),
    lines,
    ...keep(el, ctx, false, true),
  };
}

function listBlocks(el: XmlElement, ctx: Ctx): TextBlock[] {
  const ordered = el.attrs.ordered === "true";
  let n = Number(el.attrs.start ?? 1);
  return elements(el, ctx).map((item) => {
    if (item.name !== "item")
      throw fail("markup", `<list> holds <item> elements, not <${item.name}>`, at(item, ctx));
    const b = textBlock(item, ctx, "item", ["item", "body"], false, false);
    b.marker = ordered ? `${n++}.` : "•";
    return b;
  });
}

function signatures(el: XmlElement, ctx: Ctx): SignatureBlock {
  const columns = Number(el.attrs.columns ?? 1);
  if (!Number.isInteger(columns) || columns < 1 || columns > 6) {
    throw fail(
      "markup",
      `columns must be a whole number from 1 to 6, not ${el.attrs.columns}`,
      at(el, ctx),
    );
  }
  const signers: Signer[] = elements(el, ctx).map((s) => signer(s, ctx));
  if (signers.length === 0) throw fail("markup", "<signatures> has no <signer>", at(el, ctx));
  return {
    kind: "signatures",
    columns,
    space: length(el, "space", ctx, 42),
    gutter: length(el, "gutter", ctx, 18),
    rowGap: length(el, "row-gap", ctx, 12),
    nameStyle: styleFor(
      { ...el, attrs: { style: el.attrs["name-style"] ?? "signer-name" } },
      ctx,
      [],
    ),
    titleStyle: styleFor(
      { ...el, attrs: { style: el.attrs["title-style"] ?? "signer-title" } },
      ctx,
      [],
    ),
    signers,
  };
}

function signer(s: XmlElement, ctx: Ctx): Signer {
  if (s.name !== "signer")
    throw fail("markup", `<signatures> holds <signer> elements, not <${s.name}>`, at(s, ctx));
  const name = s.attrs.name?.trim();
  if (!name) throw fail("markup", "a <signer> needs a name", at(s, ctx));
  const titles = s.attrs.title ? [s.attrs.title] : [];
  for (const c of elements(s, ctx)) {
    if (c.name !== "line")
      throw fail("markup", `<signer> holds <line> elements, not <${c.name}>`, at(c, ctx));
    titles.push(
      ...textBlock(c, ctx, "signer", [], false, false).lines.map((l) =>
        l.map((r) => r.text).join(""),
      ),
    );
  }
  const out: Signer = { name, titles: titles.filter((t) => t.trim() !== "") };
  if (s.attrs.image) out.image = ctx.images(s.attrs.image, at(s, ctx));
  return out;
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
    alt: el.attrs.alt ?? "",
    keepWithNext: el.attrs.keep === "with-next",
  };
}

function length(el: XmlElement, attr: string, ctx: Ctx, fallback: number): number {
  const raw = el.attrs[attr];
  if (raw === undefined) return fallback;
  const v = parseLength(raw);
  if (v === null || v < 0)
    throw fail("markup", `${attr}="${raw}" is not a length`, at(el, ctx), [
      "write e.g. 1in, 25mm, 12pt",
    ]);
  return v;
}

function pageSpec(root: XmlElement, ctx: Ctx): PageSpec {
  const page = { ...ctx.pack.page, margin: { ...ctx.pack.page.margin } };
  const size = root.attrs.page;
  if (size) {
    const dims = PAGE_SIZES[size.toLowerCase()];
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
  return page;
}

function meta(root: XmlElement): DocMeta {
  const a = root.attrs;
  return {
    title: a.title ?? "",
    author: a.author ?? "",
    subject: a.subject ?? "",
    keywords: a.keywords ?? "",
  };
}

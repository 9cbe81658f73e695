import {
  type ImageItem,
  type LaidOutDoc,
  type PaintItem,
  RUNNING,
  type TextItem,
} from "../layout/laid-out-doc.js";
import type { Artifact, PdfCanvas, StructNode } from "./pdfkit-adapter.js";

const PAGINATION: Artifact = { artifact: "Pagination" };
const LAYOUT: Artifact = { artifact: "Layout" };

/** Consecutive blocks of these roles share one parent element (a list, a block quote). */
const GROUPS: Record<string, string> = {
  signer: "L",
  quote: "BlockQuote",
  letterhead: "Div",
  sender: "Div",
};

/** What one painted item is in the structure tree: its element, or an artifact. */
export type Target = StructNode | Artifact;

/**
 * Builds a letter's structure tree as its pages are painted, in painting order, which is the
 * letter's reading order: block ids (`p#7`, `item#9`, `signer:Rob Portman`, see layout/)
 * become elements, the parts of a block (a list's label, a table's cells, a link, a span in
 * another language) elements inside them. `parent` is the letter's element in a combined PDF.
 */
export function structureOf(pdf: PdfCanvas, doc: LaidOutDoc, parent?: StructNode) {
  const blocks = new Map<string, Map<string, StructNode>>();
  /** The page each table's header rows were first painted on. */
  const headerPage = new Map<string, number>();
  let group: { kind: string; role: string; node: StructNode } | null = null;
  /** The Span or Link painted last, with its page: the next item may continue it. */
  let inline: { key: string; page: number; node: StructNode } | null = null;
  const struct = (type: string, under?: StructNode, options = {}) =>
    pdf.struct(type, options, under ?? parent);

  /** Open lists, outermost first, each with its last item: a deeper item nests in it. */
  let lists: { node: StructNode; li?: StructNode }[] = [];

  /** A list item at `level` (1 for the outermost list), in the lists it nests in. */
  const listItem = (level: number): StructNode => {
    lists = lists.slice(0, level);
    while (lists.length < level) {
      const outer = lists[lists.length - 1];
      lists.push({ node: struct("L", outer?.li ?? outer?.node) });
    }
    const list = lists[level - 1] as { node: StructNode; li?: StructNode };
    list.li = struct("LI", list.node);
    return list.li;
  };

  /**
   * The parts of the block an item belongs to ("" its content; a list item's LI, Lbl and
   * LBody), created as they are met.
   */
  const blockParts = (id: string, level?: number): Map<string, StructNode> => {
    let parts = blocks.get(id);
    if (parts) return parts;
    const role = roleOf(id);
    const kind = GROUPS[role];
    // A footnote set at a page's foot interrupts nothing: a list or group goes on after it.
    if (role === "footnote") return made(id, new Map([["", struct("Note")]]));
    if (!kind) group = null;
    else if (group?.role !== role) group = { kind, role, node: struct(kind, parent) };
    if (role !== "item") lists = [];
    parts = new Map();
    if (role === "item") parts.set("LI", listItem(level ?? Math.max(1, lists.length)));
    else if (role === "signer") parts.set("LI", struct("LI", group?.node));
    else parts.set("", struct(elementType(role), group?.node));
    return made(id, parts);
  };

  const made = (id: string, parts: Map<string, StructNode>) => {
    blocks.set(id, parts);
    return parts;
  };

  /** A block's content element: a list item's LBody is made when its first content is met. */
  const contentOf = (parts: Map<string, StructNode>): StructNode =>
    part(parts, "", () => struct("LBody", parts.get("LI")));

  const part = (parts: Map<string, StructNode>, key: string, make: () => StructNode) => {
    let node = parts.get(key);
    if (!node) {
      node = make();
      parts.set(key, node);
    }
    return node;
  };

  const cellOf = (id: string, parts: Map<string, StructNode>, it: TextItem, page: number) => {
    const { row, col, header } = it.cell as NonNullable<TextItem["cell"]>;
    if (header) {
      const first = headerPage.get(id) ?? page;
      headerPage.set(id, first);
      // A header row repeated on a later page is a running head, not the table again.
      if (first !== page) return PAGINATION;
    }
    const table = parts.get("") as StructNode;
    const tr = part(parts, `row ${row}`, () => struct("TR", table));
    return part(parts, `cell ${row} ${col}`, () => struct(header ? "TH" : "TD", tr));
  };

  /** The Span or Link this item is in: the one painted just before if it continues it. */
  const inlineOf = (key: string, page: number, make: () => StructNode) => {
    if (inline?.key === key && inline.page === page) return inline.node;
    inline = { key, page, node: make() };
    return inline.node;
  };

  const textTarget = (it: TextItem, page: number): Target => {
    const id = it.block ?? "";
    if (id === "" || id.startsWith(RUNNING)) return PAGINATION;
    const parts = blockParts(id, it.level);
    const li = parts.get("LI");
    // A list's label comes before its body: its element is created where the marker is met.
    let node =
      it.marker !== undefined && li
        ? part(parts, "Lbl", () => struct("Lbl", li))
        : contentOf(parts);
    if (it.cell) {
      const cell = cellOf(id, parts, it, page);
      if ("artifact" in cell) return cell;
      node = cell;
    }
    const under = node;
    if (it.lang && it.lang !== doc.lang)
      node = inlineOf(`${id} ${it.lang}`, page, () => struct("Span", under, { lang: it.lang }));
    const span = node;
    if (it.href)
      node = inlineOf(`${id} ${it.lang} ${it.href}`, page, () =>
        struct("Link", span, { contents: `Link to ${it.href}` }),
      );
    return node;
  };

  const imageTarget = (it: ImageItem): Target => {
    if (it.alt === "") return LAYOUT;
    if (it.block?.startsWith(RUNNING)) return PAGINATION;
    const inSigner = it.block?.startsWith("signer:");
    const under = inSigner && it.block ? contentOf(blockParts(it.block)) : undefined;
    if (!inSigner) group = null;
    return struct("Figure", under, { alt: it.alt });
  };

  return {
    /** Where the item goes in the structure tree; `page` counts from 0. */
    target(it: PaintItem, page: number): Target {
      if (it.kind === "rule") return LAYOUT;
      if (it.kind === "image") return imageTarget(it);
      const target = textTarget(it, page);
      if (!("artifact" in target) && target.type !== "Span" && target.type !== "Link")
        inline = null;
      return target;
    },
  };
}

/** `p` of `p#7`, `signer` of `signer:Jane Doe`, `p` of `place-1/p#0`. */
export function roleOf(id: string): string {
  const own = id.replace(/^(running\/)?(place-\d+\/)?/, "");
  return own.split(/[#:]/)[0] ?? "";
}

/** The element a block of this role becomes. */
function elementType(role: string): string {
  if (role === "heading") return "H1";
  const level = /^heading-(\d+)$/.exec(role);
  if (level) return `H${Math.min(6, Math.max(1, Number(level[1])))}`;
  if (role === "table") return "Table";
  return "P";
}

import type { ImageItem, LaidOutDoc, PaintItem, TextItem } from "../layout/laid-out-doc.js";
import { noteMark, RUNNING, roleOf } from "../model/block-ids.js";
import { fillPhrase, type Phrases } from "../model/phrases.js";
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

type Parts = Map<string, StructNode>;

/** One part of a block, made the first time it is asked for. */
function part(parts: Parts, key: string, make: () => StructNode): StructNode {
  let node = parts.get(key);
  if (!node) {
    node = make();
    parts.set(key, node);
  }
  return node;
}

/**
 * Builds a letter's structure tree as its pages are painted, in painting order, which is the
 * letter's reading order: block ids (`p#7`, `item#9`, `signer:Rob Portman`, see layout/)
 * become elements, the parts of a block (a list's label, a table's cells, a link, a span in
 * another language) elements inside them. `parent` is the letter's element in a combined PDF.
 */
export function structureOf(pdf: PdfCanvas, doc: LaidOutDoc, parent?: StructNode, idPrefix = "") {
  return new StructureBuilder(pdf, doc, parent, idPrefix);
}

class StructureBuilder {
  readonly #blocks = new Map<string, Parts>();
  /** The page each table's header rows were first painted on. */
  readonly #headerPage = new Map<string, number>();
  #group: { kind: string; role: string; node: StructNode } | null = null;
  /** The Span or Link painted last, with its page: the next item may continue it. */
  #inline: { key: string; page: number; node: StructNode } | null = null;
  /** Open lists, outermost first, each with its last item: a deeper item nests in it. */
  #lists: { node: StructNode; li?: StructNode }[] = [];
  /** Each footnote's Note and the References to it, by mark: linked once both are met. */
  readonly #notes = new Map<string, { note?: StructNode; refs: StructNode[] }>();

  readonly #pdf: PdfCanvas;
  /** The letter's language: a span in another one is tagged with its own. */
  readonly #lang: string;
  /** How links and footnote references are described, in the letter's language. */
  readonly #phrases: Phrases;
  /** The letter's element in a combined PDF; else the document's root element. */
  readonly #parent: StructNode | undefined;
  /** Starts the letter's element ids: in a combined PDF each letter has a note 1. */
  readonly #idPrefix: string;

  constructor(
    pdf: PdfCanvas,
    doc: Pick<LaidOutDoc, "lang" | "phrases">,
    parent: StructNode | undefined,
    idPrefix: string,
  ) {
    this.#pdf = pdf;
    this.#lang = doc.lang;
    this.#phrases = doc.phrases;
    this.#parent = parent;
    this.#idPrefix = idPrefix;
  }

  /** Where the item goes in the structure tree; `page` counts from 0. */
  target(it: PaintItem, page: number): Target {
    if (it.kind === "rule") return LAYOUT;
    if (it.kind === "image") return this.#image(it);
    const target = this.#text(it, page);
    if (!("artifact" in target) && target.type !== "Span" && target.type !== "Link")
      this.#inline = null;
    return target;
  }

  #struct(type: string, under?: StructNode, options = {}): StructNode {
    return this.#pdf.struct(type, options, under ?? this.#parent);
  }

  /**
   * A list item at `level` (1 for the outermost list), in the lists it nests in; the first
   * item of a list right after another starts a list of its own.
   */
  #listItem(level: number, start: boolean): StructNode {
    const lists = this.#lists.slice(0, start ? level - 1 : level);
    while (lists.length < level) {
      const outer = lists[lists.length - 1];
      lists.push({ node: this.#struct("L", outer?.li ?? outer?.node) });
    }
    this.#lists = lists;
    const list = lists[level - 1] as { node: StructNode; li?: StructNode };
    list.li = this.#struct("LI", list.node);
    return list.li;
  }

  /**
   * The parts of the block an item belongs to ("" its content; a list item's LI, Lbl and
   * LBody), created as they are met.
   */
  #parts(id: string, level?: number, listStart = false): Parts {
    const known = this.#blocks.get(id);
    if (known) return known;
    const role = roleOf(id);
    const parts: Parts = new Map();
    this.#blocks.set(id, parts);
    // A footnote set at a page's foot interrupts nothing: a list or group goes on after it.
    if (role === "footnote") return parts.set("", this.#note(noteMark(id)));
    const kind = GROUPS[role];
    if (!kind) this.#group = null;
    else if (this.#group?.role !== role)
      this.#group = { kind, role, node: this.#struct(kind, this.#parent) };
    // A table in a list item (its text items carry the item's level) is part of that item,
    // and the list goes on after it.
    const inItem = role === "table" && level !== undefined ? this.#lists[level - 1]?.li : undefined;
    if (role !== "item" && !inItem) this.#lists = [];
    if (role === "item")
      parts.set("LI", this.#listItem(level ?? Math.max(1, this.#lists.length), listStart));
    else if (role === "signer") parts.set("LI", this.#struct("LI", this.#group?.node));
    else parts.set("", this.#struct(elementType(role), inItem ?? this.#group?.node));
    return parts;
  }

  /** The Note of the footnote with this mark, linked to the references already met. */
  #note(mark: string): StructNode {
    const note = this.#struct("Note", undefined, { id: this.#noteId(mark) });
    const links = this.#links(mark);
    links.note = note;
    for (const ref of links.refs) this.#pdf.refer(ref, note);
    return note;
  }

  #noteId(mark: string): string {
    return `${this.#idPrefix}note-${mark}`;
  }

  #links(mark: string): { note?: StructNode; refs: StructNode[] } {
    let links = this.#notes.get(mark);
    if (!links) {
      links = { refs: [] };
      this.#notes.set(mark, links);
    }
    return links;
  }

  /**
   * A footnote reference: a Reference to its Note (/Ref), holding a Link whose annotation
   * leads to the note's first line. Why both: PDF/UA wants a link annotation in a Link
   * element, and the Reference says what the link is.
   */
  #reference(mark: string, under: StructNode): StructNode {
    const ref = this.#struct("Reference", under);
    const links = this.#links(mark);
    links.refs.push(ref);
    if (links.note) this.#pdf.refer(ref, links.note);
    const id = this.#noteId(mark);
    const contents = fillPhrase(this.#phrases.footnote, { mark });
    return this.#struct("Link", ref, { contents, goTo: id });
  }

  /** A block's content element: a list item's LBody is made when its first content is met. */
  #content(parts: Parts): StructNode {
    return part(parts, "", () => this.#struct("LBody", parts.get("LI")));
  }

  #cell(id: string, parts: Parts, it: TextItem, page: number): Target {
    const { row, col, header } = it.cell as NonNullable<TextItem["cell"]>;
    if (header) {
      const first = this.#headerPage.get(id) ?? page;
      this.#headerPage.set(id, first);
      // A header row repeated on a later page is a running head, not the table again.
      if (first !== page) return PAGINATION;
    }
    const table = parts.get("") as StructNode;
    const tr = part(parts, `row ${row}`, () => this.#struct("TR", table));
    return part(parts, `cell ${row} ${col}`, () => this.#struct(header ? "TH" : "TD", tr));
  }

  /** The Span or Link this item is in: the one painted just before if it continues it. */
  #inlineOf(key: string, page: number, make: () => StructNode): StructNode {
    if (this.#inline?.key === key && this.#inline.page === page) return this.#inline.node;
    this.#inline = { key, page, node: make() };
    return this.#inline.node;
  }

  #text(it: TextItem, page: number): Target {
    const id = it.block ?? "";
    if (id === "" || id.startsWith(RUNNING)) return PAGINATION;
    const parts = this.#parts(id, it.level, it.listStart);
    const li = parts.get("LI");
    // A list's label comes before its body: its element is created where the marker is met.
    // A footnote's mark is the label of its Note.
    let node =
      it.marker !== undefined
        ? part(parts, "Lbl", () => this.#struct("Lbl", li ?? this.#content(parts)))
        : this.#content(parts);
    if (it.cell) {
      const cell = this.#cell(id, parts, it, page);
      if ("artifact" in cell) return cell;
      node = cell;
    }
    const under = node;
    if (it.lang && it.lang !== this.#lang)
      node = this.#inlineOf(`${id} ${it.lang}`, page, () =>
        this.#struct("Span", under, { lang: it.lang }),
      );
    const span = node;
    if (it.note !== undefined)
      return this.#inlineOf(`${id} note ${it.note}`, page, () =>
        this.#reference(it.note as string, span),
      );
    if (it.href)
      node = this.#inlineOf(`${id} ${it.lang} ${it.href}`, page, () =>
        this.#struct("Link", span, {
          contents: fillPhrase(this.#phrases.linkTo, { href: it.href as string }),
        }),
      );
    return node;
  }

  #image(it: ImageItem): Target {
    if (it.alt === "") return LAYOUT;
    if (it.block?.startsWith(RUNNING)) return PAGINATION;
    const inSigner = it.block !== undefined && roleOf(it.block) === "signer";
    const under = inSigner && it.block ? this.#content(this.#parts(it.block)) : undefined;
    if (!inSigner) this.#group = null;
    return this.#struct("Figure", under, { alt: it.alt });
  }
}

/** The element a block of this role becomes. */
function elementType(role: string): string {
  if (role === "heading") return "H1";
  const level = /^heading-(\d+)$/.exec(role);
  if (level) return `H${Math.min(6, Math.max(1, Number(level[1])))}`;
  if (role === "table") return "Table";
  return "P";
}

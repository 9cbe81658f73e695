import PDFDocument, { type PDFImage, type PDFStructureElement } from "pdfkit";
import { xmlEscape } from "../compose/xml-escape.js";
import type { Fonts } from "../layout/font-book.js";
import { asciiTarget } from "../model/link-target.js";
import { type PdfStandard, pdfaSubset } from "../pdf-standard.js";
import type { Resources } from "../resources.js";
import { type PdfkitFont, takesGlyphIds, useGlyphIds } from "./cid-font.js";
import { type DeflatingDocument, deflateThrough, startPiece } from "./deflate-memo.js";
import {
  beginActualText,
  canPaintLines,
  endActualText,
  type Line,
  type PdfkitLineTarget,
  paintLine,
} from "./pdfkit-line.js";
import { addElementRef, elementIds } from "./pdfkit-struct.js";
import { embedAtOnce, type PdfkitImage } from "./png-planes.js";
import type { Attachment } from "./source-attachment.js";
import { isSvgText } from "./svg-draw.js";
import { svgPlacer } from "./svg-form.js";
import { xmpClaims } from "./xmp-claims.js";

/** What the PDF writer needs from a PDF library: pages, fonts by file, text at a baseline, images. */
export interface PdfCanvas {
  page(width: number, height: number): void;
  text(t: {
    text: string;
    x: number;
    y: number;
    font: string;
    size: number;
    color: string;
    wordSpacing: number;
    tracking: number;
    scale?: number;
    rtl?: true;
    /** A synthetic bold's stroke and a synthetic italic's shear (laid-out-doc.ts's TextItem). */
    embolden?: number;
    slant?: number;
    /** The language its words were shaped in when measured (TextItem.shapedIn). */
    shapedIn?: string;
    href?: string;
    width: number;
  }): boolean;
  /** The image named `src`, made from `bytes` (the same name gives the same image object). */
  image(src: string, bytes: Uint8Array, x: number, y: number, width: number, height: number): void;
  /** A horizontal stroke centred on y. */
  rule(r: { x: number; y: number; width: number; thickness: number; color: string }): void;
  /** A structure element under `parent`, or under the document's root element. */
  struct(type: string, options: StructOptions, parent?: StructNode): StructNode;
  /** Records that `from` (a Reference) refers to `to` (a Note): its /Ref. */
  refer(from: StructNode, to: StructNode): void;
  /**
   * What is painted next is the content of `target` (a link in it carries its annotation), or
   * an artifact of the given kind; ends the marked-content sequence before. `part` names the
   * part of the page it belongs to: another part than before starts a piece of the page's
   * content that is compressed on its own (deflate-memo.ts).
   */
  mark(target: StructNode | Artifact, part?: string): void;
  /** Ends the open marked-content sequence, if any. */
  unmark(): void;
  /** The lines painted until `endActualText` read as `text` (one signature cell, see pdfkit-line). */
  beginActualText(text: string): void;
  endActualText(): void;
  /** Embeds a file with AFRelationship /Source (a merged letter's record, in a combined PDF). */
  attach(file: Attachment): void;
  /** Ends the document; `text` replaces its information's title, author, subject and keywords. */
  finish(text?: InfoText): Promise<Uint8Array>;
}

/** The document information that is text, as a letter's markup gives it (`<letter title=…>`). */
export type InfoText = Pick<PdfInfo, "title" | "author" | "subject" | "keywords">;

/** A structure element of the tagged PDF; only the adapter looks inside. */
export interface StructNode {
  readonly type: string;
  readonly element: PDFStructureElement;
}

export interface StructOptions {
  alt?: string;
  lang?: string;
  /** A description of a link (its annotation's /Contents). */
  contents?: string;
  /** The element's identifier (/ID), unique in the file: a link to it lands on its first line. */
  id?: string;
  /** A Link into the document: the `id` of the element it leads to. */
  goTo?: string;
}

/** Painted but not content: running heads and page numbers, rules, decorative images. */
export interface Artifact {
  artifact: "Pagination" | "Layout";
}

export interface PdfInfo {
  title: string;
  author: string;
  subject: string;
  keywords: string;
  lang: string;
  created: Date;
  /** Standards to claim (the file is tagged whatever); see pdf-standard.ts. */
  standards: readonly PdfStandard[];
  /** Files the letter carries (its source data), embedded with AFRelationship /Source. */
  attachments?: readonly Attachment[];
}

/**
 * The one place that talks to pdfkit. Why an adapter: pdfkit's types lag its releases, and
 * keeping its cursor-based API out of the layout makes every position ours to decide.
 */
export function openPdf(info: PdfInfo, res: Resources): PdfCanvas {
  const subset = pdfaSubset(info.standards);
  const doc = new PDFDocument({
    autoFirstPage: false,
    // No default Helvetica: pdfkit would read and parse its AFM file for every document.
    font: null,
    pdfVersion: "1.7",
    lang: info.lang,
    displayTitle: true,
    tagged: true,
    compress: true,
    ...(subset ? { subset } : {}),
    info: documentInfo(info),
  });
  deflateThrough(doc as unknown as DeflatingDocument, res.pdf.deflated);
  identify(doc, info);
  // pdfkit numbers fonts F1, F2…; Helvetica used to take F1, and the number seeds each font's
  // subset tag, so skipping it keeps PDFs byte-identical to those written before.
  (doc as unknown as { _fontCount: number })._fontCount = 1;
  res.fonts.runs.documentStarted();
  const chunks = collectBytes(doc);
  const done = new Promise<Uint8Array>((resolve, reject) => {
    // Flowing, so the stream ends. Every byte comes through collectBytes: data here would be
    // out of order, a pdfkit that writes past _write (tests/couplings.test.ts).
    doc.on("data", () => reject(new Error("pdfkit wrote around _write (collectBytes)")));
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  const registered = new Set<string>();
  /** Fonts whose glyph numbering is settled, and (true) those that write their own ids. */
  const byGlyphId = new Map<string, boolean>();
  const opened = new Map<string, PDFImage>();
  const placeSvg = svgPlacer(doc, res.pdf.svg);
  let font = "";
  /** The language the current font shapes in (its layout cache is that language's runs). */
  let lang = "";
  let size = 0;
  let color = "";
  /** The stroke colour set on the page: a synthetic bold strokes its glyphs in their fill colour. */
  let stroke = "";
  /** Whether the current font offers what paintLine needs; checked once per font switch. */
  let paintable = false;
  /** Whether the lines painted now are inside a Span that gives their text (beginActualText). */
  let spanned = false;
  const root = doc.struct("Document");
  doc.addStructure(root);
  const marks = marking(doc);
  const ids = elementIds(doc);
  return {
    struct(type, options, parent) {
      const { contents, id, goTo, ...own } = options;
      const element = doc.struct(type, own);
      (parent?.element ?? root).add(element);
      if (id !== undefined) ids.add(element, id);
      return {
        type,
        element,
        ...(contents ? { contents } : {}),
        ...(goTo !== undefined ? { goTo } : {}),
      };
    },
    refer: (from, to) => addElementRef(from.element, to.element),
    attach: (file) => attach(doc, file, info.created),
    mark: marks.mark,
    unmark: marks.unmark,
    beginActualText(text) {
      beginActualText(doc as unknown as PdfkitLineTarget, text);
      spanned = true;
    },
    endActualText() {
      endActualText(doc as unknown as PdfkitLineTarget);
      spanned = false;
    },
    page(width, height) {
      marks.page();
      doc.addPage({ size: [width, height], margin: 0 });
      font = "";
      size = 0;
      color = "";
      stroke = "";
    },
    text(t) {
      if (!registered.has(t.font)) {
        doc.registerFont(t.font, res.fonts.files.load(t.font));
        registered.add(t.font);
      }
      const shapedIn = t.shapedIn ?? "";
      if (t.font !== font) {
        font = t.font;
        lang = shapedIn;
        doc.font(font);
        shareLayoutCache(doc, res.fonts, font, lang);
        paintable = canPaintLines(doc);
        if (paintable && !byGlyphId.has(font)) {
          const embedded = (doc as unknown as { _font: PdfkitFont })._font;
          const own = takesGlyphIds(embedded);
          if (own) useGlyphIds(embedded, res.pdf);
          byGlyphId.set(font, own);
        }
      } else if (shapedIn !== lang) {
        lang = shapedIn;
        shareLayoutCache(doc, res.fonts, font, lang);
      }
      if (t.size !== size) {
        size = t.size;
        doc.fontSize(size);
      }
      if (t.color !== color) {
        color = t.color;
        doc.fillColor(color);
      }
      if (t.embolden && t.color !== stroke) {
        stroke = t.color;
        doc.strokeColor(stroke);
      }
      ids.painted(t.x, t.y - t.size);
      // pdfkit's own text() measures each line twice more (for links and to advance its
      // cursor), and missive places every line itself: paint it directly, with the
      // whitespace text() would have collapsed for word spacing collapsed here.
      /** Whether the line was wrapped in a Span of its own (pdfkit-line.ts). */
      let span = false;
      if (paintable) {
        const text = t.wordSpacing ? t.text.replace(/\s{2,}/g, " ") : t.text;
        const line: Line = {
          text,
          x: t.x,
          y: t.y,
          wordSpacing: t.wordSpacing,
          tracking: t.tracking,
          scale: t.scale ?? 1,
        };
        // Set one by one, not spread from objects made for the purpose: this runs for every
        // line of every letter, and most lines have none of them.
        if (t.rtl) line.rtl = true;
        if (spanned) line.spanned = true;
        if (t.embolden) line.embolden = t.embolden;
        if (t.slant) line.slant = t.slant;
        if (lang) line.lang = lang;
        span = paintLine(
          doc as unknown as PdfkitLineTarget,
          line,
          byGlyphId.get(font) ? res.pdf.lines : undefined,
        );
      } else {
        // A pdfkit without the internals paintLine uses: the public call draws the same thing,
        // a synthetic bold or italic by its own fill-and-stroke and oblique options.
        if (t.embolden) doc.save().lineWidth(t.embolden).lineJoin("round");
        doc.text(t.text.replace(/\u00AD$/, "-"), t.x, t.y, {
          lineBreak: false,
          baseline: "alphabetic",
          wordSpacing: t.wordSpacing,
          characterSpacing: t.tracking,
          horizontalScaling: (t.scale ?? 1) * 100,
          ...(t.embolden ? { fill: true, stroke: true } : {}),
          ...(t.slant ? { oblique: (Math.atan(t.slant) * 180) / Math.PI } : {}),
        });
        if (t.embolden) doc.restore();
      }
      const link = marks.link();
      if (t.href || link?.goTo !== undefined) {
        const options = link
          ? { structParent: link.element, Contents: new String(link.contents ?? t.href) }
          : {};
        const [x, y, w, h] = [t.x, t.y - t.size, t.width, t.size * 1.2];
        if (link?.goTo !== undefined) doc.goTo(x, y, w, h, link.goTo, options);
        else doc.link(x, y, w, h, asciiTarget(t.href as string), options);
      }
      return span;
    },
    image(src, bytes, x, y, width, height) {
      if (isSvgText(bytes)) return placeSvg(bytes, { x, y, width, height });
      // Opened once per name, as pdfkit does for a path, so an image used again is embedded once.
      let image = opened.get(src);
      if (!image) {
        image = doc.openImage(bytes);
        embedAtOnce(image as unknown as PdfkitImage, { src, bytes }, res.pdf.images);
        opened.set(src, image);
      }
      doc.image(image, x, y, { width, height });
    },
    rule(r) {
      doc
        .save()
        .moveTo(r.x, r.y)
        .lineTo(r.x + r.width, r.y)
        .lineWidth(r.thickness)
        .strokeColor(r.color)
        .stroke()
        .restore();
    },
    finish(text) {
      // pdfkit writes the Info dictionary and the XMP from doc.info at end() (its file ID
      // stays the one made from the first): tests/batch/combined-title.test.ts.
      if (text) (doc as unknown as { info: object }).info = documentInfo({ ...info, ...text });
      marks.unmark();
      ids.finish();
      doc.end();
      return done;
    },
  };
}

/**
 * The Info dictionary. Empty entries are left out: PDF/A wants each one in the XMP as well,
 * and pdfkit writes only those that are not empty there.
 */
function documentInfo(info: PdfInfo): Record<string, string | Date> {
  const text: Record<string, string> = {
    Title: documentTitle(info),
    Author: info.author,
    Subject: info.subject,
    Keywords: info.keywords,
    Creator: "missive",
    Producer: "missive (pdfkit)",
  };
  const out: Record<string, string | Date> = { CreationDate: info.created, ModDate: info.created };
  for (const [k, v] of Object.entries(text))
    if (v !== "") out[k] = new XmpText(v) as unknown as string;
  return out;
}

/** The title a viewer shows. PDF/UA wants one: the subject stands in for a letter without one. */
export function documentTitle(info: InfoText): string {
  return info.title || info.subject || "Letter";
}

/**
 * A text pdfkit writes both into the Info dictionary (through valueOf, as is) and into the XMP
 * (through toString, inside XML): escaped there, a title like "Smith & Jones" keeps the XMP
 * well-formed, which PDF/A requires. Pinned by tests/couplings.test.ts.
 */
export class XmpText extends String {
  /**
   * Escaped once: String.prototype methods called on the object (pdfkit's charCodeAt loop)
   * convert it with toString at every call.
   */
  readonly #xml = xmlEscape(this.valueOf());
  override toString(): string {
    return this.#xml;
  }
  /**
   * The text's own code units. Why: pdfkit decides whether Info text is Unicode by reading
   * `charCodeAt` up to `length`, which String.prototype would read from the longer escaped
   * text: a title whose only non-ASCII letters came late (`Smith & Jones – Q3`) was taken for
   * ASCII and written a byte a character, the dash becoming the control byte 0x13.
   */
  override charCodeAt(index: number): number {
    return this.valueOf().charCodeAt(index);
  }
}

/** The XMP claims pdfkit does not write itself (xmp-claims.ts), and the attachments. */
function identify(doc: PDFDocument, info: PdfInfo): void {
  for (const xml of xmpClaims(info.standards, info.created)) doc.appendXML(xml);
  for (const a of info.attachments ?? []) attach(doc, a, info.created);
}

/** An associated file (the catalog's /AF), as PDF/A-3 wants it: typed, dated, described. */
function attach(doc: PDFDocument, a: Attachment, created: Date): void {
  doc.file(a.data, {
    name: a.name,
    type: a.mime,
    description: a.description,
    relationship: "Source",
    creationDate: created,
    modifiedDate: created,
  });
}

/**
 * The open marked-content sequence and the structure element it belongs to. A Link element is
 * ended as soon as its content is: pdfkit records a link annotation's page when the element is
 * written, which must be the page the link is on.
 */
function marking(doc: PDFDocument) {
  let current: (StructNode & { contents?: string; goTo?: string }) | null = null;
  let open = false;
  /** Whether what the page painted last was pagination (running heads, page numbers). */
  let pagination: boolean | null = null;
  /** The part of the page painted last (`mark`). */
  let lastPart: string | undefined;
  const unmark = () => {
    if (open) doc.endMarkedContent();
    if (current?.type === "Link") current.element.end();
    current = null;
    open = false;
  };
  return {
    mark(target: StructNode | Artifact, part?: string) {
      unmark();
      const paging = "artifact" in target && target.artifact === "Pagination";
      if (pagination !== null && paging !== pagination) nextContentStream(doc);
      else if (part !== undefined && lastPart !== undefined && part !== lastPart)
        startPiece((doc as unknown as { page: PageContent }).page.content);
      pagination = paging;
      if (part !== undefined) lastPart = part;
      if ("artifact" in target) doc.markContent("Artifact", { type: target.artifact });
      else {
        target.element.add(doc.markStructureContent(target.type));
        current = target;
      }
      open = true;
    },
    unmark,
    /** A new page: its content starts in one stream. */
    page() {
      unmark();
      pagination = null;
      lastPart = undefined;
    },
    /** The Link element being painted, if it is one. */
    link: () => (current?.type === "Link" ? current : null),
  };
}

/** The part of pdfkit 0.20's document that every piece of the file goes through. */
interface WritingDocument {
  _write(data: Uint8Array | string): void;
  _offset: number;
}

/**
 * Keeps what pdfkit writes in a list, as its `_write` would after making each piece bytes
 * and pushing it through the document's stream. Why: a letter's file is written in a
 * thousand small pieces, each converted a character at a time and pushed through Node's
 * stream machinery, which cost more than compressing the pages; here a string becomes bytes
 * in one native call (latin1 keeps the low byte of each character, as pdfkit does).
 */
function collectBytes(doc: PDFDocument): Uint8Array[] {
  const chunks: Uint8Array[] = [];
  // The header pdfkit wrote on creation, still in the stream's buffer.
  const d = doc as unknown as WritingDocument & { read(): Uint8Array | null };
  for (let c = d.read(); c !== null; c = d.read()) chunks.push(c);
  d._write = (data) => {
    const bytes = data instanceof Uint8Array ? data : Buffer.from(`${data}\n`, "latin1");
    chunks.push(bytes);
    d._offset += bytes.length;
  };
  return chunks;
}

/** The parts of pdfkit 0.20's page that hold its content stream. */
interface PageContent {
  content: { buffer: Uint8Array[]; pieces?: number[]; end(): unknown };
  dictionary: { data: { Contents: unknown } };
}

/**
 * Ends the page's content stream and goes on in a new one (the page's Contents becomes an
 * array, which readers take as one stream). Why: a continuation header names the recipient,
 * so the rest of a merge's later pages is the same from letter to letter only in a stream of
 * its own, which is then compressed once per thread (deflate-memo.ts).
 */
function nextContentStream(doc: PDFDocument): void {
  const page = (doc as unknown as { page: PageContent }).page;
  if (page.content.buffer.length === 0) return;
  const next = (doc as unknown as { ref(): PageContent["content"] }).ref();
  const contents = page.dictionary.data.Contents;
  page.dictionary.data.Contents = Array.isArray(contents) ? [...contents, next] : [contents, next];
  page.content.end();
  page.content = next;
}

/**
 * Points pdfkit's per-document word-shaping cache at the runs layout already shaped in the
 * language `lang` (layout/shaped-runs.ts), and has a word missing there shaped as layout
 * shapes it, in that language: what is measured is what is drawn. Why share: shaping
 * (GSUB/GPOS) was most of the time spent painting.
 */
function shareLayoutCache(doc: PDFDocument, fonts: Fonts, path: string, lang: string): void {
  const current = (doc as unknown as { _font?: SharingFont })._font;
  if (!current) return;
  const cache = fonts.runs.of(path, lang);
  if (current.layoutCache !== cache) current.layoutCache = cache;
  if (current.sharedLang === lang && Object.hasOwn(current, "layoutRun")) return;
  const parsed = fonts.files.load(path);
  const own = Object.getPrototypeOf(current).layoutRun as SharingFont["layoutRun"];
  current.sharedLang = lang;
  // Features asked for (missive asks none) go to pdfkit's own, as before.
  current.layoutRun = (text, features) =>
    features === undefined
      ? fonts.runs.shape(path, parsed, text, lang)
      : own.call(current, text, features);
}

/** The parts of pdfkit 0.20's embedded font that shareLayoutCache sets. */
interface SharingFont {
  layoutCache?: Record<string, unknown>;
  layoutRun(text: string, features?: unknown): unknown;
  /** The language its layoutRun shapes in (missive's own field). */
  sharedLang?: string;
}

// The slice of pdfkit 0.20 that write/pdfkit-adapter.ts uses; @types/pdfkit lags behind 0.20.
declare module "pdfkit" {
  import type { Font } from "fontkit";

  interface PDFDocumentOptions {
    autoFirstPage?: boolean;
    /** Default font; null loads none. */
    font?: string | null;
    size?: [number, number];
    margin?: number;
    compress?: boolean;
    pdfVersion?: string;
    lang?: string;
    displayTitle?: boolean;
    tagged?: boolean;
    subset?: string;
    info?: Record<string, string | Date>;
  }
  interface TextOptions {
    lineBreak?: boolean;
    baseline?: string | number;
    wordSpacing?: number;
    characterSpacing?: number;
    horizontalScaling?: number;
    link?: string;
    /** Width and word count of the text, if known; pdfkit uses them only for links. */
    textWidth?: number;
    wordCount?: number;
    /** Filled and stroked together: text render mode 2. */
    fill?: boolean;
    stroke?: boolean;
    /** Sheared by this many degrees (true: by a quarter). */
    oblique?: boolean | number;
  }
  /** An opened image: its intrinsic size, and the data pdfkit embeds once. */
  export interface PDFImage {
    width: number;
    height: number;
  }
  /** A structure element of a tagged document (`doc.struct`). */
  export class PDFStructureElement {
    add(child: PDFStructureElement | PDFStructureContent): this;
    end(): void;
  }
  /** A marked-content sequence that belongs to a structure element (`markStructureContent`). */
  export class PDFStructureContent {}
  interface StructOptions {
    alt?: string;
    lang?: string;
    title?: string;
    actual?: string;
  }
  interface EmbeddedFileOptions {
    name?: string;
    type?: string;
    description?: string;
    hidden?: boolean;
    creationDate?: Date;
    modifiedDate?: Date;
    relationship?: string;
  }
  class PDFDocument {
    struct(type: string, options?: StructOptions): PDFStructureElement;
    addStructure(el: PDFStructureElement): this;
    markContent(tag: string, options?: { type?: string } | null): this;
    markStructureContent(tag: string): PDFStructureContent;
    endMarkedContent(): this;
    appendXML(xml: string): void;
    file(src: Uint8Array, options?: EmbeddedFileOptions): unknown;
    constructor(options?: PDFDocumentOptions);
    addPage(options?: { size?: [number, number]; margin?: number }): this;
    registerFont(name: string, src: Font | Uint8Array | string): this;
    font(name: string): this;
    fontSize(size: number): this;
    fillColor(color: string): this;
    text(text: string, x: number, y: number, options?: TextOptions): this;
    /** Reads an image once; the object it returns can be painted many times. */
    openImage(src: string | Uint8Array): PDFImage;
    image(
      src: string | Uint8Array | PDFImage,
      x: number,
      y: number,
      options?: { width?: number; height?: number },
    ): this;
    save(): this;
    restore(): this;
    moveTo(x: number, y: number): this;
    lineTo(x: number, y: number): this;
    lineWidth(w: number): this;
    lineJoin(join: "miter" | "round" | "bevel"): this;
    strokeColor(color: string): this;
    stroke(): this;
    link(
      x: number,
      y: number,
      w: number,
      h: number,
      url: string,
      options?: { structParent?: PDFStructureElement; Contents?: unknown },
    ): this;
    /** A link to the named destination `name`. */
    goTo(
      x: number,
      y: number,
      w: number,
      h: number,
      name: string,
      options?: { structParent?: PDFStructureElement; Contents?: unknown },
    ): this;
    /** A named destination on the current page (`"XYZ", x, top, zoom`, top from the top). */
    addNamedDestination(name: string, fit: "XYZ", x: number, y: number, zoom: null): void;
    on(event: "data", fn: (chunk: Uint8Array) => void): this;
    on(event: "end", fn: () => void): this;
    on(event: "error", fn: (e: Error) => void): this;
    end(): void;
  }
  export default PDFDocument;
}

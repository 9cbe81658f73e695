import type { Font } from "fontkit";
import type { FontFamily } from "../model/style.js";
import { loadFont } from "./font-file.js";

/** One face of a family, ready for measuring. */
export interface Face {
  /** Font file path; also the key the PDF writer registers the font under. */
  path: string;
  font: Font;
  /** Read once: fontkit's getter looks the `head` table up on every call. */
  unitsPerEm: number;
  widths: Map<string, number>;
}

const faces = new Map<string, Face>();

function faceFor(path: string): Face {
  let f = faces.get(path);
  if (!f) {
    const font = loadFont(path);
    f = { path, font, unitsPerEm: font.unitsPerEm, widths: new Map() };
    faces.set(path, f);
  }
  return f;
}

/** Picks faces by family and weight/slant, measures text, and finds a face that can draw a character. */
export class FontBook {
  constructor(
    private readonly families: Record<string, FontFamily>,
    private readonly fallbacks: string[],
  ) {}

  face(family: string, bold: boolean, italic: boolean): Face {
    const fam = this.families[family] ?? Object.values(this.families)[0];
    if (!fam) throw new Error("a pack without fonts passed validation");
    const path =
      (bold && italic ? fam.boldItalic : undefined) ??
      (bold ? fam.bold : undefined) ??
      (italic ? fam.italic : undefined) ??
      fam.regular;
    return faceFor(path);
  }

  /** The faces tried for a character: the style's own, then each fallback family in order. */
  chain(family: string, bold: boolean, italic: boolean): Face[] {
    const own = this.face(family, bold, italic);
    return [
      own,
      ...this.fallbacks
        .filter((f) => f !== family && this.families[f])
        .map((f) => this.face(f, bold, italic)),
    ];
  }
}

/** Advance width of `text` at `size` points, with kerning and ligatures as pdfkit draws them. */
export function measure(face: Face, text: string, size: number): number {
  let units = face.widths.get(text);
  if (units === undefined) {
    units = face.font.layout(text).advanceWidth;
    face.widths.set(text, units);
  }
  return (units * size) / face.unitsPerEm;
}

export function covers(face: Face, ch: string): boolean {
  return face.font.hasGlyphForCodePoint(ch.codePointAt(0) ?? 0);
}

import { readFileSync } from "node:fs";
import { create, type Font } from "fontkit";
import { fail } from "../errors.js";

const fonts = new Map<string, Font>();

/**
 * Parses a font file once per process. Why: parsing (cmap, GPOS kerning) dominated render time
 * in batch runs; pdfkit 0.20 accepts a parsed fontkit font, so layout and writer share one.
 */
export function loadFont(path: string): Font {
  const hit = fonts.get(path);
  if (hit) return hit;
  let font: Font;
  try {
    font = create(readFileSync(path));
  } catch (e) {
    throw fail("font", `not a usable font file (${(e as Error).message})`, { file: path }, [
      "use a TrueType (.ttf) or OpenType (.otf) file",
    ]);
  }
  if (typeof font?.layout !== "function")
    throw fail("font", `${path} is a font collection; name one font file`, { file: path });
  fonts.set(path, font);
  return font;
}

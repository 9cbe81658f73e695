import { readFileSync, statSync } from "node:fs";
import { create, type Font } from "fontkit";
import { fail } from "../errors.js";

interface Parsed {
  font: Font;
  /** What the file looked like when parsed, to notice a changed file (see dropChangedFonts). */
  stamp: string;
}

const fonts = new Map<string, Parsed>();

/**
 * Parses a font file once per process. Why: parsing (cmap, GPOS kerning) dominated render time
 * in batch runs; pdfkit 0.20 accepts a parsed fontkit font, so layout and writer share one.
 */
export function loadFont(path: string): Font {
  const hit = fonts.get(path);
  if (hit) return hit.font;
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
  fonts.set(path, { font, stamp: stampOf(path) });
  return font;
}

/**
 * Forgets every font whose file changed or vanished since it was parsed, and returns their
 * paths. Why: a process started from a startup snapshot holds fonts parsed when it was built.
 */
export function dropChangedFonts(): string[] {
  const changed = [...fonts].filter(([path, p]) => stampOf(path) !== p.stamp).map(([p]) => p);
  for (const path of changed) fonts.delete(path);
  return changed;
}

function stampOf(path: string): string {
  const s = statSync(path, { throwIfNoEntry: false });
  return s ? `${s.size}:${s.mtimeMs}:${s.ino}` : "gone";
}

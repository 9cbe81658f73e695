import {
  blockDirection,
  type Direction,
  firstStrongIsNot,
  hasRightToLeft,
  paragraphDirection,
  strongAt,
} from "../model/direction.js";
import type { LetterDoc, Run } from "../model/letter-doc.js";

const RLM = "\u200F";
const LRM = "\u200E";

/**
 * The wrapped lines of one line (`text`) of a block (`block`, its lines of runs), each with
 * a mark before it (U+200F or U+200E) where a plain-text viewer would set it the other way
 * than the PDF does. Why: a viewer takes each line's direction from its first strong letter,
 * so a Hebrew sentence that starts with "Microsoft" would run left to right, its words read
 * from the wrong end; the mark is invisible and takes no column.
 */
export function withDirectionMarks(
  wrapped: string[],
  block: readonly (readonly Run[])[],
  text: string,
  doc: LetterDoc,
): string[] {
  const letter = doc.dir ?? "ltr";
  if (letter === "ltr" && !hasRightToLeft(text)) return wrapped;
  const way = paragraphDirection(text, blockDirection(block, doc.lang, letter));
  const mark = way === "rtl" ? RLM : LRM;
  return wrapped.map((l) => (firstStrongIsNot(l, way) ? mark + l : l));
}

/**
 * A row of cells side by side (a table's, `<fields>`', `<columns>`', a signature grid's), in
 * the order they are read, joined by `gap`, so that a plain-text viewer sets it running
 * `way`, its first cell where the PDF has it (on the right, in a block written right to
 * left). Why marks: a viewer takes the line's direction from its first strong letter, and
 * runs two neighbouring cells written the other way ("Visa  2025", "שלום  123" in an English
 * table) together as one run, which reverses their order; a mark of `way` before the line,
 * and before a cell that would join the one before it, keeps each in place. A row with no
 * right-to-left letter in a block written left to right, or with text in its first cell only,
 * is as it was: a Latin letter's text is byte for byte the same.
 */
export function markedRow(cells: readonly string[], gap: string, way: Direction): string {
  const plain = cells.join(gap);
  // A row of one cell is a line as a paragraph's, and marked as one is (withDirectionMarks).
  if (cells.slice(1).every((c) => c.trim() === "")) return plain;
  if (way === "ltr" && !hasRightToLeft(plain)) return plain;
  const mark = way === "rtl" ? RLM : LRM;
  let line = firstStrongIsNot(plain, way) ? mark : "";
  cells.forEach((cell, i) => {
    if (i > 0) line += gap;
    const joins =
      i > 0 && cell.trim() !== "" && strongAt(cell, false) !== way && strongAt(line, true) !== way;
    line += (joins ? mark : "") + cell;
  });
  return line;
}

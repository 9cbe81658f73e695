import {
  blockDirection,
  firstStrongIsNot,
  hasRightToLeft,
  paragraphDirection,
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

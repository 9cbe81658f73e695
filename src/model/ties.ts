/**
 * The two ties the typography pass puts between words and the layout reads: one stage writes
 * them into the runs' text, the other turns them into items (layout/paragraph-items.ts).
 */

/** A no-break space: no line breaks there, as TeX's `~`. */
export const TIE = "\u00a0";

/**
 * A tie a justified line may still break at, at a high cost, when keeping it would leave a
 * line very loose: between a day and its month ("February 5"). Why not the no-break space:
 * a date broken once in a while reads better than a line of gaping spaces, and no date is
 * worth that. A noncharacter (U+FDD0, kept by Unicode for a program's own use), so no text a
 * letter brings means it; the text output writes it as the no-break space.
 */
export const SOFT_TIE = "\ufdd0";

/**
 * A tie a justified line may break at in its loosest passes, at a cost above a space's: after
 * a telephone number's area code ("(19)" / "2116-0555", "04" / "72 61 60 60"), which reads
 * whole, but less so than a gaping line. A noncharacter as SOFT_TIE is.
 */
export const AREA_TIE = "\ufdd1";

/**
 * A tie only a paragraph that cannot be justified otherwise may break at: between a number
 * and the word that says what it counts ("No 5", "Seite 3", "p. 12", "10 kg", "EUR 40"),
 * which read as one word, so parting them costs about as much as the loosest line a pass
 * allows. A noncharacter as SOFT_TIE is.
 */
export const LABEL_TIE = "\ufdd2";

/** Which ties a pass may break at: those after an area code, or those too after a label. */
export type TieReach = "area" | "label";

/** The ties the typography writes as noncharacters: each a no-break space outside justified text. */
const NONCHARACTER_TIES = /[\ufdd0-\ufdd2]/gu;

/** Text with each of its ties as the no-break space it is where no line is justified. */
export function typedTies(text: string): string {
  return text.replace(NONCHARACTER_TIES, TIE);
}

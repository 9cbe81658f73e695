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

/** The file formats a letter is written in. */
export type Format = "pdf" | "txt";

/**
 * Every option that changes a letter's bytes, as one plain object: the CLI builds it, the
 * pipeline reads it, a merge sends it to its workers unchanged and hashes it whole into each
 * record's input hash (batch/input-hash.ts). Why one object: an option added here enters
 * `--skip-unchanged` by construction, where a list kept beside it could forget one and reuse a
 * stale letter. Every key is required (null where unset), so LETTER_DEFAULTS names them all and
 * the test that each one changes the hash enumerates them from it.
 */
export interface LetterOptions {
  /** Pack name or path; overrides the data's `template:`. null: the data's. */
  template: string | null;
  /** --root: files named in the data may lie in this folder. null: the data file's folder. */
  root: string | null;
  formats: Format[];
  /** Text output width in columns. */
  textWidth: number;
  /**
   * The creation date written into the PDF, in ms since 1970, when one was chosen
   * (SOURCE_DATE_EPOCH, --creation-date). null: the moment of the render, which differs on
   * every run and so is not an input.
   */
  creationDate: number | null;
}

export const LETTER_DEFAULTS: Readonly<LetterOptions> = Object.freeze<LetterOptions>({
  template: null,
  root: null,
  formats: ["pdf", "txt"],
  textWidth: 72,
  creationDate: null,
});

/** Options from the defaults and what is given; a list of their own, never the defaults'. */
export function letterOptions(given: Partial<LetterOptions> = {}): LetterOptions {
  return { ...LETTER_DEFAULTS, formats: [...LETTER_DEFAULTS.formats], ...given };
}

/**
 * The options' canonical text: every key in LETTER_DEFAULTS' order, whatever order the object
 * was built in, so equal options always hash the same.
 */
export function letterOptionsText(o: LetterOptions): string {
  return JSON.stringify(Object.keys(LETTER_DEFAULTS).map((k) => [k, o[k as keyof LetterOptions]]));
}

/** The date a letter is created: the chosen one, else `now`. */
export function createdOf(o: LetterOptions, now: Date = new Date()): Date {
  return o.creationDate === null ? now : new Date(o.creationDate);
}

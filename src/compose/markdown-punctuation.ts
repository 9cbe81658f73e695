/**
 * The characters CommonMark lets a backslash escape: every ASCII punctuation mark, as the
 * inside of a regular expression's character class. One place for both directions: a record's
 * value escaped to read back as itself (batch/markdown-literal.ts), an image's size read
 * through its escapes (markdown-image.ts).
 */
export const ESCAPABLE = "!-/:-@[-`{-~";

/**
 * A font's PostScript name as a PDF name may hold it (BaseFont, FontName): printable ASCII
 * without spaces or the delimiters `()<>[]{}/%` (and `#`, which starts an escape), each other
 * character `_`, at most 63 characters, as PostScript names are. Why: pdfkit writes a name as
 * it is given, and a pack's font (from a pull request) says what it likes in its name table:
 * `Evil/Subtype/Type3>>…` ended the font's dictionary and wrote keys and objects of its own
 * into the letter's PDF. A well-made font's name (`SourceSerif4-Regular`) is kept as it is.
 */
export function pdfFontName(postscriptName: string): string {
  return postscriptName.replace(/[^\x21-\x7e]|[()<>[\]{}/%#]/g, "_").slice(0, 63);
}

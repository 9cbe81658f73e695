import { DOI_PREFIX } from "./doi.js";

/**
 * Where a word may break with no hyphen added: after a hyphen, a dash or a slash it has; in a
 * web or e-mail address, after a slash and before a hyphen or a dot. Outside addresses, never
 * at a mark that touches a digit ("20520-0099", "1990–2000", "1/2"), nor in a code of capitals
 * and digits ("MP-DME-031"). One rule for the PDF's lines (layout/paragraph-items.ts) and the
 * text output (write/display-width.ts), so both break a long word in the same places.
 */
const BREAKS = "\\-\\u2010\\u2013\\u2014/";

/**
 * After a break character, not inside "//" or "--", nor beside a digit, nor where it would
 * leave a single letter ("e-" / "mail", "X-" / "ray", "(USMEP-" / "W)", "km/" / "h"): two
 * letters at least on each side.
 */
const AFTER_BREAK = new RegExp(
  `(?<=\\p{L}\\p{L}[${BREAKS}]+)(?<!\\d[${BREAKS}])(?![${BREAKS}\\d])(?=\\p{L}\\p{L})`,
  "u",
);

/**
 * A code: a word with a digit whose letters are all capitals ("MP-DME-031", "DR/PC/24-1187",
 * "ISO/IEC-27001"), a policy's, a form's or a file's number. A reader copies it as one, so it
 * never breaks where a hyphen or slash it has would read as the end of a word ("MP-" / "DME-031").
 */
const CODE = /^(?=[\s\S]*\p{N})(?:\p{Lu}|\P{L})+$/u;

/**
 * An @, a scheme, www. or a domain with a path: e-mail addresses and web addresses, also as
 * public bodies print them without a scheme ("gov.uk/council-tax", "ico.org.uk/complaints").
 * The domain's last label is two letters or more before its slash, so "i.e./" and "U.S./" are
 * not addresses. A DOI ("10.1000/xyz-123", "doi:10.1038/nphys1170") is one too: a reader
 * types it or resolves it, as an address (model/doi.ts).
 */
const ADDRESS = new RegExp(
  String.raw`@|:\/\/|^\(?www\.|^\(?(?:[\p{L}\p{N}-]+\.)+\p{L}{2,}\/|^\(?(?:doi:)?${DOI_PREFIX}`,
  "iu",
);

/** Whether a word is a web or e-mail address: broken only where addresses break, never hyphenated. */
export function isAddress(word: string): boolean {
  return ADDRESS.test(word);
}

/**
 * In an address: after a slash, and before a hyphen or a dot, where a hyphen starts the next
 * line (as the Chicago Manual says), since one ending a line could be a hyphen added to break
 * it. In its query, before a "?", "&" or "#" and after an "=", as the Manual breaks them too:
 * a query ("?format=gtfs&include=stops,routes") has no slash, and was broken where it
 * overflowed, with a warning; each only before two letters or digits at least, so a question
 * mark after an address ("www.example.org?") stays on its line. Not before a dot after fewer
 * than three characters ("m.lindqvist@": they would stand alone), nor before one that leaves
 * fewer than three letters or digits to the address's end (".il)", ".de"), nor beside a digit
 * ("v2.5"). Its slashes and hyphens break beside digits too: an address's "/2024/" or "-2024"
 * is no number a reader would misread broken.
 */
const ADDRESS_BREAK = new RegExp(
  [
    String.raw`(?<=\/)(?!\/)`,
    "(?<![-/])(?=-(?!-))",
    String.raw`(?<![?&#=/])(?=[?&#][\p{L}\p{N}_%]{2})`,
    String.raw`(?<==)(?=[\p{L}\p{N}_%]{2})`,
    String.raw`(?<=(?:^|[-\u2010\u2013\u2014/.])[^-\u2010\u2013\u2014/.]{3,})(?<!\d)(?=\.[^\d.])(?=(?:[^\p{L}\p{N}]*[\p{L}\p{N}]){3})`,
  ].join("|"),
  "u",
);

/**
 * The longest word looked into for such places. Why: the patterns look back over a run of
 * hyphens or an address's label from each character, in time growing with the square of it
 * (a word of 300,000 characters took minutes); a longer word is broken where it must, as
 * any word wider than the line is.
 */
const MAX_PIECED_WORD = 2_000;

/** A word's pieces between the places it may break with no hyphen added. */
export function breakPieces(word: string, address = isAddress(word)): string[] {
  if (word.length > MAX_PIECED_WORD || (!address && CODE.test(word))) return [word];
  return word.split(address ? ADDRESS_BREAK : AFTER_BREAK);
}

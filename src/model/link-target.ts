/** Link targets a letter may carry without asking: the web, e-mail and telephone. */
export const DEFAULT_LINK_SCHEMES = ["http", "https", "mailto", "tel"];

/**
 * Why a link target cannot go into the PDF, or undefined when it can. Why an allow list:
 * `javascript:`, `vbscript:`, `file:` and `data:` targets run code or open local files in some
 * PDF readers, and a target without a scheme (`www.example.com`) is a broken link. White space
 * and control characters, which readers skip inside a scheme, are skipped here too.
 */
export function refusedLink(href: string, allowed: readonly string[]): string | undefined {
  const long = linkTooLong(href);
  if (long !== undefined) return long;
  const invisible = invisibleInLink(href);
  if (invisible !== undefined) return invisible;
  const scheme = schemeOf(href);
  if (scheme === undefined) return `link target ${href} has no scheme (such as https:)`;
  const lower = scheme.toLowerCase();
  if (NEVER_SCHEMES.includes(lower) && allowed.includes(lower))
    return `link target ${href} uses the scheme ${scheme}:, which no letter may link to, though linkSchemes lists it`;
  if (allowed.includes(lower)) return undefined;
  return `link target ${href} uses the scheme ${scheme}:, which letters may not link to`;
}

/** What to do about a link target refusedLink refused. */
export function refusedLinkHint(href: string, allowed: readonly string[]): string {
  if (linkTooLong(href) !== undefined) return LONG_LINK_HINT;
  if (invisibleInLink(href) !== undefined) return INVISIBLE_LINK_HINT;
  const usable = allowed.filter((s) => !NEVER_SCHEMES.includes(s));
  const scheme = schemeOf(href)?.toLowerCase();
  if (scheme !== undefined && NEVER_SCHEMES.includes(scheme) && allowed.includes(scheme))
    return `take ${scheme} out of linkSchemes; links may use ${usable.join(", ")}`;
  return `links may use ${usable.join(", ")}; a pack or a letter allows more with linkSchemes: [ftp]`;
}

/**
 * Schemes no `linkSchemes` allows. Why: their targets run code or open local files in some
 * PDF readers, and the lists come from data too: a letter from a pull request, or a records
 * file's `linkSchemes.0` column beside a `body` column, would otherwise put such a link in a
 * letter that is sent out.
 */
const NEVER_SCHEMES: readonly string[] = ["javascript", "vbscript", "file", "data"];

/** A link target's scheme as readers take it: white space and control characters skipped. */
export function schemeOf(href: string): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: readers ignore them in a scheme
  return /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\u0000-\u0020]/g, ""))?.[1];
}

/**
 * The scheme a Markdown link's target hides behind character references (`&#106;avascript:`,
 * `java&Tab;script:`), or undefined when it writes its scheme as it is read. Why refuse such a
 * target at the data: what the data says and what the link does should look the same, and the
 * markup's check of the scheme could not find such a link in the data, so it blamed the pack.
 */
export function hiddenScheme(written: string, read: string): string | undefined {
  const scheme = schemeOf(read);
  return scheme !== undefined && scheme !== schemeOf(written) ? scheme : undefined;
}

/**
 * The longest link target a letter may have (as long as web addresses are kept to). Why a
 * limit: the PDF gives each line a link runs over an annotation with the whole target, so
 * an address of 300,000 characters, wrapped to 4,000 lines, would write each of its lines
 * the whole address again: a gigabyte.
 */
export const MAX_LINK_CHARS = 2_048;

/** Why a link target is too long for a letter, or undefined. */
export function linkTooLong(href: string): string | undefined {
  if (href.length <= MAX_LINK_CHARS) return undefined;
  return `link target ${href} is ${href.length.toLocaleString("en")} characters long; a link may have at most ${MAX_LINK_CHARS.toLocaleString("en")}`;
}

/** What to do about a link target that is too long. */
export const LONG_LINK_HINT =
  "shorten the address; a web or e-mail address in a letter's text becomes a link, unless written in backticks (`…`)";

/**
 * Why a link target holding an invisible character (a format character: a bidirectional
 * override, a zero-width space, a soft hyphen; or a line or paragraph separator) cannot go
 * into the PDF, or undefined. Why refuse one: `https://example.com/\u202Egpj.exe` shows as
 * ending `exe.jpg` where a reader shows the target, the address reading otherwise than where
 * it leads.
 */
export function invisibleInLink(href: string): string | undefined {
  const ch = /[\p{Cf}\u2028\u2029]/u.exec(href)?.[0];
  if (ch === undefined) return undefined;
  const code = (ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0");
  return `link target ${href} holds the invisible character U+${code}, so it does not read as where it leads`;
}

/** What to do about a link target holding an invisible character. */
export const INVISIBLE_LINK_HINT =
  "type the address again, or copy it from the browser's address bar";

/**
 * A link target as a PDF holds it, in 7-bit ASCII as PDF 32000 12.6.4.7 asks: each other
 * character (a space, `ü`, a CJK path) percent-encoded as its UTF-8 bytes, as browsers do;
 * what is ASCII already, `%` escapes too, is kept. Why: pdfkit wrote such a target as UTF-16,
 * which readers take differently, some not at all.
 */
export function asciiTarget(href: string): string {
  return href.replace(/[^\x21-\x7e]+/g, (run) =>
    [...new TextEncoder().encode(run)]
      .map((b) => `%${b.toString(16).toUpperCase().padStart(2, "0")}`)
      .join(""),
  );
}

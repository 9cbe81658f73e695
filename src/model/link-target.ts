/** Link targets a letter may carry without asking: the web, e-mail and telephone. */
export const DEFAULT_LINK_SCHEMES = ["http", "https", "mailto", "tel"];

/**
 * Why a link target cannot go into the PDF, or undefined when it can. Why an allow list:
 * `javascript:`, `vbscript:`, `file:` and `data:` targets run code or open local files in some
 * PDF readers, and a target without a scheme (`www.example.com`) is a broken link. White space
 * and control characters, which readers skip inside a scheme, are skipped here too.
 */
export function refusedLink(href: string, allowed: readonly string[]): string | undefined {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: readers ignore them in a scheme
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href.replace(/[\u0000-\u0020]/g, ""))?.[1];
  if (scheme === undefined) return `link target ${href} has no scheme (such as https:)`;
  if (allowed.includes(scheme.toLowerCase())) return undefined;
  return `link target ${href} uses the scheme ${scheme}:, which letters may not link to`;
}

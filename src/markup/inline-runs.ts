import type { Run } from "../model/letter-doc.js";
import { refusedLink } from "../model/link-target.js";
import type { XmlElement } from "./xml-tree.js";

interface Format {
  bold?: boolean;
  italic?: boolean;
  href?: string;
  lang?: string;
  code?: boolean;
}

/** Raised for an inline element the markup does not know; to-model adds the location. */
export class UnknownInline extends Error {
  constructor(readonly el: XmlElement) {
    super(`<${el.name}> is not allowed here`);
  }
}

/** Raised for a `lang` attribute that is not a language tag; to-model adds the location. */
export class BadLang extends Error {
  constructor(
    readonly el: XmlElement,
    readonly tag: string,
  ) {
    super(`lang="${tag}" is not a language tag`);
  }
}

/** Raised for a link target whose scheme is not allowed; to-model adds the location. */
export class RefusedLink extends Error {
  constructor(
    readonly el: XmlElement,
    message: string,
    readonly href: string,
  ) {
    super(message);
  }
}

/**
 * Flattens mixed content into hard lines of runs, collapsing white space like HTML.
 * `<br/>` starts a new line; `<page/>` and `<pages/>` become fields filled after pagination.
 * A `lang` attribute (on `el` or an inline element) marks the language of the runs inside.
 */
export function inlineLines(el: XmlElement, linkSchemes: readonly string[]): Run[][] {
  const lines: Run[][] = [[]];
  const push = (run: Run) => lines[lines.length - 1]?.push(run);
  const visit = (node: XmlElement, outer: Format) => {
    for (const c of node.children) {
      if (typeof c === "string") {
        if (c) push({ ...outer, text: c.replace(/\s+/g, " ") });
        continue;
      }
      const fmt = c.attrs.lang !== undefined ? { ...outer, lang: languageTag(c) } : outer;
      switch (c.name) {
        case "b":
          visit(c, { ...fmt, bold: true });
          break;
        case "i":
          visit(c, { ...fmt, italic: true });
          break;
        case "a": {
          const href = c.attrs.href;
          const refused = href === undefined ? undefined : refusedLink(href, linkSchemes);
          if (refused !== undefined) throw new RefusedLink(c, refused, href ?? "");
          visit(c, { ...fmt, href });
          break;
        }
        case "span":
          visit(c, fmt);
          break;
        case "code":
          visit(c, { ...fmt, code: true });
          break;
        case "br":
          lines.push([]);
          break;
        case "page":
        case "pages":
          push({ ...fmt, text: "", field: c.name });
          break;
        default:
          throw new UnknownInline(c);
      }
    }
  };
  visit(el, el.attrs.lang !== undefined ? { lang: languageTag(el) } : {});
  return lines.map(tidy);
}

/** Trims the ends, removes doubled spaces across runs, and merges runs with the same format. */
function tidy(runs: Run[]): Run[] {
  const out: Run[] = [];
  let lastSpace = true;
  for (const r of runs) {
    let text = r.text;
    if (lastSpace) text = text.replace(/^ /, "");
    if (text === "" && !r.field) continue;
    if (text) lastSpace = text.endsWith(" ");
    else lastSpace = false;
    const prev = out[out.length - 1];
    if (
      prev &&
      !prev.field &&
      !r.field &&
      prev.bold === r.bold &&
      prev.italic === r.italic &&
      prev.href === r.href &&
      prev.lang === r.lang &&
      prev.code === r.code
    )
      prev.text += text;
    else out.push({ ...r, text });
  }
  const last = out[out.length - 1];
  if (last && !last.field) {
    last.text = last.text.replace(/ $/, "");
    if (last.text === "") out.pop();
  }
  return out.map(
    (r) =>
      Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as unknown as Run,
  );
}

/** The element's `lang`, checked: a tag that is not one would pick no hyphenation or quotes. */
function languageTag(el: XmlElement): string {
  const tag = el.attrs.lang ?? "";
  try {
    if (Intl.getCanonicalLocales(tag).length === 1) return tag;
  } catch {
    // not a tag: reported below
  }
  throw new BadLang(el, tag);
}

import { canonicalTag, isLanguageTag, MAX_LANGUAGE_TAG, tooLongTag } from "../load/check-lang.js";
import type { Run } from "../model/letter-doc.js";
import { refusedLink } from "../model/link-target.js";
import { separatedLines } from "./line-separator.js";
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
    super(
      tag.length > MAX_LANGUAGE_TAG
        ? `lang: ${tooLongTag(tag)}`
        : `lang="${tag}" is not a language tag`,
    );
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
 * `<br/>`, U+2028 and U+2029 start a new line; `<page/>` and `<pages/>` become fields filled after pagination;
 * `<note>` becomes its reference mark, from `onNote` (which keeps the note's text).
 * A `lang` attribute (on `el` or an inline element) marks the language of the runs inside.
 */
export function inlineLines(
  el: XmlElement,
  linkSchemes: readonly string[],
  onNote?: (note: XmlElement) => string,
): Run[][] {
  const lines: Run[][] = [[]];
  const push = (run: Run) => lines[lines.length - 1]?.push(run);
  const visit = (node: XmlElement, outer: Format) => {
    for (const c of node.children) {
      if (typeof c === "string") {
        // Data's own line breaks arrive as U+2028 (see xmlEscapeLines); split before collapsing.
        for (const [i, part] of separatedLines(c).entries()) {
          if (i > 0) lines.push([]);
          // XML's white space only: a no-break or narrow space the writer typed is kept.
          if (part) push({ ...outer, text: collapseSpace(part) });
        }
        continue;
      }
      const fmt = c.attrs.lang !== undefined ? { ...outer, lang: languageTag(c) } : outer;
      switch (c.name) {
        case "b":
        case "run-in":
          visit(c, { ...fmt, bold: true });
          break;
        case "note":
          if (!onNote) throw new UnknownInline(c);
          push({ ...fmt, text: onNote(c), note: true });
          break;
        case "i":
          visit(c, { ...fmt, italic: true });
          break;
        case "a": {
          const href = c.attrs.href;
          const refused = href === undefined ? undefined : refusedLink(href, linkSchemes);
          if (refused !== undefined) throw new RefusedLink(c, refused, href ?? "");
          visit(c, { ...fmt, href });
          // On paper a link must say where it goes: its address follows unless the text is it,
          // kept as written (as code is), for the reader to type.
          if (href && !showsAddress(textOf(c), href))
            push({ ...fmt, href, code: true, text: ` (${href.replace(/^mailto:/i, "")})` });
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

/** Whether a link's text already is its address (give or take scheme and a final slash). */
function showsAddress(text: string, href: string): boolean {
  const bare = (s: string) =>
    s
      .trim()
      .toLowerCase()
      .replace(/^(?:https?:\/\/|mailto:)/, "")
      .replace(/^www\./, "")
      .replace(/\/$/, "");
  return bare(text) === bare(href);
}

function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === "string" ? c : textOf(c))).join("");
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
      !prev.note &&
      !r.note &&
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

/**
 * The element's `lang`, checked (a tag that is not one would pick no hyphenation or quotes)
 * and as Intl writes it (`iw` as `he`: canonicalTag).
 */
export function languageTag(el: XmlElement): string {
  const tag = el.attrs.lang ?? "";
  if (isLanguageTag(tag)) return canonicalTag(tag);
  throw new BadLang(el, tag);
}

/**
 * XML's white space collapsed to single spaces; text that has none to collapse is kept. A line
 * break between two Chinese or Japanese characters goes altogether, as CSS's segment break
 * rules and pandoc's east_asian_line_breaks remove it: a paragraph typed over several lines
 * ("従来機と⏎比べて") had a space at each. Not between Hangul, which is written with spaces.
 */
function collapseSpace(text: string): string {
  if (!/[\t\n\r]| {2}/.test(text)) return text;
  return text.replace(/[ \t\n\r]+/g, (space, at: number) =>
    /[\n\r]/.test(space) &&
    WIDE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) &&
    WIDE_AFTER.test(text.slice(at + space.length, at + space.length + 2))
      ? ""
      : " ",
  );
}

/**
 * Han, kana, and CJK punctuation and full-width forms (two UTF-16 units hold one of them). The
 * kana blocks whole: their "・" and "ー" are of no script of their own (Common).
 */
const WIDE =
  "[\\p{Script=Han}\\p{Script=Hiragana}\\p{Script=Katakana}\\u3000-\\u30ff\\u31f0-\\u31ff\\uff01-\\uffee]";
const WIDE_BEFORE = new RegExp(`${WIDE}$`, "u");
const WIDE_AFTER = new RegExp(`^${WIDE}`, "u");

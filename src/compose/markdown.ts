import { Lexer, type Token, type Tokens } from "marked";
import { fail, type Location } from "../errors.js";
import { isLangSpan, LANG_SPAN_EXTENSIONS } from "./lang-span.js";
import { plainProse } from "./plain-prose.js";
import { xmlEscape } from "./xml-escape.js";

/**
 * Turns the Markdown of a letter body into body markup (`<p>`, `<list>`, `<b>`, `<i>`, `<a>`,
 * and `<span lang>` for `[text]{lang=de}`).
 * Why a real Markdown lexer: users paste text with emphasis, lists and links, and expect
 * CommonMark behaviour; everything that is not markup is escaped, so data cannot inject elements.
 */
/** Where a piece of the Markdown source is, for errors. */
export type Locator = (source: string) => Location;

export function markdownToMarkup(md: string, where: Locator): string {
  return plainProse(md) ?? lexedMarkdownToMarkup(md, where);
}

/** markdownToMarkup through the lexer always (plain-prose.ts is held to it). */
export function lexedMarkdownToMarkup(md: string, where: Locator): string {
  const tokens = new Lexer({ gfm: true, breaks: false, extensions: LANG_SPAN_EXTENSIONS }).lex(md);
  return tokens.map((t) => block(t, where)).join("");
}

function block(t: Token, where: Locator): string {
  switch (t.type) {
    case "space":
      return "";
    case "paragraph":
      return `<p>${inlines((t as Tokens.Paragraph).tokens, where)}</p>`;
    case "list": {
      const list = t as Tokens.List;
      const items = list.items
        .map((it) => `<item>${inlines(flattenItem(it, where), where)}</item>`)
        .join("");
      const start =
        list.ordered && list.start !== "" && list.start !== 1 ? ` start="${list.start}"` : "";
      return `<list${list.ordered ? ' ordered="true"' : ""}${start}>${items}</list>`;
    }
    case "html":
    case "text":
      return `<p>${xmlEscape(t.raw.trim())}</p>`;
    default:
      throw fail(
        "data",
        `Markdown ${t.type} is not supported in a letter body`,
        where(firstLine(t.raw)),
        ["use paragraphs, **bold**, *italic*, [links](https://…) and lists"],
      );
  }
}

/** A list item holds block tokens (a `text` block with inline tokens); lists are one level deep. */
function flattenItem(item: Tokens.ListItem, where: Locator): Token[] {
  const out: Token[] = [];
  for (const t of item.tokens) {
    if (t.type === "list") {
      throw fail(
        "data",
        "nested lists are not supported in a letter body",
        where(firstLine(t.raw)),
        ["use one level of list items"],
      );
    }
    if (t.type === "text" && "tokens" in t && t.tokens) out.push(...t.tokens);
    else if (t.type === "paragraph") out.push(...(t as Tokens.Paragraph).tokens);
    else if (t.type === "space") continue;
    else out.push(t);
  }
  return out;
}

function inlines(tokens: Token[] | undefined, where: Locator): string {
  return (tokens ?? []).map((t) => inline(t, where)).join("");
}

function inline(t: Token, where: Locator): string {
  if (isLangSpan(t)) return `<span lang="${xmlEscape(t.lang)}">${inlines(t.tokens, where)}</span>`;
  switch (t.type) {
    case "text":
      return "tokens" in t && t.tokens
        ? inlines(t.tokens, where)
        : xmlEscape((t as Tokens.Text).text);
    case "codespan":
      return `<code>${xmlEscape((t as Tokens.Codespan).text)}</code>`;
    case "escape":
    case "html":
      return xmlEscape("text" in t ? String(t.text) : t.raw);
    case "strong":
      return `<b>${inlines((t as Tokens.Strong).tokens, where)}</b>`;
    case "em":
      return `<i>${inlines((t as Tokens.Em).tokens, where)}</i>`;
    case "link": {
      const l = t as Tokens.Link;
      return `<a href="${xmlEscape(l.href)}">${inlines(l.tokens, where)}</a>`;
    }
    case "br":
      return "<br/>";
    case "del":
      return inlines((t as Tokens.Del).tokens, where);
    default:
      throw fail(
        "data",
        `Markdown ${t.type} is not supported in a letter body`,
        where(firstLine(t.raw)),
        ["use paragraphs, **bold**, *italic*, [links](https://…) and lists"],
      );
  }
}

function firstLine(raw: string): string {
  return raw.trimStart().split("\n")[0] ?? "";
}

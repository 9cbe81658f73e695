import { Lexer, type Token, type Tokens } from "marked";
import { fail, type Location } from "../errors.js";
import { plainProse } from "./plain-prose.js";
import { xmlEscape } from "./xml-escape.js";

/**
 * Turns the Markdown of a letter body into body markup (`<p>`, `<list>`, `<b>`, `<i>`, `<a>`).
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
  const tokens = new Lexer({ gfm: true, breaks: false }).lex(md);
  return tokens.map((t) => block(t, where)).join("");
}

function block(t: Token, where: Locator): string {
  switch (t.type) {
    case "space":
      return "";
    case "paragraph":
      return `<p>${inlines((t as Tokens.Paragraph).tokens, where)}</p>`;
    case "list":
      return listMarkup(t as Tokens.List, where);
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

function listMarkup(list: Tokens.List, where: Locator): string {
  const items = list.items.map((it) => `<item>${itemMarkup(it, where)}</item>`).join("");
  const start =
    list.ordered && list.start !== "" && list.start !== 1 ? ` start="${list.start}"` : "";
  return `<list${list.ordered ? ' ordered="true"' : ""}${start}>${items}</list>`;
}

/**
 * An item's first paragraph is its inline text; further paragraphs are `<p>` and nested lists
 * `<list>` inside the `<item>` (docs/markup.md, Lists).
 */
function itemMarkup(item: Tokens.ListItem, where: Locator): string {
  let out = "";
  for (const t of item.tokens) {
    if (t.type === "space") continue;
    if (t.type === "list") out += listMarkup(t as Tokens.List, where);
    else if (t.type === "paragraph" || (t.type === "text" && "tokens" in t && t.tokens)) {
      const text = inlines((t as Tokens.Paragraph).tokens, where);
      out += out === "" ? text : `<p>${text}</p>`;
    } else out += block(t, where);
  }
  return out;
}

function inlines(tokens: Token[] | undefined, where: Locator): string {
  return (tokens ?? []).map((t) => inline(t, where)).join("");
}

function inline(t: Token, where: Locator): string {
  switch (t.type) {
    case "text":
      return "tokens" in t && t.tokens
        ? inlines(t.tokens, where)
        : xmlEscape((t as Tokens.Text).text);
    case "escape":
    case "codespan":
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

import type { Token, TokenizerExtensionFunction, TokenizerStartFunction, Tokens } from "marked";
import { nextBracket } from "./inline-start.js";

/** A span of Markdown in another language, `[Guten Tag]{lang=de}` (pandoc's bracketed span). */
export interface LangSpan extends Tokens.Generic {
  type: "langSpan";
  lang: string;
  tokens: Token[];
}

const SPAN = /^\[((?:\\.|[^[\]\\])*)\]\{lang=([A-Za-z0-9-]{1,35})\}/;

const tokenizer: TokenizerExtensionFunction = function (src) {
  const m = SPAN.exec(src);
  if (!m) return undefined;
  const span: LangSpan = {
    type: "langSpan",
    raw: m[0],
    lang: m[2] ?? "",
    tokens: this.lexer.inlineTokens(m[1] ?? ""),
  };
  return span;
};

const start: TokenizerStartFunction = nextBracket;

/** The lexer extensions that read language spans (for marked's `extensions` option). */
export const LANG_SPAN_EXTENSIONS = {
  renderers: {},
  childTokens: {},
  inline: [tokenizer],
  startInline: [start],
};

export function isLangSpan(t: Token): t is LangSpan {
  return t.type === "langSpan";
}

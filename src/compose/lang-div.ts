import {
  Lexer,
  type Token,
  type TokenizerExtensionFunction,
  type TokenizerStartFunction,
  type Tokens,
} from "marked";

/**
 * Paragraphs in another language, fenced as pandoc fences a div:
 *
 *     ::: {lang=fr-CA}
 *     Madame,
 *
 *     Nous avons examiné votre déclaration…
 *     :::
 *
 * Why: a bilingual letter (Canada's federal offices, Belgium's, Switzerland's) sends the whole
 * letter twice, and `[…]{lang=fr}` spans only text within one paragraph: across paragraphs
 * its brackets were printed as written.
 */
export interface LangDiv extends Tokens.Generic {
  type: "langDiv";
  lang: string;
  tokens: Token[];
  /** The fence opened but no line of `:::` closed it. */
  unclosed: boolean;
}

/** The opening fence: three colons or more, the attribute, nothing after it on its line. */
const OPEN = /^:{3,}[ \t]*\{lang=([A-Za-z0-9-]{1,35})\}[ \t]*(?:\n|$)/;
/** The closing fence, a line of three colons or more. */
const CLOSE = /(?:^|\n):{3,}[ \t]*(?:\n|$)/;

const tokenizer: TokenizerExtensionFunction = function (src) {
  const open = OPEN.exec(src);
  if (!open) return undefined;
  const rest = src.slice(open[0].length);
  const close = CLOSE.exec(rest);
  const inner = close ? rest.slice(0, close.index) : rest;
  const div: LangDiv = {
    type: "langDiv",
    raw: close ? src.slice(0, open[0].length + close.index + close[0].length) : src,
    lang: open[1] ?? "",
    tokens: this.lexer.blockTokens(inner),
    unclosed: !close,
  };
  return div;
};

/**
 * Where a fence starts a line within the paragraph the lexer is about to read, so that the
 * paragraph ends above it (`src` starts after the block's first character, as in
 * markdown-notes.ts). Only within the paragraph: marked asks before every paragraph, and a
 * search to the end of the body would make a body of many paragraphs quadratic.
 */
const start: TokenizerStartFunction = (src) => {
  const offset = src.startsWith("\n") ? 1 : 0;
  const para = PARAGRAPH.exec(offset ? src.slice(1) : src)?.[0];
  if (!para) return undefined;
  const m = FENCE_LINE.exec(para);
  return m ? offset + m.index + (m[0].startsWith("\n") ? 1 : 0) : undefined;
};

const PARAGRAPH = Lexer.rules.block.gfm.paragraph;
const FENCE_LINE = /(?:^|\n):{3,}[ \t]*\{lang=/;

/** The lexer extensions that read language divs (for marked's `extensions` option). */
export const LANG_DIV_EXTENSIONS = {
  block: [tokenizer],
  startBlock: [start],
};

export function isLangDiv(t: Token): t is LangDiv {
  return t.type === "langDiv";
}

import {
  Lexer,
  type Token,
  type TokenizerExtensionFunction,
  type TokenizerStartFunction,
  type Tokens,
} from "marked";
import { fail } from "../errors.js";
import { nextBracket } from "./inline-start.js";
import type { Locator } from "./markdown.js";

/** A footnote reference `[^id]` in running text. */
export interface NoteRef extends Tokens.Generic {
  type: "noteRef";
  id: string;
}

/** A footnote's text: `[^id]: text`, continued on lines indented under it. */
export interface NoteDef extends Tokens.Generic {
  type: "noteDef";
  id: string;
  tokens: Token[];
}

// A note's name is at most 200 characters. Why: each `[^` was tried against the rest of its
// run of text, so a paragraph of `[^[^[^…` took time quadratic in its length.
const REF = /^\[\^([^\]\s]{1,200})\]/;
const DEF = /^\[\^([^\]\s]{1,200})\]:[ \t]*([^\n]*(?:\n[ \t]+[^\n]+)*)\n*/;

const refTokenizer: TokenizerExtensionFunction = (src) => {
  const m = REF.exec(src);
  return m ? { type: "noteRef", raw: m[0], id: m[1] as string } : undefined;
};

const defTokenizer: TokenizerExtensionFunction = function (src) {
  const m = DEF.exec(src);
  if (!m) return undefined;
  const token: NoteDef = { type: "noteDef", raw: m[0], id: m[1] as string, tokens: [] };
  this.lexer.inline((m[2] as string).replace(/\n[ \t]+/g, "\n"), token.tokens);
  return token;
};

const startRef: TokenizerStartFunction = nextBracket;

/**
 * Where a note's text (`[^1]: …`) starts within the paragraph the lexer is about to read, so
 * that the paragraph ends above it. `src` is the block's source after its first character,
 * so a note starts only after a line break in it (or at once, when the first line was that
 * one character). Why only within the paragraph: marked asks before every paragraph, and a
 * search to the end of the body made a body of many paragraphs quadratic in their number;
 * past the paragraph's end the note's own tokenizer
 * reads it. Before, a note found at once made "x[^1]: y" the paragraph "x" and a note.
 */
const startDef: TokenizerStartFunction = (src) => {
  const offset = src.startsWith("\n") ? 1 : 0;
  const para = PARAGRAPH.exec(offset ? src.slice(1) : src)?.[0];
  if (!para) return undefined;
  const m = (offset ? NOTE_AT_LINE : NOTE_AFTER_BREAK).exec(para);
  if (!m) return undefined;
  return offset + m.index + (m[0].startsWith("\n") ? 1 : 0);
};

const PARAGRAPH = Lexer.rules.block.gfm.paragraph;
const NOTE_AT_LINE = /(?:^|\n)\[\^[^\]\s]{1,200}\]:/;
const NOTE_AFTER_BREAK = /\n\[\^[^\]\s]{1,200}\]:/;

/**
 * Footnotes as pandoc and GitHub write them, as lexer extensions (in the form marked's Lexer
 * takes). Why: without them marked reads `[^1]: text` as a link definition and the letter
 * would fail with a message about links.
 */
export const NOTE_EXTENSIONS = {
  inline: [refTokenizer],
  startInline: [startRef],
  block: [defTokenizer],
  startBlock: [startDef],
};

/**
 * The footnotes of one body: their texts by id, and which were referenced. A note is printed
 * where it is referenced (as `<note>`), so each is referenced once.
 */
export class Notes {
  private readonly defs = new Map<string, NoteDef>();
  private readonly used = new Set<string>();

  constructor(
    tokens: Token[],
    private readonly where: Locator,
  ) {
    for (const t of tokens) {
      if (t.type !== "noteDef") continue;
      const def = t as NoteDef;
      if (this.defs.has(def.id))
        throw fail("data", `footnote [^${def.id}] has two texts`, where(firstLine(def.raw)), [
          "give each footnote its own name: [^1], [^2], …",
        ]);
      this.defs.set(def.id, def);
    }
  }

  /** The text of the note referenced by `ref`, once. */
  take(ref: NoteRef): NoteDef {
    const def = this.defs.get(ref.id);
    if (!def)
      throw fail("data", `footnote [^${ref.id}] has no text`, this.where(ref.raw), [
        `add a line \`[^${ref.id}]: the note's text\` after the paragraph`,
      ]);
    if (this.used.has(ref.id))
      throw fail("data", `footnote [^${ref.id}] is referenced twice`, this.where(ref.raw), [
        "a footnote is printed where it is referenced; give the second one its own note",
      ]);
    this.used.add(ref.id);
    return def;
  }

  /** Fails on a note that no text refers to: it would be lost. */
  checkAllUsed(): void {
    for (const [id, def] of this.defs) {
      if (!this.used.has(id))
        throw fail(
          "data",
          `footnote [^${id}] is never referenced`,
          this.where(firstLine(def.raw)),
          [`put [^${id}] in the text where the note belongs, or remove the note`],
        );
    }
  }
}

function firstLine(raw: string): string {
  return raw.trimStart().split("\n")[0] ?? "";
}

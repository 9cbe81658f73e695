import type { Token, TokenizerExtensionFunction, TokenizerStartFunction, Tokens } from "marked";
import { fail } from "../errors.js";
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

const REF = /^\[\^([^\]\s]+)\]/;
const DEF = /^\[\^([^\]\s]+)\]:[ \t]*([^\n]*(?:\n[ \t]+[^\n]+)*)\n*/;

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

const startRef: TokenizerStartFunction = (src) => {
  const i = src.indexOf("[^");
  return i < 0 ? undefined : i;
};

const startDef: TokenizerStartFunction = (src) => /^\[\^[^\]\s]+\]:/m.exec(src)?.index;

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

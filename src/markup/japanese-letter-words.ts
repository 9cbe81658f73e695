import type { TextStyle } from "../model/style.js";
import type { Ctx } from "./markup-context.js";
import type { XmlElement } from "./xml-tree.js";

/**
 * The opening words (頭語) of a Japanese letter: 拝啓 for most, 謹啓 and its kin more formal,
 * 前略 and 冠省 to skip the season's greeting, 拝復 and 謹復 in a reply, 急啓 in haste, 再啓
 * and 追啓 writing again.
 */
const OPENINGS: ReadonlySet<string> = new Set([
  "拝啓",
  "謹啓",
  "粛啓",
  "恭啓",
  "前略",
  "冠省",
  "草啓",
  "拝復",
  "謹復",
  "復啓",
  "急啓",
  "急呈",
  "再啓",
  "再呈",
  "追啓",
]);

/** The closing words (結語) that answer them: 敬具 to 拝啓, 謹白 to 謹啓, 草々 to 前略, … */
const CLOSINGS: ReadonlySet<string> = new Set([
  "敬具",
  "拝具",
  "敬白",
  "謹白",
  "謹言",
  "頓首",
  "再拝",
  "草々",
  "草草",
  "早々",
  "匆々",
  "不一",
  "不備",
  "不尽",
  "かしこ",
]);

/**
 * The words that set a paragraph of their own where a business document's particulars (記書き)
 * stand: 記 ("as follows") centred above them, 以上 ("that is all") at the line's end after.
 */
const PARTICULARS: Readonly<Record<string, WordPlace>> = { 記: "center", 以上: "right" };

/**
 * The particles that make a word the noun of a sentence when they follow it (前略の件, 拝啓は):
 * the word is then not the letter's opening word. Why these only: a greeting may follow an
 * opening word with no space between, and may start with a kana of its own (前略ごめんください,
 * 前略まずは…), so only a particle that can only be grammar tells the two apart. Why not
 * before another hiragana: these kana start the greeting's own words too (前略とり急ぎ…,
 * 拝啓はや師走…, 拝啓のどかな…), where a particle is followed by the next word's kanji (の件).
 */
const PARTICLES = /^[のはがをにでともへや](?!\p{Script=Hiragana})/u;

/** Where a paragraph of a Japanese letter's body stands by the convention of its first word. */
export type WordPlace = "flush" | "right" | "center";

/**
 * A paragraph that opens with 拝啓 (alone on its line, or before the season's greeting, after
 * a space or none) starts flush, where the body's other paragraphs are indented by a character;
 * a paragraph of just 敬具, or of 以上, stands at the line's end, one of just 記 in the middle.
 * Why by the words: a Japanese letter writes them so whatever the pack's style, and the body
 * is typed as paragraphs like any other.
 */
export function wordPlace(text: string): WordPlace | undefined {
  const t = text.trim();
  if (CLOSINGS.has(t)) return "right";
  if (Object.hasOwn(PARTICULARS, t)) return PARTICULARS[t];
  // Each opening word is two characters; the greeting may follow after a space or none.
  return OPENINGS.has(t.slice(0, 2)) && !PARTICLES.test(t.slice(2)) ? "flush" : undefined;
}

/** Whether `text` is just a closing word (結語: 敬具, 草々, かしこ): where a closing stands. */
export function isClosingWord(text: string): boolean {
  return CLOSINGS.has(text.trim());
}

/** Whether a language tag names Japanese (`ja`, `ja-JP`). */
export function isJapanese(lang: string): boolean {
  return /^ja(?:-|$)/i.test(lang);
}

/**
 * The style of a body paragraph with its first-line indent taken away, under a name no pack's
 * style can clash with (as alignedStyle makes one), so the layout and the text output agree.
 */
export function flushStyle(ctx: Ctx, style: string): string {
  const base = ctx.pack.styles[style] ?? ctx.aligned[style] ?? ctx.pack.styles.default;
  if (!base || base.firstLineIndent === 0) return style;
  const name = `${style} (flush)`;
  ctx.aligned[name] ??= { ...(base as TextStyle), firstLineIndent: 0 };
  return name;
}

/** The element as if it said `align="right"` (a closing word's place, or `center`), unless it says one. */
export function alignedTo(el: XmlElement, align: "right" | "center"): XmlElement {
  return el.attrs.align === undefined ? { ...el, attrs: { ...el.attrs, align } } : el;
}

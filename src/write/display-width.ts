import { eastAsianWidth } from "get-east-asian-width";
import { isFieldSeparator } from "../model/field-separators.js";
import { isLoneCharacter } from "../model/lone-character.js";
import { slicedSegments } from "../model/sliced-segments.js";
import { SOFT_TIE } from "../model/ties.js";
import { splitUnspaced } from "../model/unspaced-breaks.js";
import { breakPieces, isAddress } from "../model/word-breaks.js";
import { RecurringMemo } from "../recurring-memo.js";

/**
 * Terminal columns a string takes, as terminals give them cells (wcwidth, and string-width's
 * rule for a cluster: the sum of its visible characters): wide (CJK) characters two,
 * nonspacing marks and invisible characters (U+200F, a variation selector) none, a spacing
 * vowel sign (Khmer "ា", Myanmar "ာ", Devanagari "ी") one, as a consonant written below
 * another is (Khmer "ក្រ": the coeng takes none, the "រ" one). Why spacing marks count: a
 * line measured with them free ran past the width wherever they stood (a Khmer line of 72
 * columns took 90). Per character, so widths add up however a text is cut; but an emoji made
 * of several joined (👩‍💻, a flag) takes two cells, as one picture (a cluster, never cut),
 * and so does one Unicode lists as an emoji (RGI_Emoji) of a character a terminal would give
 * one cell with a selector or keycap after it: ❤️ (U+2764 U+FE0F), 1️⃣ (1, U+FE0F, U+20E3).
 */
export function displayWidth(s: string): number {
  // Fast path: printable ASCII is one column a character (most letters are all ASCII).
  if (printableAscii(s)) return s.length;
  if (!EMOJI_JOINS.test(s)) return charactersWidth(s);
  let w = 0;
  for (const cluster of graphemes(s))
    w += emojiSequence(cluster) || RGI_EMOJI.test(cluster) ? 2 : charactersWidth(cluster);
  return w;
}

/** The sum of a text's characters' cells. */
function charactersWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (NO_CELL.test(ch)) continue;
    w += eastAsianWidth(ch.codePointAt(0) ?? 0);
  }
  return w;
}

/**
 * What joins emoji into one picture: a zero-width joiner (👩‍💻 is 👩, the joiner and 💻), the
 * regional indicators a flag is two of (🇬🇪), a skin tone (👍🏽 is 👍 and 🏽, a wide character
 * each), the emoji presentation selector (❤️ is ❤, one cell, and U+FE0F) and the keycap (1️⃣).
 * Only a text with one is cut into clusters.
 */
const EMOJI_JOINS = /[\u200d\ufe0f\u20e3\p{Regional_Indicator}\p{Emoji_Modifier}]/u;

/**
 * A cluster Unicode recommends for emoji (emoji-sequences.txt, emoji-zwj-sequences.txt): a
 * picture terminals draw two cells wide. The text presentation selector (❤︎, U+FE0E) makes
 * none, so it keeps its character's width. Built at run time: the `v` flag (which
 * `\p{RGI_Emoji}` needs, and every Node missive runs on has) is newer than the compiler's target, ES2022.
 */
// biome-ignore lint/complexity/useRegexLiterals: a literal with the v flag fails tsc (ES2022)
const RGI_EMOJI = new RegExp("^\\p{RGI_Emoji}$", "v");

/**
 * Whether a cluster is one emoji made of several: it holds two pictures or more, which only
 * a joiner (👩‍💻), a flag's pair of letters (🇬🇪) or a skin tone (👍🏽) make one cluster of. Terminals draw it as
 * one wide picture, two cells, where its parts would add up to four or more.
 */
function emojiSequence(cluster: string): boolean {
  return (cluster.match(PICTURES)?.length ?? 0) > 1;
}

const PICTURES = /\p{Extended_Pictographic}|\p{Regional_Indicator}|\p{Emoji_Modifier}/gu;

/** Characters a terminal gives no cell: nonspacing and enclosing marks, controls, invisibles. */
const NO_CELL = /^[\p{Mn}\p{Me}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}]$/u;

/**
 * A text's grapheme clusters (a letter with its marks, a Khmer consonant with the one written
 * below it), which a line never parts (why string-width, which keeps a segmenter, is not used:
 * the startup snapshot holds no Intl objects).
 */
export function graphemes(s: string): string[] {
  return slicedSegments(s, "grapheme").map((g) => g.segment);
}

function printableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

/** How `wrap` fills lines: their widths, and how it treats long words and a last word. */
export interface WrapOptions {
  /** Columns of the first line. */
  width: number;
  /** Columns of the lines after the first (narrower where they are turned over); `width` if unset. */
  rest?: number;
  /**
   * A word longer than a line is not broken but stands on a line of its own, wider than the
   * rest: a letterhead's e-mail address, which the PDF sets on one line in its small type.
   */
  whole?: boolean;
  /** A last line of one word takes another with it (withoutRunt). */
  noRunt?: boolean;
}

/**
 * Greedy word wrap to `width` columns, lines after the first to `rest` (narrower where they
 * are turned over: the first line of an address keeps the whole width). Text without spaces (Chinese, Japanese) breaks where
 * the Unicode line breaking rules allow, as in the PDF. A word longer than a line is broken
 * after a hyphen, a dash or a slash it has (as the PDF breaks it: model/word-breaks.ts), else
 * where the line ends, never inside a grapheme cluster (a letter and its marks), unless `whole`
 * (WrapOptions). Widths add up cluster by cluster, so each piece is measured once.
 */
export function wrap(text: string, opts: WrapOptions): string[] {
  const { width, rest = width, whole = false, noRunt = false } = opts;
  const out: Wrapped = { lines: [], line: "", used: 0, first: width, rest };
  // A date's soft tie holds where the date fits a line, and yields where it does not, as in
  // the PDF (model/ties.ts): "30 September 2024" in a narrow table cell breaks before the
  // year, not inside it.
  const words = text
    .split(/ +/)
    .flatMap((word) =>
      word.includes(SOFT_TIE) && displayWidth(word) > rest ? softParts(word, rest) : [word],
    );
  for (const [i, word] of words.entries()) {
    if (word === "") continue;
    const w = displayWidth(word);
    const fits = out.used + (out.line ? 1 : 0) + w <= cap(out);
    const long = w > out.rest;
    // Chinese and Japanese break between characters, as the line breaking rules allow.
    const unspaced = fits ? null : splitUnspaced(word);
    // A separator between fields ("CA 95814 · (916) 319-2031") where the line breaks parts
    // nothing: it is dropped, not left dangling at the end of one line or starting the next.
    // The line breaks there too where the field after it would not fit on this line but fits
    // on the next: not inside the field ("· FAX⏎(916) 323-5341"), unless that costs a line.
    if (
      isFieldSeparator(word) &&
      out.line &&
      (!fits || (fieldToNextLine(out, words, i) && !costsLine(out, words, i)))
    )
      newLine(out);
    else if (unspaced || (long && !whole)) {
      // An address among them breaks where the PDF's breaks it (layout/paragraph-items.ts),
      // only where it is longer than a line: one that fits goes to the next line whole, as
      // one between spaces does ("…、saiyo@minato" / "-seiki.example）" was broken, though
      // it fitted the next line, and could not be copied whole).
      const broken = (p: string) => isAddress(p) && displayWidth(p) > out.rest;
      const pieces =
        unspaced?.flatMap((p) => (broken(p) ? breakPieces(p, true) : [p])) ?? breakPieces(word);
      for (const [i, piece] of pieces.entries()) place(out, piece, i === 0);
    } else if (fits) add(out, word, w, true);
    else {
      // A whole word too long for any line starts the text on its first line.
      if (out.line || !long) newLine(out);
      add(out, word, w, false);
    }
  }
  if (out.line || out.lines.length === 0) out.lines.push(out.line);
  if (noRunt) withoutRunt(out, text);
  withoutLoneCharacter(out, text);
  return out.lines;
}

/**
 * A word of soft-tied parts too long for a line, as the fewest pieces that fit one, each
 * keeping its soft ties: "30 September" and "2024", not "30" and "September 2024".
 */
function softParts(word: string, width: number): string[] {
  const out: string[] = [];
  for (const part of word.split(SOFT_TIE)) {
    const last = out.length - 1;
    const joined = `${out[last]}${SOFT_TIE}${part}`;
    if (last >= 0 && displayWidth(joined) <= width) out[last] = joined;
    else out.push(part);
  }
  return out;
}

/**
 * A last line of one Chinese or Japanese character ("為。", model/lone-character.ts) takes the
 * piece before it down with it, as the PDF's lines do (layout/break-lines.ts), where the two
 * lines part between characters (no space there) and the line before keeps one: the character
 * before it, or a word a space parts from the line ("補助 ABC" / "為。" is "補助" / "ABC為。").
 */
function withoutLoneCharacter(out: Wrapped, text: string): void {
  const lines = out.lines;
  const n = lines.length;
  const last = lines[n - 1] as string;
  const before = lines[n - 2];
  if (before === undefined || !isLoneCharacter(last)) return;
  if (
    !text
      .split(/ +/)
      .join(" ")
      .trimEnd()
      .endsWith(before + last)
  )
    return;
  const word = before.slice(before.lastIndexOf(" ") + 1);
  const moved = word.slice(lastBreakIn(word, last));
  const kept = before.slice(0, before.length - moved.length).trimEnd();
  if (kept === "" || displayWidth(moved + last) > out.rest) return;
  lines[n - 2] = kept;
  lines[n - 1] = moved + last;
}

/**
 * Where the last break before `tail` falls in `word` (0 if none: the space before it), the
 * word split whole, as the PDF splits it (layout/paragraph-items.ts): "ABC-DEF" of "ABC-DEF為。"
 * breaks after "ABC-", where "ABC-DEF" alone, without the Chinese that makes it a word written
 * without spaces, would not break at all.
 */
function lastBreakIn(word: string, tail: string): number {
  let at = 0;
  for (const piece of splitUnspaced(word + tail) ?? []) {
    if (at + piece.length >= word.length) break;
    at += piece.length;
  }
  return at;
}

/**
 * Whether the field after the separator `words[i]` (its words up to the next separator) goes
 * to the next line whole: it does not fit after the separator on the line being filled, and
 * fits on a line of its own. A field longer than a line flows on from where it is.
 */
function fieldToNextLine(out: Wrapped, words: readonly string[], i: number): boolean {
  let field = 0;
  for (let k = i + 1; k < words.length; k++) {
    const word = words[k] as string;
    if (isFieldSeparator(word)) break;
    if (word !== "") field += (field ? 1 : 0) + displayWidth(word);
  }
  const after = out.used + 1 + displayWidth(words[i] as string) + 1 + field;
  return after > cap(out) && field <= out.rest;
}

/**
 * Whether breaking at the separator `words[i]` makes more lines of the rest than filling on:
 * short fields ("Amt · Straße 1 · 12345 Berlin · …") would each start a line, where filled
 * they share them. Both counted by plain filling, so the lines the rule makes are never more
 * than plain filling makes: each break it takes leaves no more lines after it. Why the two
 * fillings go word by word side by side: once both stand at the same word with the same line
 * filled, the rest is the same, so the count is settled there, a line or two on, not at the
 * paragraph's end (a paragraph of 40,000 fields took 20 s, counted to its end at each line).
 */
function costsLine(out: Wrapped, words: readonly string[], i: number): boolean {
  const broken: Filling = { at: i + 1, lines: 2, used: 0, width: out.rest };
  const filled: Filling = { at: i, lines: 1, used: out.used, width: cap(out) };
  while (broken.at < words.length || filled.at < words.length) {
    const same = broken.at === filled.at;
    if (same && broken.used === filled.used && broken.width === filled.width) break;
    if (filled.at <= broken.at) fillWord(filled, words, out.rest);
    if (!same && broken.at < filled.at) fillWord(broken, words, out.rest);
  }
  return broken.lines > filled.lines;
}

/** Plain filling, word by word: the next word, the lines begun so far, the current one's columns. */
interface Filling {
  at: number;
  lines: number;
  used: number;
  width: number;
}

/**
 * Puts `words[f.at]` on the filling: on the line if it fits, a separator dropped where the line
 * breaks, a word longer than a line on lines of its own (`rest` columns each).
 */
function fillWord(f: Filling, words: readonly string[], rest: number): void {
  const word = words[f.at++] as string;
  if (word === "") return;
  const w = displayWidth(word);
  if (f.used > 0 && f.used + 1 + w <= f.width) f.used += 1 + w;
  else if (f.used === 0 && w <= f.width) f.used = w;
  else if (isFieldSeparator(word)) {
    if (f.used > 0) [f.lines, f.used, f.width] = [f.lines + 1, 0, rest];
  } else {
    const over = Math.max(1, Math.ceil(w / rest));
    f.lines += f.used > 0 ? over : over - 1;
    [f.used, f.width] = [w - (over - 1) * rest, rest];
  }
}

/**
 * A paragraph's last line of one word (a runt, "Initiative.") takes the last word of the line
 * before with it, as the PDF's justified paragraphs avoid runts (layout/break-lines.ts,
 * RUNT_DEMERITS): only where the line before keeps two words and half its width, no separator
 * at its end, and a space of the text parted the two words (not a long word broken across the
 * lines, nor a separator dropped between them).
 */
function withoutRunt(out: Wrapped, text: string): void {
  const lines = out.lines;
  const n = lines.length;
  const last = lines[n - 1] as string;
  const before = lines[n - 2];
  if (before === undefined || last.includes(" ")) return;
  const cut = before.lastIndexOf(" ");
  const kept = before.slice(0, cut);
  const moved = before.slice(cut + 1);
  const keptLast = kept.slice(kept.lastIndexOf(" ") + 1);
  if (cut < 0 || !kept.includes(" ") || isFieldSeparator(keptLast)) return;
  if (displayWidth(kept) < (n === 2 ? out.first : out.rest) / 2) return;
  const joined = `${moved} ${last}`;
  if (displayWidth(joined) > out.rest || !text.split(/ +/).join(" ").trimEnd().endsWith(joined))
    return;
  lines[n - 2] = kept;
  lines[n - 1] = joined;
}

/** Lines wrapped so far, and the one being filled with its width; the widths to fill. */
interface Wrapped {
  lines: string[];
  line: string;
  used: number;
  first: number;
  rest: number;
}

/** The width of the line being filled. */
function cap(out: Wrapped): number {
  return out.lines.length === 0 ? out.first : out.rest;
}

/** Ends the line being filled, and starts an empty one. */
function newLine(out: Wrapped): void {
  const cut = out.line.lastIndexOf(" ");
  // A line that would end in a separator ends before it (model/field-separators.ts).
  if (cut > 0 && isFieldSeparator(out.line.slice(cut + 1))) out.line = out.line.slice(0, cut);
  out.lines.push(out.line);
  out.line = "";
  out.used = 0;
}

function add(out: Wrapped, piece: string, w: number, spaced: boolean): void {
  const sep = spaced && out.line ? 1 : 0;
  out.line += sep ? ` ${piece}` : piece;
  out.used += sep + w;
}

/** Places a piece of a word longer than a line: on this line, the next, or cut across lines. */
function place(out: Wrapped, piece: string, spaced: boolean): void {
  const w = displayWidth(piece);
  if (out.used + (spaced && out.line ? 1 : 0) + w <= cap(out)) {
    add(out, piece, w, spaced);
    return;
  }
  if (out.line) newLine(out);
  if (w <= cap(out)) {
    add(out, piece, w, false);
    return;
  }
  for (const ch of graphemes(piece)) {
    const c = displayWidth(ch);
    if (out.used + c > cap(out) && out.line) newLine(out);
    add(out, ch, c, false);
  }
}

/** Wrapped text by width and text (part of Resources: `compiled`). */
export type WrapMemo = RecurringMemo<readonly string[]>;

/** How many wrapped paragraphs a thread keeps: a letter has tens; a merge's share most. */
const MAX_WRAPPED = 1024;

export function newWrapMemo(): WrapMemo {
  return new RecurringMemo(MAX_WRAPPED);
}

/** `wrap`, done once per thread for the same text and options; the lines are shared, not changed. */
export function wrapOnce(memo: WrapMemo, text: string, opts: WrapOptions): string[] {
  const { width, rest = width, whole = false, noRunt = false } = opts;
  const how = `${whole ? "whole" : ""}${noRunt ? "noRunt" : ""}`;
  const key = `${width}\u0000${rest}\u0000${how}\u0000${text}`;
  return memo.of(key, () => Object.freeze(wrap(text, opts))) as string[];
}

export function pad(s: string, width: number): string {
  return s + " ".repeat(Math.max(0, width - displayWidth(s)));
}

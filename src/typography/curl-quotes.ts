import smartquotes from "smartquotes";
import { type BlockText, langAt } from "./block-text.js";
import { apostropheAfter, quoteStyleFor } from "./quote-styles.js";

/** What a straight quote turned out to be. */
type Role = "open" | "close" | "apostrophe" | "prime" | "group" | "straight";

interface Open {
  at: number;
  double: boolean;
  pair: "outer" | "inner";
  lang: string;
}

/**
 * Turns the block's straight quotes into the quotation marks of each character's language.
 * smartquotes decides which quotes open and which close (it keeps every index, so its
 * answer maps back onto the block); this pass settles what it leaves open — an apostrophe
 * and a closing single quote are one character to it; quotes opening together ("'…); a
 * lone quote between spaces; a single quote never closed; 'tis and rock 'n' roll — and
 * chooses the characters: the language's outer pair for double quotes, its inner pair for
 * single ones and for double quotes inside double quotes.
 */
export function curlQuotes(block: BlockText): void {
  if (!/['"]/.test(block.text)) return;
  const seen = withMarksAs(block, ".");
  const curled = inPieces(skeleton(block), (t) => smartquotes.string(t, { retainLength: true }));
  const open: Open[] = [];
  let openSingles = 0;
  const typed = typedQuotes(block);
  for (const m of block.text.matchAll(/['"]/g)) {
    const i = m.index;
    if (block.fixed[i]) continue;
    const double = m[0] === '"';
    const role = roleOf(seen, curled, i, {
      single: openSingles > 0,
      double: open.length > openSingles || (double && typed.openBefore(i)),
    });
    const lang = langAt(block, i);
    if (role === "straight") continue;
    if (role === "prime") block.out.set(i, double ? "″" : "′");
    else if (role === "group") block.out.set(i, GROUP_SEPARATOR);
    else if (role === "apostrophe")
      block.out.set(i, apostropheAfter(block.text[i - 1] ?? "", lang));
    else if (role === "open") {
      const top = open[open.length - 1];
      const pair = double && !(top?.double && top.pair === "outer") ? "outer" : "inner";
      open.push({ at: i, double, pair, lang });
      if (!double) openSingles++;
      block.out.set(i, quoteStyleFor(lang)[pair][0]);
    } else {
      const at = lastIndexOf(open, (o) => o.double === double);
      const closed = at >= 0 ? open.splice(at) : [];
      openSingles -= closed.filter((c) => !c.double).length;
      const o = closed[0];
      for (const inner of closed.slice(1)) unclosed(block, inner);
      const pair = o?.pair ?? (double ? "outer" : "inner");
      block.out.set(i, quoteStyleFor(o?.lang ?? lang)[pair][1]);
    }
  }
  for (const o of open) unclosed(block, o);
}

/**
 * Whether a quotation mark typed as its language writes it (`„`, `“`, `«`) is open before `i`,
 * not yet closed by its language's closing mark (typed, or a straight quote curled into it):
 * then a straight quote after a number closes it („parc. č. 1234/5" is a Czech quotation, not
 * 5 inches), as it closes a straight one. Why by language: German's closing “ is English's
 * opening one. Asked in order of `i`, it reads the block once (a straight quote is read after
 * the pass has curled it).
 */
function typedQuotes(block: BlockText): { openBefore(i: number): boolean } {
  let depth = 0;
  let read = 0;
  return {
    openBefore(i) {
      if (!/[0-9]/.test(block.text[i - 1] ?? "")) return false;
      for (; read < i; read++) {
        const c = block.out.get(read) ?? (block.text[read] as string);
        if (!TYPED.includes(c)) continue;
        const [opening, closing] = quoteStyleFor(langAt(block, read)).outer;
        if (c === opening && c === closing) depth = depth > 0 ? depth - 1 : 1;
        else if (c === opening) depth++;
        else if (c === closing && depth > 0) depth--;
      }
      return depth > 0;
    },
  };
}

/** The double quotation marks languages write. */
const TYPED = "“”„«»";

/** A single quote that opened and never closed stood for letters left out: 'Tis, 'em. */
function unclosed(block: BlockText, o: Open): void {
  if (!o.double) block.out.set(o.at, apostropheAfter(block.text[o.at - 1] ?? "", o.lang));
}

/**
 * Runs `f` (which keeps the length of its text) on pieces of at most PIECE characters cut
 * at spaces. Why: one of smartquotes' expressions takes time growing with the square of the
 * text after a quote. A letter's paragraph is rarely longer than a piece (the seed letter's
 * longest has 1,100 characters); in one that is, a quote opens and closes within a piece.
 */
function inPieces(text: string, f: (piece: string) => string): string {
  if (text.length <= PIECE) return f(text);
  let out = "";
  for (let start = 0; start < text.length; ) {
    const space = text.lastIndexOf(" ", start + PIECE);
    const end = start + PIECE >= text.length ? text.length : space > start ? space : start + PIECE;
    out += f(text.slice(start, end));
    start = end;
  }
  return out;
}

const PIECE = 2_000;

/**
 * The block's text with each footnote mark as `stand`. Why: a mark follows what it annotates,
 * as punctuation does, so `"Quoted."[^1]` closes its quote; read as the digit it is, the
 * quote would open before it ("1984"). smartquotes reads marks as spaces (a single quote
 * between two stops opens, to it: `.'.`); our own rules read them as stops (a quote between
 * two spaces is no quotation mark).
 */
function withMarksAs(block: BlockText, stand: string): string {
  if (!block.notes.includes(1)) return block.text;
  let s = "";
  for (let i = 0; i < block.text.length; i++) s += block.notes[i] ? stand : block.text[i];
  return s;
}

/**
 * The block's text as smartquotes can read it: its rules know ASCII letters only, so other
 * letters stand as "a" (else "café's" would open a quote), fixed text (a URL) as "x", and
 * footnote marks as spaces.
 */
function skeleton(block: BlockText): string {
  const s = withMarksAs(block, " ")
    .replace(/[\u0080-\uffff]/g, (ch) => (LETTER.test(ch) ? "a" : ch))
    .replace(SIGNS_OPENED, (signs) => "a".repeat(signs.length));
  if (!block.fixed.includes(1)) return s;
  return s
    .split("")
    .map((ch, i) => (block.fixed[i] && !block.notes[i] ? "x" : ch))
    .join("");
}

const LETTER = /^[\p{L}\p{N}\p{M}\p{Cs}]$/u;

/**
 * The signs between a double quote that follows a space and the word it opens: "-3", "−3",
 * "+3", "€5", "#1", "(see)", "...and". Why: smartquotes opens a double quote before a word
 * character only, so it read the first as closing and the second, after a digit, as inches
 * (”−3″). A closing mark (`"Yes ",`) or a quote (`"'`, read by `roleOf`) is no such sign.
 */
const SIGNS_OPENED =
  /(?<=(?:^|[\s([{\u2014\u2013-])")[^\s\p{L}\p{N}\p{M},;:!?)\]}'"]{1,4}(?=[\p{L}\p{N}])/gu;

/**
 * The digit group separator a typed quote between groups becomes: the right single quotation
 * mark, as the Unicode CLDR's Swiss locales (de-CH, fr-CH, it-CH) write it. Why not the prime
 * a quote after a digit is otherwise: "24′870.35" reads as feet and inches.
 */
const GROUP_SEPARATOR = "’";
/** Three digits and no fourth: what follows a group separator. */
const GROUP_AFTER = /^[0-9]{3}(?![0-9])/;

const SPACE_BEFORE = /^$|[\s([{\u2014\u2013-]/u;
const WORD = /[\p{L}\p{N}]/u;

/** The role of the quote at `i`; `open` tells which kinds of quote are open before it. */
function roleOf(
  text: string,
  curled: string,
  i: number,
  open: { single: boolean; double: boolean },
): Role {
  const c = curled[i];
  const prev = text[i - 1] ?? "";
  const next = text[i + 1] ?? "";
  // A quote alone between spaces is no quotation mark anyone can read.
  if (/^$|\s/u.test(prev) && /^$|\s/u.test(next)) return "straight";
  if (hebrewMark(text, i, open.single)) return "straight";
  // After a one-letter Hebrew prefix (ו, ב, ל…) a quote opens: ו"תודה".
  if (HEBREW.test(prev) && /^$|\s/u.test(text[i - 2] ?? "") && HEBREW.test(next)) return "open";
  // A quote after a space and before another quote opens with it: He said, "'Quoted' words."
  if (SPACE_BEFORE.test(prev) && (next === '"' || next === "'") && !/\s/.test(text[i + 2] ?? " "))
    return "open";
  // After a number a double quote is inches unless one is open to close. Why before
  // smartquotes' reading: a curly quote typed earlier in the paragraph ("See “Returns”. It is
  // 5'10" tall.") makes it close one that is not open.
  if (text[i] === '"' && /[0-9]/.test(prev) && !open.double) return "prime";
  if (c === "“") return "open";
  if (c === "‘") return ELIDED.test(text.slice(i + 1, i + 7)) ? "apostrophe" : "open";
  if (c === "”") return "close";
  if (c === "’") {
    // Between letters (don't, l'homme) or after a space (’90s, ’Tis) it is an apostrophe.
    if ((WORD.test(prev) && WORD.test(next)) || /\s/.test(prev) || prev === "") return "apostrophe";
    return open.single ? "close" : "apostrophe";
  }
  // Between a number's groups of three digits it separates them, as Swiss German writes
  // amounts (CHF 1'250.00); 5'10" and 12'6" stay feet and inches.
  if (text[i] === "'" && /[0-9]/.test(prev) && GROUP_AFTER.test(text.slice(i + 1, i + 5)))
    return "group";
  // After a number, a quote closes one that is open ("Anlage 3"), else it is a prime (5'10").
  const kindOpen = text[i] === '"' ? open.double : open.single;
  if (/[0-9]/.test(prev))
    return kindOpen && !/[0-9]/.test(next) && next !== text[i] ? "close" : "prime";
  // Between a letter and a digit smartquotes finds no reading, but it elides a vowel as
  // anywhere between letters: dell'11 marzo, l'8 per cento, all'80%.
  if (text[i] === "'" && WORD.test(prev) && WORD.test(next)) return "apostrophe";
  // Anywhere else smartquotes found no reading.
  return "straight";
}

/**
 * Whether the quote at `i` marks a Hebrew abbreviation, as people type one: a gershayim
 * before its last letter (מע"מ, ד"ר, צה"ל), a geresh after it (גב'). It stays as typed.
 */
function hebrewMark(text: string, i: number, singleOpen: boolean): boolean {
  if (!HEBREW.test(text[i - 1] ?? "")) return false;
  const next = text[i + 1] ?? "";
  if (text[i] === '"') return HEBREW.test(next) && !/\p{L}/u.test(text[i + 2] ?? "");
  return !singleOpen && !/\p{L}/u.test(next);
}

const HEBREW = /\p{Script=Hebrew}/u;

/** English words that start with a letter left out: 'tis, 'em, rock 'n' roll. */
const ELIDED = /^(?:tis|twas|twere|em|cause|til|bout|round|n)(?![\p{L}\p{N}])/iu;

function lastIndexOf<T>(list: T[], test: (t: T) => boolean): number {
  for (let i = list.length - 1; i >= 0; i--) if (test(list[i] as T)) return i;
  return -1;
}

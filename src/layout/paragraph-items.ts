import { basename } from "node:path";
import { isMissiveError, MissiveError } from "../errors.js";
import type { Direction } from "../model/direction.js";
import { isFieldSeparator } from "../model/field-separators.js";
import type { Run } from "../model/letter-doc.js";
import type { TextStyle } from "../model/style.js";
import { AREA_TIE, LABEL_TIE, SOFT_TIE, TIE, type TieReach } from "../model/ties.js";
import { endsInWordspace, splitUnspaced } from "../model/unspaced-breaks.js";
import { upperCased } from "../model/upper-case.js";
import { breakPieces, isAddress } from "../model/word-breaks.js";
import { pushAll } from "../push-all.js";
import { clipped } from "../shown-value.js";
import { spaceCjkLatin } from "./cjk-latin-space.js";
import { covers, draws, type Face, type FontBook, measure, measurePassing } from "./font-book.js";
import type { Hyphenator } from "./hyphenator.js";
import { isInvisible } from "./invisible.js";
import { neutralFaces } from "./neutral-faces.js";
import { keepItems, keptItems, type RunItems } from "./run-items.js";
import { fontPackageHint } from "./script-fonts.js";
import { SIMPLIFIED_FACE, spanSimplifiedWarning } from "./simplified-face.js";

/** Knuth–Plass items: boxes (text), glue (stretchable space), penalties (possible breaks). */
export type Item = BoxItem | GlueItem | PenaltyItem;

export interface Look {
  face: Face;
  size: number;
  tracking: number;
  color: string;
  href?: string;
  /** A footnote reference: raised this far above the baseline, and the note's mark. */
  rise?: number;
  note?: string;
  /** A span's own language (`lang` in the markup): tagged in the PDF where it differs. */
  lang?: string;
}

/** A footnote reference is set at this fraction of the text size, raised by `NOTE_RISE`. */
const NOTE_SIZE = 0.6;
const NOTE_RISE = 0.35;

export interface BoxItem {
  t: "box";
  w: number;
  /** How much font expansion may widen or narrow it, in points (justified text only). */
  ex?: number;
  text: string;
  look: Look;
  /**
   * A field separator between spaces ("Tel. 030 1234 · Fax 030 5678"): drawn where the line
   * goes on past it, dropped where the line breaks beside it, as TeX's discretionary with
   * nothing before or after the break. Breaking lines, it counts as the glue around it does:
   * no line breaks after it, and a line that would start with it starts after it.
   */
  drops?: true;
}

/**
 * A first line's indent as TeX makes it: an empty box, which neither stretches nor is dropped
 * at the line's start as glue is. Drawn as room before the text, never as a segment.
 */
export function indentBox(w: number, look: Look): BoxItem {
  return { t: "box", w, text: "", look };
}

/** Whether an item is a first line's indent (indentBox): the only box with no text. */
export function isIndent(it: Item): boolean {
  return it.t === "box" && it.text === "";
}

export interface GlueItem {
  t: "glue";
  w: number;
  stretch: number;
  shrink: number;
  look: Look;
  /** A break between characters with no space there (Chinese, Japanese): prints nothing. */
  gap?: boolean;
  /** How far a line broken here may reach into the right margin (protrusion.ts). */
  hang?: number;
  /**
   * A tie's space, a no-break space in the text: the bidi algorithm reads it as one (a common
   * separator, bidi-levels.ts), so the groups of a number tied together ("0991 555 2147")
   * stay one number, in order, in a right-to-left line.
   */
  tie?: boolean;
}

export interface PenaltyItem {
  t: "penalty";
  w: number;
  p: number;
  flagged: boolean;
  /** Text added at the end of the line if the break is taken (a hyphen). */
  text: string;
  look?: Look;
  /** How far a line broken here may reach into the right margin (protrusion.ts). */
  hang?: number;
  /** A soft tie (model/ties.ts): only the loosest passes of justified text break here. */
  soft?: true;
  /**
   * A tie the last passes of justified text may break at, at its kind's cost (break-lines.ts
   * penaltyOf), rather than set a line of gaping spaces: after an area code, or after a
   * number's label or before its unit (model/ties.ts).
   */
  tie?: TieReach;
}

export const FORCED = -10000;
export const NEVER = 10000;
/** Like TeX's \exhyphenpenalty: a break after a hyphen the text has. */
const EXPLICIT_HYPHEN_PENALTY = 50;
/**
 * A break at a soft tie costs as much as a line of badness 200 (demerits add the penalty's
 * square to the line's), TeX's default \tolerance: a pass breaks a date rather than set a
 * line looser than TeX would (its spaces stretched more than about 1.25 times their stretch).
 */
const SOFT_TIE_PENALTY = 200;
const TIES = new RegExp(`([${TIE}${SOFT_TIE}${AREA_TIE}${LABEL_TIE}])`);

/**
 * A tie no line breaks at but in the last passes of justified text, and there only one the
 * typography says may part at a cost (`kind`, model/ties.ts: after an area code, a number's
 * label): a plain no-break space never.
 */
function hardTie(kind: string): PenaltyItem {
  const tie = { t: "penalty" as const, w: 0, p: NEVER, flagged: false, text: "" };
  if (kind === AREA_TIE) return { ...tie, tie: "area" };
  return kind === LABEL_TIE ? { ...tie, tie: "label" } : tie;
}

function softTie(): PenaltyItem {
  return { t: "penalty", w: 0, p: SOFT_TIE_PENALTY, flagged: false, text: "", soft: true };
}

export interface ItemContext {
  book: FontBook;
  style: TextStyle;
  hyphenate: Hyphenator | null;
  /** The hyphenator of a span's own language (a run with `lang`); without it, the letter's. */
  hyphenatorFor?: (lang: string) => Hyphenator | null;
  fields: { page: number; pages: number };
  /** How the letter writes a page number (page-numeral.ts); in Latin digits without it. */
  numeral?: (n: number) => string;
  /** The direction of the letter's paragraphs; left to right when absent. */
  dir?: Direction;
  /** The letter's language, for its fallback fonts (a span's own `lang` goes first). */
  lang?: string;
  /** A span's own language, where it has one, for how its words are hyphenated. */
  wordLang?: string;
  /** The indent of this hard line's first line (a paragraph's first: its firstLineIndent). */
  indent?: number;
  /** The items of runs this letter built before (run-items.ts); without it each is built. */
  runItems?: RunItems;
  /** Reports something the reader of the PDF would notice, e.g. a broken word. */
  /** A warning; `about`: the text it is about, in full; `cause` (laid-out-doc.ts's LayoutWarning). */
  warn(message: string, about?: string, cause?: string): void;
}

/** Builds the items of one hard line of text (a paragraph, an address line). */
export function buildItems(runs: Run[], textCtx: ItemContext): Item[] {
  const items: Item[] = [];
  // Each item's weight and slant, for neutralFaces: "b", "i", "bi" or "".
  const styles: string[] = [];
  const memo = textCtx.runItems;
  for (const run of runs) {
    const weightSlant = `${textCtx.style.bold || run.bold ? "b" : ""}${textCtx.style.italic || run.italic ? "i" : ""}`;
    const styled = () => {
      while (styles.length < items.length) styles.push(weightSlant);
    };
    // A field's text is the page's number; any other run's items are the same each time.
    const kept = memo && !run.field ? keptItems(memo, run, textCtx) : undefined;
    if (kept) {
      pushAll(items, kept);
      styled();
      continue;
    }
    const start = items.length;
    const plain = run.note || run.sup ? noteContext(textCtx) : textCtx;
    let text = run.field ? (plain.numeral ?? String)(plain.fields[run.field]) : run.text;
    if (plain.style.uppercase) text = upperCased(text, run.lang ?? plain.lang ?? "");
    const ctx = plain.style.tracking && JOINED.test(text) ? untracked(plain) : plain;
    const bold = ctx.style.bold || !!run.bold;
    const italic = ctx.style.italic || !!run.italic;
    const chain = ctx.book.chain(ctx.style.font, bold, italic, run.lang ?? ctx.lang);
    // Once a letter, whatever the tag or face: its warnings are kept by cause (layout.ts),
    // where the first says where.
    const simplified = spanSimplifiedWarning(run, chain, ctx.lang);
    if (simplified) ctx.warn(simplified, run.text, SIMPLIFIED_FACE);
    const look = looksOf(run, ctx, textCtx);
    const wordCtx =
      run.lang && ctx.hyphenatorFor
        ? { ...ctx, hyphenate: ctx.hyphenatorFor(run.lang), wordLang: run.lang }
        : ctx;
    // Capitals leave an e-mail or web address as typed (upper-case.ts); letter-spaced, its
    // small letters read as a word of another style, so it is set without the style's spacing.
    let asTyped: { look: (face: Face) => Look; ctx: ItemContext } | undefined;
    const typed = () => {
      asTyped ??= { look: looksOf(run, untracked(ctx), textCtx), ctx: untracked(wordCtx) };
      return asTyped;
    };
    const space = (tie?: boolean) => {
      const w = width(chain[0] as Face, " ", ctx.style);
      const l = look(chain[0] as Face);
      items.push({ t: "glue", w, stretch: w / 2, shrink: w / 3, look: l, ...(tie ? { tie } : {}) });
    };
    for (const token of text.match(/ +|[^ ]+/g) ?? []) {
      if (token.startsWith(" ")) space();
      // A no-break space (a tie) is a space no line breaks at, as TeX's ~: glue after a
      // penalty. A soft tie's penalty only the loosest passes may break at.
      else {
        const pieces = token.split(TIES);
        pieces.forEach((piece, i) => {
          // The split keeps each tie, at the odd places, between the words.
          if (i % 2) {
            items.push(piece === SOFT_TIE ? softTie() : hardTie(piece));
            space(piece !== SOFT_TIE);
          } else if (piece)
            try {
              const address = ctx.style.uppercase && ctx.style.tracking && isAddress(piece);
              const { look: l, ctx: c } = address ? typed() : { look, ctx: wordCtx };
              const dated = pieces[i - 1] === SOFT_TIE || pieces[i + 1] === SOFT_TIE;
              pushToken(items, piece, chain, l, dated ? whole(c) : c, !!run.href || !!run.code);
            } catch (e) {
              throw inWord(e, token);
            }
        });
      }
    }
    if (memo && !run.field) keepItems(memo, run, textCtx, items.slice(start));
    styled();
  }
  neutralFaces(items, styles);
  spaceCjkLatin(items);
  markSeparators(items);
  return items;
}

/**
 * Marks each field separator that stands alone between two spaces, each after a word (not a
 * no-break space): a break beside it then parts the fields with no mark left at the line's end
 * or start (BoxItem's `drops`; the text output drops it the same way, write/display-width.ts).
 */
function markSeparators(items: Item[]): void {
  for (let i = 2; i + 2 < items.length; i++) {
    const it = items[i] as Item;
    if (
      it.t === "box" &&
      isFieldSeparator(it.text) &&
      items[i - 1]?.t === "glue" &&
      items[i - 2]?.t === "box" &&
      items[i + 1]?.t === "glue" &&
      items[i + 2]?.t === "box"
    )
      it.drops = true;
  }
}

/** Whether a line may start at an item: a box that is not dropped where a line breaks. */
export function startsLine(it: Item | undefined): boolean {
  return it?.t === "box" && !it.drops;
}

/**
 * Scripts whose letters join (Arabic, Syriac, Mongolian, N'Ko, Mandaic, Hanifi Rohingya) or
 * hang from one headline (Devanagari, Bengali, Gurmukhi): space between their letters breaks
 * the joins and the line, so a run holding them is set without letter-spacing, as CSS does not
 * letter-space cursive scripts. Why the whole run: its digits and Latin letters, spaced alone,
 * would read as a second style beside them.
 */
const JOINED =
  /[\p{Script=Arabic}\p{Script=Syriac}\p{Script=Mongolian}\p{Script=Nko}\p{Script=Mandaic}\p{Script=Hanifi_Rohingya}\p{Script=Devanagari}\p{Script=Bengali}\p{Script=Gurmukhi}]/u;

/** One look per face for a run's items, which share it (it is never changed). */
function looksOf(run: Run, ctx: ItemContext, outer: ItemContext): (face: Face) => Look {
  const looks = new Map<Face, Look>();
  return (face) => {
    let l = looks.get(face);
    if (!l) {
      l = {
        face,
        size: ctx.style.size,
        tracking: ctx.style.tracking,
        color: ctx.style.color,
        ...(run.href ? { href: run.href } : {}),
        ...(run.note || run.sup ? { rise: outer.style.size * NOTE_RISE } : {}),
        ...(run.note ? { note: run.text } : {}),
        ...(run.lang ? { lang: run.lang } : {}),
      };
      looks.set(face, l);
    }
    return l;
  };
}

/**
 * A date's word (one a soft tie joins, model/ties.ts) is never hyphenated: a date is read as
 * one ("10 лю-" over "тага 2025 г." was read as two), and where it must part, a line breaks at
 * its soft tie instead.
 */
function whole(ctx: ItemContext): ItemContext {
  return { ...ctx, hyphenate: null };
}

function untracked(ctx: ItemContext): ItemContext {
  return { ...ctx, style: { ...ctx.style, tracking: 0 } };
}

/** How a footnote reference (or another raised run) is set: smaller, never hyphenated. */
function noteContext(ctx: ItemContext): ItemContext {
  return { ...ctx, style: { ...ctx.style, size: ctx.style.size * NOTE_SIZE, hyphenate: false } };
}

/**
 * A run of text without spaces: one word, or, in scripts written without spaces, several
 * pieces with a break between each (unspaced-breaks.ts) that may stretch a justified line.
 */
function pushToken(
  items: Item[],
  token: string,
  chain: readonly Face[],
  look: (f: Face) => Look,
  ctx: ItemContext,
  linked: boolean,
): void {
  const pieces = linked ? null : splitUnspaced(token);
  if (!pieces) {
    pushWord(items, token, chain, look, ctx, linked);
    return;
  }
  const stretch = ctx.style.size * CJK_STRETCH;
  pieces.forEach((piece, i) => {
    const prev = items[items.length - 1];
    if (i > 0) {
      const l = prev?.t === "box" ? prev.look : look(chain[0] as Face);
      // After a word mark (Ethiopic's wordspace "፡", Tibetan's tsheg "་") words or syllables
      // part, and the gap stretches as a space does (half a space, as `space` in buildItems
      // gives), not as one between two CJK characters: a justified Amharic line's
      // tenth-of-an-em gaps left it loose where spaces would fit.
      const gives = endsInWordspace(pieces[i - 1] as string)
        ? width(chain[0] as Face, " ", ctx.style) / 2
        : stretch;
      items.push({ t: "glue", w: 0, stretch: gives, shrink: 0, look: l, gap: true });
    }
    const first = items.length;
    pushWord(items, piece, chain, look, ctx, linked);
    const next = items[first];
    if (i > 0 && prev?.t === "box" && next?.t === "box")
      prev.w += acrossBreak(prev, next, ctx.style);
  });
}

/** Chinese and Japanese punctuation: the characters a font's `chws` may set half width. */
const CJK_PUNCTUATION = /[\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65]/;

/**
 * What shaping two pieces together takes off their widths measured apart: the font's
 * contextual half-width spacing (shaping-features.ts) sets "、「" in a em and a half. Why:
 * a line whose pieces do not stretch is drawn as one text, shaped whole, and must measure
 * what it paints; a line broken there keeps the narrower mark at its end, whose room is blank.
 */
function acrossBreak(a: BoxItem, b: BoxItem, style: TextStyle): number {
  const last = a.text.slice(-1);
  const first = b.text.slice(0, 1);
  if (a.look !== b.look || !(CJK_PUNCTUATION.test(last) || CJK_PUNCTUATION.test(first))) return 0;
  const face = a.look.face;
  return width(face, last + first, style) - width(face, last, style) - width(face, first, style);
}

/** How much the gap between two CJK characters may grow in a justified line, in ems. */
const CJK_STRETCH = 0.1;

function pushWord(
  items: Item[],
  word: string,
  chain: readonly Face[],
  look: (f: Face) => Look,
  ctx: ItemContext,
  linked: boolean,
): void {
  // A link, an e-mail address, a number or a code is copied or typed by the reader: it is
  // never hyphenated. Where it may break with no hyphen added is word-breaks.ts's rule, which
  // the text output follows too.
  const address = isAddress(word);
  const verbatim = linked || /\d/.test(word) || address;
  const pieces = breakPieces(word, address);
  const parts: Part[] = [];
  pieces.forEach((piece, i) => {
    const syllables = syllablesOf(piece, ctx, verbatim);
    syllables.forEach((text, j) => {
      const last = j === syllables.length - 1;
      parts.push({ text, after: !last ? "hyphen" : i < pieces.length - 1 ? "break" : null });
    });
  });
  pushParts(items, parts, chain, look, ctx.style);
}

/** A piece of a word and what may follow it: an added hyphen, a free break, or nothing. */
interface Part {
  text: string;
  after: "hyphen" | "break" | null;
}

/**
 * Where a piece of a word may break: at soft hyphens the text gives, else at the hyphenation
 * points of its letters. Punctuation around the letters ("(ITU),", "commerce.") goes with the
 * first and last syllable; a word with a capital letter is kept whole unless the style allows
 * it (names and acronyms read badly broken).
 */
function syllablesOf(piece: string, ctx: ItemContext, verbatim: boolean): string[] {
  if (piece.includes("\u00AD")) return piece.split("\u00AD").filter((s) => s !== "");
  if (verbatim || !ctx.style.hyphenate || !ctx.hyphenate) return [piece];
  const m = /^(\P{L}*)(\p{L}+)(\P{L}*)$/u.exec(piece);
  if (!m) return [piece];
  const [, lead = "", core = "", trail = ""] = m;
  if (/\p{Lu}/u.test(core) && !ctx.style.hyphenateCapitalized && !isNoun(core, ctx)) return [piece];
  const parts = ctx.hyphenate(core);
  if (parts.length < 2) return [piece];
  const out = [...parts];
  out[0] = lead + out[0];
  out[out.length - 1] += trail;
  return out;
}

/** Languages that write every noun with a capital: German, Swiss German, Luxembourgish. */
const NOUNS_CAPITALISED = /^(?:de|gsw|lb)(?:-|$)/i;

/**
 * Whether a capitalised word is hyphenated as any other: one capital, first, in a language
 * that writes nouns so ("Gebäudeversicherung"), in justified text. Why: there, keeping
 * capitalised words whole kept every noun whole, and a justified German line of long
 * compounds could only stretch (TeX hyphenates them). Not in ragged text, which breaks a word
 * wherever it crosses the margin: the din5008 example's body gained "Ge-" / "bäude" and "Um-"
 * / "stellung" where its lines were fine unbroken. Acronyms and words with inner capitals
 * ("GmbH", "BahnCard") stay whole.
 */
function isNoun(core: string, ctx: ItemContext): boolean {
  return (
    ctx.style.align === "justify" &&
    NOUNS_CAPITALISED.test(ctx.wordLang ?? ctx.lang ?? "") &&
    /^\p{Lu}\p{Ll}+$/u.test(core)
  );
}

/**
 * The most parts a word is measured by its shaped prefixes. Why: each prefix is shaped and
 * kept, so a word of k parts costs k times its own length; a word of 3,000 characters with a
 * soft hyphen every two (12 kB of data) took 47 s and 2.2 GB, 10,000 of them over two minutes
 * and 3 GB, and a body of random 42-letter words, hyphenated into some fifteen parts, four
 * times as long as the same words unhyphenated. Words of more parts are rare (a German compound
 * of 63 letters has 20): theirs are measured one by one, as a word in two fonts is.
 */
const MAX_PREFIXED_PARTS = 16;

/**
 * Pushes a word's parts with their breaks between them. Widths come from the whole word as
 * it is drawn (kerning and ligatures across syllables, slashes and hyphens included): each
 * part is the difference of two shaped prefixes, so an unbroken word measures exactly what
 * it paints (a word of over MAX_PREFIXED_PARTS parts, measured part by part, may differ by
 * its kerning across them).
 */
function pushParts(
  items: Item[],
  parts: Part[],
  chain: readonly Face[],
  look: (f: Face) => Look,
  style: TextStyle,
): void {
  const text = parts.map((p) => p.text).join("");
  const drawing = parts.length > 1 && parts.length <= MAX_PREFIXED_PARTS && drawnIn(chain, text);
  // An added hyphen is drawn in the word's face where it has one, else in the chain's first.
  const face = drawing && covers(drawing, "-") ? drawing : (chain[0] as Face);
  let prefix = "";
  let before = 0;
  for (const part of parts) {
    if (drawing) {
      prefix += part.text;
      const upTo = width(drawing, prefix, style, true);
      items.push({ t: "box", w: upTo - before, text: part.text, look: look(drawing) });
      before = upTo;
    } else pushBoxes(items, part.text, chain, look, style);
    if (part.after === "break")
      items.push({ t: "penalty", w: 0, p: EXPLICIT_HYPHEN_PENALTY, flagged: true, text: "" });
    else if (part.after === "hyphen") {
      const w =
        face === drawing
          ? width(face, `${prefix}-`, style, true) - before
          : width(face, "-", style);
      const p = style.hyphenPenalty;
      items.push({ t: "penalty", w, p, flagged: true, text: "-", look: look(face) });
    }
  }
}

/**
 * The one face of the chain that draws every character of `text`, as pushBoxes picks them (the
 * first that draws each), or undefined if they take two or more. Why not the chain's first
 * alone: a word in a fallback font (Amharic in Noto Sans Ethiopic after the serif) was then
 * measured syllable by syllable, and painted whole a tenth of a point off its box.
 */
function drawnIn(chain: readonly Face[], text: string): Face | undefined {
  let face: Face | undefined;
  for (const ch of text) {
    if (isInvisible(ch.codePointAt(0) ?? 0)) continue;
    const f = chain.find((c) => draws(c, ch));
    if (!f || (face && f !== face)) return undefined;
    face = f;
  }
  return face;
}

/** Splits a syllable where the drawing face changes (font fallback) and pushes one box per face. */
function pushBoxes(
  items: Item[],
  text: string,
  chain: readonly Face[],
  look: (f: Face) => Look,
  style: TextStyle,
): void {
  let current: Face | null = null;
  let buf = "";
  const flush = () => {
    if (buf && current)
      items.push({ t: "box", w: width(current, buf, style), text: buf, look: look(current) });
    buf = "";
  };
  for (const ch of text) {
    // An invisible character (a variation selector after ™ or ©, a joiner) draws nothing:
    // it stays with its neighbour's face, whether or not that font has it.
    const face: Face | undefined = isInvisible(ch.codePointAt(0) ?? 0)
      ? (current ?? chain[0])
      : chain.find((f) => draws(f, ch));
    if (current && face !== current && MARK.test(ch)) {
      // A combining mark goes with its base: both in one face, so the font places the mark.
      const start = clusterStart(buf);
      const cluster = buf.slice(start) + ch;
      const whole = chain.find((f) => coversAll(f, cluster) && draws(f, cluster.slice(0, 1)));
      if (whole === current) {
        buf += ch;
        continue;
      }
      if (whole && start < buf.length) {
        buf = buf.slice(0, start);
        flush();
        current = whole;
        buf = cluster;
        continue;
      }
    }
    if (!face) throw noGlyph(ch, chain);
    if (face !== current) {
      flush();
      current = face;
    }
    buf += ch;
  }
  flush();
}

const MARK = /^\p{M}$/u;

/** Where the last character of `text` that is not a combining mark begins. */
function clusterStart(text: string): number {
  let at = text.length;
  while (at > 0) {
    const low = text.charCodeAt(at - 1);
    const step = at > 1 && low >= 0xdc00 && low <= 0xdfff ? 2 : 1;
    at -= step;
    if (!MARK.test(text.slice(at, at + step))) break;
  }
  return at;
}

function coversAll(face: Face, text: string): boolean {
  for (const ch of text)
    if (!isInvisible(ch.codePointAt(0) ?? 0) && !covers(face, ch)) return false;
  return true;
}

/** A face as a person knows it: its PostScript name, else its file's (a font may lack one). */
function faceName(face: Face): string {
  return face.font.postscriptName || basename(face.path);
}

function noGlyph(ch: string, chain: readonly Face[]): MissiveError {
  const cp = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return new MissiveError("font", {
    message: `no font can draw the character ${cp} "${ch}"`,
    hints: [
      // Once each: a face and its copies (another language, a fallback's at another size).
      `fonts tried: ${[...new Set(chain.map(faceName))].join(", ")}`,
      "add a font that covers it to the pack's fallbackFonts or to a fontChains entry for its script, or remove the character",
      ...[fontPackageHint(ch)].filter((h): h is string => h !== null),
    ],
    about: ch,
  });
}

/**
 * A character no font draws, with the word it is in (at most WORD_AROUND characters either
 * side), for when the data does not hold it: a date as `lang` writes it, or a pack's text.
 */
function inWord(e: unknown, word: string): unknown {
  const p = isMissiveError(e) && e.kind === "font" ? e.problems[0] : undefined;
  if (!p?.about || p.context || word === p.about) return e;
  const chars = [...word];
  const at = chars.indexOf(p.about);
  const from = Math.max(0, at - WORD_AROUND);
  const to = at < 0 ? WORD_AROUND * 2 : at + WORD_AROUND + 1;
  const context = `${from > 0 ? "…" : ""}${chars.slice(from, to).join("")}${to < chars.length ? "…" : ""}`;
  return new MissiveError("font", { ...p, context });
}

const WORD_AROUND = 15;

export function width(
  face: Face,
  text: string,
  style: Pick<TextStyle, "size" | "tracking">,
  passing = false,
): number {
  const w = (passing ? measurePassing : measure)(face, text, style.size);
  return style.tracking ? w + style.tracking * [...text].length : w;
}

/**
 * Makes every stretch of items that no line may break inside fit the line. A box wider than
 * the line is cut between characters; boxes that fit one by one but not together (a web
 * address whose slash touches a digit, a word in two runs, words tied by no-break spaces) get
 * a free break before the box that overflows. Either is reported: the reader sees a break
 * nothing marks, and without it the line would run past the margin, off the page.
 */
export function splitOverlong(
  items: Item[],
  maxWidth: number,
  warn: ItemContext["warn"],
  opening = 0,
): Item[] {
  if (!hasOverlong(items, maxWidth, opening)) return items;
  const out: Item[] = [];
  let used = 0;
  let from = 0;
  // The first line's indent (`opening`) narrows the stretch the paragraph starts with; a word
  // further on may take a whole line.
  let room = maxWidth - opening;
  for (const it of items) {
    const before = out[out.length - 1];
    if (breaksAt(it, before)) {
      out.push(it);
      used = 0;
      from = out.length;
      room = maxWidth;
      continue;
    }
    used += stretchWidth(it, before);
    if (it.t !== "box" || used <= room) {
      out.push(it);
      continue;
    }
    // Once a stretch: after its first cut, `from` is past the end of `out`.
    if (from <= out.length) {
      const text = itemsText([...out.slice(from), it]);
      warn(`"${clipped(text)}" is wider than the line and was broken`, text);
    }
    from = Number.POSITIVE_INFINITY;
    if (used > it.w) {
      out.splice(afterLastBox(out), 0, freeBreak());
      room = maxWidth;
    }
    if (it.w > room) used = cutBox(out, it, room);
    else {
      out.push(it);
      used = it.w;
    }
    room = maxWidth;
  }
  return out;
}

/**
 * Whether a stretch of items no line may break inside is wider than the line (most are not);
 * the first, wider than the line less its indent.
 */
function hasOverlong(items: Item[], maxWidth: number, opening: number): boolean {
  let used = opening;
  for (let i = 0; i < items.length; i++) {
    const it = items[i] as Item;
    if (breaksAt(it, items[i - 1])) used = 0;
    else {
      used += stretchWidth(it, items[i - 1]);
      if (used > maxWidth) return true;
    }
  }
  return false;
}

/**
 * What an item adds to a stretch no line may break inside: nothing for a penalty, and nothing
 * for a field separator and the space after it, which start such a stretch (a break comes just
 * before them) and are dropped where the line breaks there.
 */
function stretchWidth(it: Item, before: Item | undefined): number {
  if (it.t === "penalty" || (it.t === "box" && it.drops)) return 0;
  return it.t === "glue" && before?.t === "box" && before.drops ? 0 : it.w;
}

/** The text of a stretch of items, as it reads: a space for each glue. */
export function itemsText(items: Item[]): string {
  return items.map((i) => (i.t === "box" ? i.text : i.t === "glue" ? " " : "")).join("");
}

/** A break that costs nothing and adds nothing: where an overlong stretch is cut. */
function freeBreak(): PenaltyItem {
  return { t: "penalty", w: 0, p: 0, flagged: false, text: "" };
}

/**
 * Whether a line may break at `it` (`before` is the item ahead of it): at a penalty below
 * NEVER, and at glue after a box; at an added hyphen only if `hyphens` (the passes that
 * hyphenate), at a soft tie only if `softTies` (the loosest passes of justified text), at a
 * tie only as far as `ties` reaches (the loosest of those: an area code's, then a label's
 * too). The one rule for break-lines.ts and for the stretches measured here.
 */
export function breaksAt(
  it: Item,
  before: Item | undefined,
  hyphens = true,
  softTies = false,
  ties?: TieReach,
): boolean {
  if (it.t === "penalty")
    return (
      (it.p < NEVER || reaches(ties, it.tie)) &&
      (hyphens || !isDiscretionary(it)) &&
      (softTies || !it.soft)
    );
  return it.t === "glue" && startsLine(before);
}

/** Whether a pass that breaks ties as far as `ties` may break one of `kind`. */
function reaches(ties: TieReach | undefined, kind: TieReach | undefined): boolean {
  return kind !== undefined && (ties === "label" || ties === kind);
}

/** A hyphen the typesetter adds (not a break after a hyphen the text has). */
export function isDiscretionary(it: Item): boolean {
  return it.t === "penalty" && it.flagged && it.text !== "";
}

/**
 * The widest stretch of items no line may break inside, without added hyphens: the least
 * width a table column needs for them.
 */
export function widestUnbroken(items: Item[]): number {
  let most = 0;
  let used = 0;
  items.forEach((it, i) => {
    if (breaksAt(it, items[i - 1], false)) used = 0;
    else used += stretchWidth(it, items[i - 1]);
    most = Math.max(most, used);
  });
  return most;
}

/** Where a break goes before the next box: ahead of the tie (penalty and space) that joins it. */
function afterLastBox(out: Item[]): number {
  let at = out.length;
  while (at > 0 && out[at - 1]?.t !== "box") at--;
  return at;
}

/** Pushes a box wider than the line in pieces that fit; returns the last piece's width. */
function cutBox(out: Item[], it: BoxItem, maxWidth: number): number {
  const style = { size: it.look.size, tracking: it.look.tracking };
  let rest = it.text;
  for (let at = cutAt(rest, it, maxWidth); at < rest.length; at = cutAt(rest, it, maxWidth)) {
    const piece = rest.slice(0, at);
    out.push({ ...it, text: piece, w: width(it.look.face, piece, style) }, freeBreak());
    rest = rest.slice(at);
  }
  const w = width(it.look.face, rest, style);
  out.push({ ...it, text: rest, w });
  return w;
}

/**
 * How much of `text` goes on a line: up to the last punctuation of an address that fits (an
 * e-mail address breaks after its @ or a dot, a web address after ? or &), if that fills a
 * third of the line, else as much as fits; at least one character.
 */
function cutAt(text: string, it: BoxItem, maxWidth: number): number {
  const style = { size: it.look.size, tracking: it.look.tracking };
  let fit = 0;
  let mark = 0;
  for (const ch of text) {
    const next = fit + ch.length;
    if (fit > 0 && width(it.look.face, text.slice(0, next), style) > maxWidth) break;
    fit = next;
    if (CUT_AFTER.test(ch)) mark = fit;
  }
  if (fit === text.length) return fit;
  return mark > fit / 3 ? mark : fit;
}

/** Where an address wider than the line reads best cut. */
const CUT_AFTER = /[.@_/?&=#:;,-]/;

import LineBreaker from "linebreak";
import { slicedSegments } from "./sliced-segments.js";
import { breakPieces, isAddress } from "./word-breaks.js";

/**
 * Scripts written without spaces between words: Han, kana, Hangul, and the CJK punctuation,
 * symbols and full-width forms around them. Only words holding one of these are handed to the
 * line breaking algorithm: every other word breaks at spaces and hyphens as before, and pays
 * nothing for it.
 */
const UNSPACED =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3130-\u318f\u31c0-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[\u{20000}-\u{3fffd}]/u;

/**
 * Thai, Lao, Myanmar, Khmer, Tai Tham and Tai Viet: written without spaces between words,
 * which only a dictionary finds (UAX #14's class SA). Spaces there end phrases, not words.
 */
const DICTIONARY =
  /[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u19e0-\u19ff\u1a20-\u1aaf\uaa60-\uaadf\ua9e0-\ua9ff]/u;
const DICTIONARY_CHAR = new RegExp(`^${DICTIONARY.source}$`, "u");

/**
 * Marks written between words or syllables instead of a space, each with the punctuation of
 * its script that never starts a line. A line may break after such a mark, as after a space
 * (UAX #14's class BA), and the mark stays at the end of the line; not before that
 * punctuation. Without this, such a paragraph was one word, cut where the line was full,
 * with a warning, or justified by its few spaces alone. A script is a row here, not code.
 */
const WORD_MARKS: { mark: string; punctuation: string }[] = [
  // Ethiopic's wordspace "፡": words of Ge'ez, and of Amharic and Tigrinya written the
  // traditional way ("ኢትዮጵያ፡ሀገር፡ናት።"). W3C's Ethiopic layout requirements: no line starts
  // with ፡ ። ፣ ፤ ፥ ፦ ፧, and "፡፡", two wordspaces, is written for a full stop ("።").
  { mark: "\u1361", punctuation: "\u1361-\u1368" },
  // Tibetan's tsheg "་", after every syllable (W3C's Tibetan layout requirements: lines break
  // after a tsheg, anywhere between syllables); not before a shad "།" ("ང་།") or another tsheg.
  // The non-breaking tsheg "༌" (U+0F0C) is not one: it holds its syllables together.
  { mark: "\u0f0b", punctuation: "\u0f0b\u0f0d-\u0f14" },
];
const WORD_MARK = new RegExp(`[${WORD_MARKS.map((m) => m.mark).join("")}]`, "u");
const WORD_MARK_END = new RegExp(`${WORD_MARK.source}$`, "u");
/** After a word mark, unless its script's punctuation follows. */
const AFTER_WORD_MARK = new RegExp(
  WORD_MARKS.map((m) => `(?<=${m.mark})(?![${m.punctuation}])(?=[\\s\\S])`).join("|"),
  "u",
);

/**
 * Whether the break after a piece of `splitUnspaced` parts two words, as a space does (the
 * piece ends in a word mark: Ethiopic's wordspace "፡", Tibetan's tsheg "་"), not two characters
 * of one text written without spaces: a justified line stretches it as a space, not as a CJK
 * gap (paragraph-items.ts).
 */
export function endsInWordspace(piece: string): boolean {
  return WORD_MARK_END.test(piece);
}

/**
 * Hangul syllables and jamo. Korean is written with spaces between words, and a formal
 * Korean text breaks there, not between the syllables of a word (KLREQ's word-unit breaking,
 * the default of Hancom's word processor, CSS's `word-break: keep-all`).
 */
const HANGUL = /^[\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\uac00-\ud7af\ud7b0-\ud7ff]$/u;

/**
 * A letter or digit that is not a Han character or kana: with Hangul beside it, part of one
 * Korean word ("2025년도", "ROMS를"), which CSS's `keep-all` keeps whole (its letter units of
 * the classes NU, AL and ID), where UAX #14 alone breaks between a digit or a Latin letter
 * and a syllable.
 */
const WORD_UNIT = /^(?![\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}])[\p{L}\p{N}]$/u;

/**
 * Splits a word (a run without spaces) where a line may break, or returns null if the word
 * holds no character of a script written without spaces: the Unicode line breaking algorithm
 * (UAX #14, `uax14Pieces`) with its two tailorings for such scripts, no break inside a Korean
 * word (between Hangul and Hangul, a letter, a digit or what a particle follows) and a
 * dictionary's word breaks in Thai, Lao, Khmer and Myanmar text; and words parted by a word
 * mark (Ethiopic's wordspace, Tibetan's tsheg), after each.
 */
export function splitUnspaced(word: string): string[] | null {
  const dictionary = DICTIONARY.test(word);
  if (!dictionary && !UNSPACED.test(word))
    return WORD_MARK.test(word) ? word.split(AFTER_WORD_MARK) : null;
  const inAddress = addressSpans(word);
  const spaced = spacedBreaks(word);
  const breaks = new Set(
    uax14Breaks(word).filter(
      (at) =>
        !insideKoreanWord(word, at) &&
        !inAddress.some(([from, to]) => from < at && at < to) &&
        (spaced.get(at) ?? true),
    ),
  );
  if (dictionary) for (const at of wordBreaks(word)) breaks.add(at);
  return piecesAt(
    word,
    [...breaks].sort((a, b) => a - b),
  );
}

/**
 * The word's pieces where UAX #14 alone allows a break, or null as `splitUnspaced`. Why UAX
 * #14: it knows that Chinese and Japanese break between characters, that "，" and "。" never
 * start a line and "「" never ends one (kinsoku), that small kana stay with what comes
 * before, and that "COVID-19" and "2020年" are not broken at their hyphen or digits.
 */
export function uax14Pieces(word: string): string[] | null {
  if (!UNSPACED.test(word)) return null;
  return piecesAt(word, uax14Breaks(word));
}

/** Where UAX #14 allows a break inside the word (offsets in UTF-16 units). */
function uax14Breaks(word: string): number[] {
  const at: number[] = [];
  const breaker = new LineBreaker(word);
  for (let b = breaker.nextBreak(); b; b = breaker.nextBreak())
    if (b.position > 0 && b.position < word.length) at.push(b.position);
  return at;
}

/**
 * The dictionary's word boundaries (ICU's, through Intl.Segmenter) between two characters
 * of a script that needs one. ICU picks the dictionary by script, whatever the locale. Found
 * a slice at a time (a run of Thai without a space took time by its square), each slice
 * looking DICTIONARY_AHEAD units past the boundaries it gives.
 */
function wordBreaks(word: string): number[] {
  const at: number[] = [];
  for (const { index } of slicedSegments(word, "word", DICTIONARY_AHEAD))
    if (index > 0 && between(word, index, DICTIONARY_CHAR) && !NEVER_STARTS.test(word[index] ?? ""))
      at.push(index);
  return at;
}

/**
 * What never starts a line though the dictionary ends a word before it: the scripts' own
 * punctuation (Myanmar "၊" "။", Khmer "។" "៖", Thai "๚"; UAX #14's class BA, no break before)
 * and repetition marks (Khmer "ៗ", Thai "ๆ", Lao "ໆ"), which repeat the word before them. ICU's
 * word boundaries part a word from its full stop; a line broken there started with "။".
 */
const NEVER_STARTS = /^[\p{Po}\p{Pe}\p{Pf}\p{Lm}]$/u;

/**
 * How far past a boundary the text is kept when a slice is cut: ICU's dictionary engines
 * choose a word by looking at the few that may follow it (three for Thai), far less than this.
 */
const DICTIONARY_AHEAD = 256;

/**
 * Where the word holds a web or e-mail address between characters of scripts written without
 * spaces ("、sales@minato-seiki.example）"): [start, end) of each. UAX #14 would break it after
 * its hyphens and slashes; it is a word of its own, broken only where addresses break
 * (word-breaks.ts), never spread apart in a justified line.
 */
function addressSpans(word: string): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of word.matchAll(SPACED_RUN))
    if (isAddress(m[0])) spans.push([m.index, m.index + m[0].length]);
  return spans;
}

/**
 * Offsets inside the runs of the word in scripts written with spaces (not addresses), each
 * with whether word-breaks.ts lets a line break there: a run among Chinese characters breaks
 * as the same run does alone ("ABC-" / "DEF為。"), not where UAX #14 alone would, inside a
 * code ("MP-" / "DME-031"), beside a digit ("1990–" / "2000年") or before a lone letter
 * ("km/" / "h"). One rule for a word's hyphens and slashes, with or without Chinese around it.
 */
function spacedBreaks(word: string): Map<number, boolean> {
  const at = new Map<number, boolean>();
  for (const m of word.matchAll(SPACED_RUN)) {
    // Thai and its like break where their dictionary says (wordBreaks), addresses as addresses.
    if (isAddress(m[0]) || DICTIONARY.test(m[0])) continue;
    for (let i = 1; i < m[0].length; i++) at.set(m.index + i, false);
    let end = m.index;
    for (const piece of breakPieces(m[0]).slice(0, -1)) {
      end += piece.length;
      at.set(end, true);
    }
  }
  return at;
}

/** A run of characters of scripts written with spaces, inside a word. */
const SPACED_RUN = new RegExp(`(?:(?!${UNSPACED.source}).)+`, "gsu");

/**
 * What a Korean word's syllables follow with no space, as its particle or ending: a closing
 * bracket or quote, a date's full stop, a unit or a percent sign ("“본 계약”)을", "「민법」에",
 * "2026. 12. 31.자로", "50%를", "5℃로"), and the middle dot that joins two nouns
 * ("냉장·냉동"). UAX #14 breaks before the syllable there, and CSS's `keep-all` keeps only
 * letter units together, so a line started with the particle alone; KLREQ's word-unit
 * breaking breaks at spaces. A hyphen or slash stays a break, as between Latin words.
 */
const ATTACHED_AFTER = /^[\p{Pe}\p{Pf}.,%‰°℃℉·'"]$/u;

/**
 * Whether offset `at` lies inside a Korean word: between Hangul and a letter or digit, or
 * the punctuation a syllable attaches to.
 */
function insideKoreanWord(word: string, at: number): boolean {
  const [before, after] = [word[at - 1] ?? "", word[at] ?? ""];
  return (
    (HANGUL.test(before) && (WORD_UNIT.test(after) || after === "·")) ||
    ((WORD_UNIT.test(before) || ATTACHED_AFTER.test(before)) && HANGUL.test(after))
  );
}

/**
 * Whether the characters on both sides of offset `at` are of the class (whose characters are
 * all in the Basic Multilingual Plane, one UTF-16 unit each).
 */
function between(word: string, at: number, cls: RegExp): boolean {
  return cls.test(word[at - 1] ?? "") && cls.test(word[at] ?? "");
}

function piecesAt(word: string, breaks: number[]): string[] {
  const pieces: string[] = [];
  let last = 0;
  for (const at of breaks) {
    pieces.push(word.slice(last, at));
    last = at;
  }
  pieces.push(word.slice(last));
  return pieces;
}

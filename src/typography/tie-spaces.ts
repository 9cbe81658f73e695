import { SOFT_TIE, TIE } from "../model/ties.js";
import { withoutTrailing } from "../without-trailing.js";
import { type BlockText, langAt, primaryLanguage } from "./block-text.js";
import { isVerbAfter, type VerbTest, verbTests } from "./count-verbs.js";
import { codeAmount, isUnlistedCode } from "./currency-codes.js";
import { citationSpaces } from "./legal-citations.js";
import { MAGNITUDES_BY_LANGUAGE } from "./magnitude-words.js";
import {
  DAY_MONTH_LINKS,
  DAY_PROCLITICS,
  MONTHS_BY_LANGUAGE,
  MONTHS_IN_PROSE,
  NUMBERED_MONTH_WORDS,
} from "./month-names.js";
import { SENTENCE_STARTS } from "./sentence-starts.js";
import { COMMON_TIES, CURRENCIES, TIES_BY_LANGUAGE, type TieWords, UNITS } from "./tie-words.js";

/** A language's tie words as sets: words tied to the next, and pairs of words tied together. */
interface TieSets {
  after: ReadonlySet<string>;
  /** "z.\u0000B." for the words of "z. B.". */
  pairs: ReadonlySet<string>;
  /**
   * Month names, tied to the day before or after them (5 września, April 30); a name of
   * several words has them tied too (5 Meán Fómhair).
   */
  months: ReadonlySet<string>;
  /** The first words of the month names: where a name may start. */
  monthStarts: ReadonlySet<string>;
  /** The most words a month name has. */
  monthWords: number;
  /** Words between a day and its month, tied with them ("5 de enero"). */
  links: ReadonlySet<string>;
  /** A one-letter word written onto the day ("و5 آذار"), as a pattern of its letters. */
  proclitic?: RegExp;
  /** The words of a number's magnitude and percent, tied to it ("۴٫۵ میلیارد": magnitude-words.ts). */
  magnitudes: ReadonlySet<string>;
  /** Nouns tied to the number after them (clause 4), in small letters. */
  beforeNumber: ReadonlySet<string>;
  /** How street names end, tied to the house number after them (tie-words.ts). */
  streets: readonly string[];
  /** Words tied to the year after them, in small letters (tie-words.ts). */
  beforeYear: ReadonlySet<string>;
  /** Of `beforeYear`, the seasons tied only after a determiner (tie-words.ts), and those words. */
  determined: ReadonlySet<string>;
  determiners: ReadonlySet<string>;
  /** Laws' titles tied to the year after them where capitalised, in small letters (tie-words.ts). */
  titlesBeforeYear: ReadonlySet<string>;
  /** How laws' titles end, in a language that compounds them (tie-words.ts). */
  titleEndings: readonly string[];
  /** Words a sentence starts with, after a letter that then ends one (sentence-starts.ts). */
  starts: ReadonlySet<string>;
  /** The language's own units, tied to the number before them (tie-words.ts). */
  units: ReadonlySet<string>;
  /** Reporters and codes between a volume and a page, each as its words (legal-citations.ts). */
  citations: readonly (readonly string[])[];
  /**
   * The words after a number that count nothing, where a number is tied to the noun it
   * counts (tie-words.ts); absent in a language that does not tie them.
   */
  notCounted?: ReadonlySet<string>;
  /** With `notCounted`: the verbs after a number, which it does not count (count-verbs.ts). */
  verbs: readonly VerbTest[];
  /**
   * For months named by a number ("tháng 3"): what makes a day and such a month a date, not
   * a count (month-names.ts, NUMBERED_MONTH_WORDS).
   */
  numbered?: NumberedDates;
}

interface NumberedDates {
  /** The word for day, before the day ("ngày 5"). */
  day: RegExp;
  /** The month's number, then a year: "3 năm 2024", "3, 2024". */
  yearAfter: RegExp;
  /** The word for year, before it ("năm 2024"). */
  year: string;
}

const numberedDates = (words: { day: string; year: string }): NumberedDates => ({
  day: new RegExp(`^${words.day}$`, "iu"),
  yearAfter: new RegExp(`^\\p{Nd}+(?:,\\s+\\p{Nd}{4}|\\s+${words.year}\\s+\\p{Nd})`, "iu"),
  year: words.year,
});

const setsOf = (
  words: TieWords,
  months: readonly string[] = [],
  links: readonly string[] = [],
  numbered?: { day: string; year: string },
  proclitics?: string,
  magnitudes: readonly string[] = [],
  starts: readonly string[] = [],
): TieSets => ({
  magnitudes: new Set(magnitudes),
  ...(numbered ? { numbered: numberedDates(numbered) } : {}),
  ...(proclitics ? { proclitic: new RegExp(`^[${proclitics}](?=\\p{Nd})`, "u") } : {}),
  months: new Set(months),
  monthStarts: new Set(months.map((m) => m.split(" ")[0] as string)),
  monthWords: Math.max(0, ...months.map((m) => m.split(" ").length)),
  links: new Set(links),
  beforeNumber: new Set(words.beforeNumber ?? []),
  streets: words.streets ?? [],
  beforeYear: new Set(words.beforeYear ?? []),
  determined: new Set(words.seasonsAfterDeterminer ?? []),
  determiners: new Set(words.determiners ?? []),
  titlesBeforeYear: new Set(words.titlesBeforeYear ?? []),
  titleEndings: words.titleEndingsBeforeYear ?? [],
  starts: new Set(starts),
  units: new Set(words.units ?? []),
  citations: (words.citations ?? []).map((c) => c.split(" ")),
  ...(words.notCounted ? { notCounted: new Set(words.notCounted) } : {}),
  verbs: verbTests(words.verbs ?? []),
  after: new Set([...COMMON_TIES.after, ...words.after]),
  pairs: new Set(
    words.inside.flatMap((phrase) => {
      const w = phrase.split(" ");
      return w.slice(1).map((next, k) => `${w[k]}\u0000${next}`);
    }),
  ),
});

const BY_LANGUAGE: ReadonlyMap<string, TieSets> = new Map(
  [
    ...new Set([
      ...TIES_BY_LANGUAGE.keys(),
      ...MONTHS_BY_LANGUAGE.keys(),
      ...MAGNITUDES_BY_LANGUAGE.keys(),
      ...SENTENCE_STARTS.keys(),
    ]),
  ].map((lang) => [
    lang,
    setsOf(
      TIES_BY_LANGUAGE.get(lang) ?? { after: [], inside: [] },
      [...(MONTHS_BY_LANGUAGE.get(lang) ?? []), ...(MONTHS_IN_PROSE.get(lang) ?? [])],
      DAY_MONTH_LINKS.get(lang),
      NUMBERED_MONTH_WORDS.get(lang),
      DAY_PROCLITICS.get(lang),
      MAGNITUDES_BY_LANGUAGE.get(lang),
      SENTENCE_STARTS.get(lang),
    ),
  ]),
);
const OTHER = setsOf({ after: [], inside: [] });
const UNIT_SET: ReadonlySet<string> = new Set([...UNITS, ...CURRENCIES]);
const CURRENCY_SET: ReadonlySet<string> = new Set(CURRENCIES);

/**
 * Opening punctuation a word may start with, and closing punctuation it may end with (also
 * Arabic script's comma, semicolon and question mark: "5 آذار، ").
 */
const OPENING = /^[([{„“”"«»‘‚'‹›]+/u;
const CLOSING = /[)\]}„“”"«»’'‹›,;:!?،؛؟]/u;

const CLOSING_OR_STOP = new RegExp(`${CLOSING.source}|\\.`, "u");

/** The word without the closing marks after it. */
function unclosed(word: string): string {
  return withoutTrailing(word, CLOSING);
}

/**
 * A digit of any script: a number in Persian, Devanagari, Thai or Khmer digits ("۰۲۱",
 * "०१२", "០១២") is tied to its unit and its groups as one in ASCII digits is; a date in
 * Bengali or Marathi is written in its own digits ("৫").
 */
const DIGIT = /\p{Nd}/u;
/** A word that starts with a number, and one that ends with a digit. */
const NUMBER = /^\p{Nd}/u;
const ENDS_IN_DIGIT = /\p{Nd}$/u;
/** A number, perhaps after its sign: "40", "-40" (a negative amount after its currency, "EUR -40"). */
const NUMBER_START = /^[+−-]?\p{Nd}/u;
/**
 * An initial ("R.", "И.", "J.-P."): tied to the initial or name after it, so a name's
 * initials never end a line apart from it ("J. R. R. Tolkien", "И. В. Лебедева").
 */
const INITIAL = /^\p{Lu}\.(?:-\p{Lu}\.)?$/u;
/**
 * A sign between two numbers written with spaces ("3 × £40.00", "2 + 2 = 4"): tied to both,
 * so a line never ends or starts with the sign, as TeX keeps a formula in the text.
 */
const OPERATORS: ReadonlySet<string> = new Set(["×", "÷", "+", "−", "±", "=", "≈"]);
/** A number after a sign, perhaps in brackets or after its currency: "40", "£40.00", "(3". */
const AMOUNT = /^[([{]?\p{Sc}?[+−-]?\p{Nd}/u;
/** A spaced dash: the word after the space is the dash alone. */
const DASHES: ReadonlySet<string> = new Set(["–", "—", "-", "--", "---"]);

/**
 * Ties words that must stay on one line by turning the space between them into a no-break
 * space: a number and its unit or currency, the groups of a number (186 400), a postcode's two
 * halves (BS8 3BU), an initial and
 * the name after it, an abbreviation and what follows it (by the language of the abbreviation), the parts of an
 * abbreviation such as z. B., and the space before a spaced dash; a day and its month get
 * the soft tie, which a justified line may still break at (model/ties.ts). Why word by word
 * and not one regular expression per rule: the alternations of every word list, tried at
 * every character, cost time growing with the text and the lists together.
 */
export function tieSpaces(block: BlockText): void {
  // The pieces between plain spaces: a tie can only replace one of those spaces.
  const pieces = block.text.split(" ");
  const grouped = groupedNumbers(pieces);
  for (const k of ibanSpaces(pieces)) grouped.add(k);
  for (const k of postcodeSpaces(pieces)) grouped.add(k);
  let at = -1;
  // The last space of the date found last: the spaces up to it get a date's soft tie.
  let dateEnd = -1;
  // The last space of the legal citation found last ("89 Fed. Reg. 1234"): tied.
  let citeEnd = -1;
  for (let k = 0; k + 1 < pieces.length; k++) {
    at += (pieces[k] as string).length + 1;
    const raw = lastWord(pieces[k] as string);
    const next = firstWord(pieces[k + 1] as string);
    if (raw === "" || next === "" || block.fixed[at] || block.out.has(at)) continue;
    const sets = BY_LANGUAGE.get(primaryLanguage(langAt(block, at - 1))) ?? OTHER;
    if (k > dateEnd) dateEnd = k - 1 + dateSpaces(pieces, k, raw, sets);
    if (k > citeEnd) citeEnd = k - 1 + citationSpaces(pieces, k, raw, sets.citations);
    // A page number field ("Page <page/>") is left alone: a running head is one line.
    const named = k > 0 && names(lastWord(pieces[k - 1] as string), sets);
    const tie =
      grouped.has(k) || k <= citeEnd
        ? TIE
        : k <= dateEnd
          ? SOFT_TIE
          : ties(raw, next, sets, {
                named,
                following: secondWord(pieces, k + 1),
                number: wholeNumber(pieces, k, raw),
                previous: wordBefore(pieces, k, raw),
              })
            ? TIE
            : null;
    if (tie && !block.fixed[at + 1]) block.out.set(at, tie);
  }
}

/**
 * The mark of a sentence or clause after a number's last group: the Latin ones, the Arabic
 * comma, Devanagari's danda, Khmer's khan, Myanmar's and Ethiopic's, the Chinese full stop.
 */
const SENTENCE_MARK = /[,.;:!?،؛؟।॥၊။።፣፤។៕。，、]$/u;

/** A group of a number written in groups: "04", "+49", "(215)", "555-0186". */
const GROUP = /^(?:\+\p{Nd}{1,3}|\(\p{Nd}{1,4}\)|\p{Nd}{1,4}(?:-\p{Nd}{1,4})?)$/u;

/**
 * A seven-digit number written as three digits and four ("411 1111", Iceland's telephone
 * numbers, and local numbers elsewhere): no thousands grouping writes four digits after three.
 */
const LOCAL_NUMBER = /^\p{Nd}{3} \p{Nd}{4}$/u;

/**
 * The pieces after which a space joins the groups of a number written in groups of digits,
 * as telephone numbers are ("04 72 61 60 60", "+49 221 202 370", "(215) 555-0186", "411
 * 1111"): a reader copies or dials it, so it stays on one line. Three groups at least, or two
 * when the first is a country or area code or they are three digits and four: "in 2023 12
 * people" is two numbers.
 */
function groupedNumbers(pieces: string[]): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < pieces.length; ) {
    const first = lastWord(pieces[k] as string);
    if (!GROUP.test(first)) {
      k++;
      continue;
    }
    // The run goes on while the next piece starts with a group; it ends at one that has more
    // (a comma, a full stop, a line break) after its group.
    let end = k;
    while (end + 1 < pieces.length) {
      const next = pieces[end + 1] as string;
      const group = firstWord(next).replace(SENTENCE_MARK, "");
      if (!GROUP.test(group)) break;
      end++;
      if (group !== next) break;
    }
    const groups = end - k + 1;
    const second = firstWord((pieces[k + 1] as string | undefined) ?? "").replace(
      SENTENCE_MARK,
      "",
    );
    if (
      groups >= 3 ||
      (groups === 2 && (/^[+(]/.test(first) || LOCAL_NUMBER.test(`${first} ${second}`)))
    )
      for (let j = k; j < end; j++) out.add(j);
    k = Math.max(end, k + 1);
  }
  return out;
}

/** An IBAN's first group: the country and the check digits ("DE89", "(IT60"). */
const IBAN_START = /^[([{]?[A-Z]{2}\d{2}$/;
/** One of its other groups, of four letters or digits (the last may be shorter). */
const IBAN_GROUP = /^[A-Z0-9]{1,4}$/;

/**
 * The pieces after which a space joins the groups of an IBAN written in its paper form
 * ("DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19"): a reader copies it into a
 * payment form, and a line break after "DE89" or inside the groups invites a mistake.
 * Groups of four after the country and check digits, the last of one to four, 15 to 34
 * characters in all (ISO 13616).
 */
function ibanSpaces(pieces: string[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < pieces.length; k++) {
    if (!IBAN_START.test(lastWord(pieces[k] as string))) continue;
    let end = k;
    let length = 4;
    while (end + 1 < pieces.length) {
      const next = pieces[end + 1] as string;
      const group = withoutTrailing(firstWord(next), /[^A-Z0-9]/);
      if (!IBAN_GROUP.test(group)) break;
      end++;
      length += group.length;
      // A short group, or one with more after it (a comma, a line break), ends the IBAN.
      if (group.length < 4 || group !== next) break;
    }
    if (length >= 15 && length <= 34) for (let j = k; j < end; j++) out.push(j);
    k = end;
  }
  return out;
}

/**
 * A British postcode's outward code ("BS8", "SW1A", "M1") or a Canadian postal code's first
 * half ("E1C"), perhaps after an opening bracket.
 */
const OUTWARD = /^[([{]?[A-Z]{1,2}\d[A-Z\d]?$/;
/** The inward code after it ("3BU"), or a Canadian code's second half ("4X5"), perhaps before punctuation. */
const INWARD = /^\d[A-Z][A-Z\d](?:[)\]},.;:!?]*)$/;

/**
 * The pieces after which a space is the one inside a postcode ("Bristol BS8 3BU", "Moncton NB
 * E1C 4X5"): the code is read and typed as one, and "BS8" ending a line and "3BU." starting
 * the next reads as two words, as a number's groups would.
 */
function postcodeSpaces(pieces: string[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < pieces.length; k++)
    if (
      OUTWARD.test(lastWord(pieces[k] as string)) &&
      INWARD.test(firstWord(pieces[k + 1] as string))
    )
      out.push(k);
  return out;
}

const SPACE = /\s/;
/**
 * A day of the month before its name: "5", "30", "5." (German, Czech), and the first written
 * as an ordinal, French "1er" (1er janvier: the day a contract or a law starts) and English
 * "1st", "2nd" (1st March 2024).
 */
const DAY = /^\p{Nd}{1,2}(?:\.|er|st|nd|rd|th)?(?:[–-]\p{Nd}{1,2}(?:\.|st|nd|rd|th)?)?$/u;
/** A day after the month's name: "30", "2nd". */
const DAY_AFTER = /^\p{Nd}{1,2}(?:st|nd|rd|th)?(?:[–-]\p{Nd}{1,2}(?:st|nd|rd|th)?)?\.?$/u;

/** A month's name, also with the full stop of a sentence after it ("on 30 April."). */
function isMonth(name: string, sets: TieSets): boolean {
  const word = curled(name);
  return sets.months.has(word) || (word.endsWith(".") && sets.months.has(word.slice(0, -1)));
}

/** A word as ICU writes it: an apostrophe is typed straight ("d'abril", Maltese "ta'"), and the curly quotes pass has not yet run. */
function curled(word: string): string {
  return word.includes("'") ? word.replaceAll("'", "’") : word;
}

/** A word that may start a month's name, as `isMonth` reads it. */
function startsMonth(word: string, sets: TieSets): boolean {
  return sets.monthStarts.has(word) || isMonth(word, sets);
}

/** The piece's last word: after its last white space (a line break, a tie). */
function lastWord(piece: string): string {
  if (!SPACE.test(piece)) return piece;
  let i = piece.length;
  while (i > 0 && !SPACE.test(piece[i - 1] ?? "")) i--;
  return piece.slice(i);
}

/** The word before `raw`, piece `k`'s last: in the piece after a line break, else the piece before's last. */
function wordBefore(pieces: string[], k: number, raw: string): string {
  const head = (pieces[k] as string).slice(0, -raw.length);
  return head === "" ? lastWord(pieces[k - 1] ?? "") : lastWord(head.trimEnd());
}

/**
 * The number piece `k` ends (`raw`), with the groups of three written before it: "20 000".
 * Why each piece is tested and the number joined once: testing the number as it grew made V8
 * flatten it at every group, time growing with the square of the groups ("111 111 … 111 x",
 * 80,000 groups, took 32 s).
 */
function wholeNumber(pieces: string[], k: number, raw: string): string {
  let first = k;
  let head = raw;
  while (
    first > 0 &&
    /^\p{Nd}{3}/u.test(head) &&
    /^\p{Nd}{1,3}$/u.test(pieces[first - 1] as string)
  ) {
    first--;
    head = pieces[first] as string;
  }
  return first === k ? raw : `${pieces.slice(first, k).join(" ")} ${raw}`;
}

/** The word after piece `j`'s first: in the piece after a line break, else the next piece's first. */
function secondWord(pieces: string[], j: number): string {
  const piece = pieces[j] ?? "";
  const rest = piece.slice(firstWord(piece).length).trimStart();
  return rest === "" ? firstWord(pieces[j + 1] ?? "") : firstWord(rest);
}

/** The piece's first word: up to its first white space. */
function firstWord(piece: string): string {
  if (!SPACE.test(piece)) return piece;
  let i = 0;
  while (i < piece.length && !SPACE.test(piece[i] ?? "")) i++;
  return piece.slice(0, i);
}

/**
 * How many spaces from the one after piece `k` a date spans that starts with its last word
 * `raw` (0 if none starts there): a day and its month's name either way round ("5 września",
 * "April 30"; a day with a one-letter word written onto it, "و5 آذار"), with the words of a name of several ("5 Meán Fómhair") and a word the
 * language writes between them ("5 de enero").
 */
function dateSpaces(pieces: string[], k: number, raw: string, sets: TieSets): number {
  if (sets.monthWords === 0) return 0;
  const before = raw.replace(OPENING, "");
  if (DIGIT.test(raw)) {
    if (!DAY.test(sets.proclitic ? before.replace(sets.proclitic, "") : before)) return 0;
    const link = sets.links.has(curled(pieces[k + 1] as string)) ? 1 : 0;
    const words = monthAt(pieces, k + 1 + link, sets);
    if (words === 0) return 0;
    if (sets.numbered && !numberedDate(pieces, k, raw, k + link + words, sets.numbered)) return 0;
    return link + words + yearAfterMonth(pieces, k + 1 + link, k + link + words, sets);
  }
  // A month named by its number is never written before its day: "tháng 3 5" is no date.
  if (sets.numbered || !startsMonth(before, sets)) return 0;
  for (let n = Math.min(sets.monthWords, pieces.length - k - 1); n > 0; n--) {
    const name = [before, ...pieces.slice(k + 1, k + n)];
    const day = unclosed(firstWord(pieces[k + n] as string));
    if (name.slice(1).every(whole) && isMonth(name.join(" "), sets) && DAY_AFTER.test(day))
      return n + (yearAfterDay(pieces, k + n) ? 1 : 0);
  }
  return 0;
}

/**
 * Whether the day that is piece `k` (after its month: "July 15,") is followed by its year, as
 * American English writes a date ("July 15, 2025", also "July 15 2025"): the year is the
 * date's, which a line break after the comma parted ("July 15,⏎2025").
 */
function yearAfterDay(pieces: string[], k: number): boolean {
  const day = pieces[k] as string;
  if (!whole(day) || !DAY_AFTER.test(day.replace(/,$/, "")) || day.endsWith(".")) return false;
  // Its closing marks and a sentence's full stop, in any order: "2025),", "2024).".
  const year = yearOf(firstWord(pieces[k + 1] ?? ""));
  return YEAR.test(year);
}

/**
 * How many spaces after a day-first date's month, whose name is pieces `first` to `last`, join
 * it to its year ("15 July 2025", "15. Juli 2025", "4–8 March 2024", and with the word the
 * language writes before the year, "15 de julio de 2025", "5 tháng 3 năm 2024"): as yearAfterDay keeps a date
 * written month first, so no line ends at "July" or "de" with the year alone on the next. 0
 * where a mark ends the month's name ("on 30 April. 2025 was", "15 July, 2025").
 */
function yearAfterMonth(pieces: string[], first: number, last: number, sets: TieSets): number {
  if (!sets.months.has(curled(pieces.slice(first, last + 1).join(" ")))) return 0;
  const word = curled(pieces[last + 1] ?? "");
  const link = sets.links.has(word) || word === sets.numbered?.year ? 1 : 0;
  const year = yearOf(firstWord(pieces[last + 1 + link] ?? ""));
  return YEAR.test(year) ? link + 1 : 0;
}

/**
 * Whether the day `raw` that ends piece `k`, and the month named by its number whose last
 * word starts piece `last`, are a date: the word for day before the day ("ngày 5 tháng 3"),
 * or a year after the month ("5 tháng 3 năm 2024", "5 tháng 3, 2024"). Else they are a count
 * ("5 tháng 3 ngày", five months and three days).
 */
function numberedDate(
  pieces: string[],
  k: number,
  raw: string,
  last: number,
  numbered: NumberedDates,
): boolean {
  if (numbered.day.test(wordBefore(pieces, k, raw).replace(OPENING, ""))) return true;
  return numbered.yearAfter.test(pieces.slice(last, last + 3).join(" "));
}

/**
 * How many pieces from `j` on hold a month's name, the longest first: each piece a word of
 * it, the last perhaps with punctuation after it ("30 Deireadh Fómhair."); 0 if none.
 */
function monthAt(pieces: string[], j: number, sets: TieSets): number {
  const first = firstWord(pieces[j] ?? "");
  if (!startsMonth(unclosed(first), sets)) return 0;
  for (let n = Math.min(sets.monthWords, pieces.length - j); n > 0; n--) {
    const words = pieces.slice(j, j + n - 1);
    const last = unclosed(firstWord(pieces[j + n - 1] as string));
    if (words.every(whole) && isMonth([...words, last].join(" "), sets)) return n;
  }
  return 0;
}

/** A piece that is one word, with no line break in it: a name of several words spans it. */
function whole(piece: string): boolean {
  return piece !== "" && !SPACE.test(piece);
}

/**
 * A unit or currency, also with a sentence's full stop or with a case ending joined by an
 * apostrophe, as Turkish writes them ("36.000 TL'ye", "5 km'den"); a one-letter unit before
 * an apostrophe is French or Italian elision ("en 2024 l'entreprise", "3 s'il"), not a unit.
 */
export function isUnit(word: string): boolean {
  const bare = word.replace(/\.$/, "");
  if (UNIT_SET.has(word) || UNIT_SET.has(bare) || isCurrencySign(bare)) return true;
  const stem = /^(.{2,}?)['’]\p{L}+$/u.exec(bare)?.[1];
  return stem !== undefined && UNIT_SET.has(stem);
}

/**
 * A unit, or an ISO 4217 code the lists do not hold where the number before it reads as an
 * amount (currency-codes.ts: "20 000 AMD", not "2.1 ALL prices"): tied to that number.
 * `number` and `following`: the number before the word and the word after it.
 */
function tiedUnit(word: string, number: string, following: string): boolean {
  const code = unclosed(word);
  if (isUnit(code)) return true;
  // A mark after the code ends the pair as one after the number does ("20 000 AMD.").
  return isUnlistedCode(code) && codeAmount(number, code === word ? following : "");
}

/**
 * A currency sign, any of Unicode's (৳, ﷼, ₨, ₦, as €): tied to its number as the listed
 * currencies are.
 */
function isCurrencySign(word: string): boolean {
  return /^\p{Sc}$/u.test(word);
}

/** A street's name, by its last word: "Kerkstraat", "Prins Hendrikkade". */
function isStreet(word: string, sets: TieSets): boolean {
  if (sets.streets.length === 0 || !/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return sets.streets.some((end) => lower.endsWith(end));
}

/** A year: four digits, from 1000 to 2999. */
const YEAR = /^[12]\p{Nd}{3}$/u;

/** The word without the marks after it, as a year may end a sentence or a bracket: "2025).". */
function yearOf(word: string): string {
  return withoutTrailing(word, CLOSING_OR_STOP);
}

/** A count or a year: a number of up to five digits, perhaps with a fraction ("4", "2,5", "2024"). */
const COUNT = /^\p{Nd}{1,5}(?:[.,]\p{Nd}+)?$/u;
/** A word in small letters, of two letters at least: the noun a count is tied to. */
const COUNTED = /^\p{Ll}{2}/u;

/** A number with the indicator of an ordinal (Portuguese, Spanish, Italian): "2.º", "1.ª", "3º". */
const ORDINAL = /^\p{Nd}+\.?[ºª]$/u;

/**
 * Whether `word` names the numbered thing after it ("№ 4", "статья 5", "§ 3"): that number
 * counts nothing, so is not tied to the word after it ("№ 4 відбуватиметься", "пункт 3
 * договора"), as a count is to its noun (notCounted).
 */
function names(word: string, sets: TieSets): boolean {
  // With its elided article too: "l’annexe B. Nous" names B as "annexe B. Nous" does.
  const bare = unelided(word.replace(OPENING, ""));
  return NAMING.has(bare) || sets.beforeNumber.has(bare.toLowerCase());
}

/** The signs that name a numbered part in every language: §, №, Art., No. */
const NAMING: ReadonlySet<string> = new Set(COMMON_TIES.after);

/** A part's letter or Roman numeral, perhaps before punctuation: "A", "H.", "IV", "(B)". */
const PART_LETTER = /^\(?(?:[A-Z]|[IVX]{2,5})\)?$/;

/**
 * A part's noun and the capital letter or Roman numeral that names it ("Appendix A", "Subpart
 * H", "Part IV", "Anlage B"): read together as "clause 4" is, and "Subpart" ending a line
 * left "H." alone at the next one's start.
 */
function letteredPart(raw: string, next: string, sets: TieSets): boolean {
  return (
    sets.beforeNumber.has(unelided(raw.replace(OPENING, "")).toLowerCase()) &&
    PART_LETTER.test(unclosed(next).replace(/\.$/, ""))
  );
}

/** An elided article or preposition written onto a word: "l’", "d’", "qu’", Italian "dell’". */
const ELIDED = /^\p{L}{1,7}['’](?=\p{L})/u;

/**
 * The word without the elided article written onto it ("l’article" → "article", "dell’art."
 * → "art."): French, Italian and Catalan cite a part with it ("l’article 22", "l’annexe B"),
 * and the word lists name the part alone.
 */
function unelided(word: string): string {
  return word.replace(ELIDED, "");
}

/**
 * Whether `word` is a magnitude or percent (magnitude-words.ts) as written: with its own full
 * stop (Bulgarian "хил."), at a sentence's end ("۴٫۵ میلیارد.", "৪৫০ কোটি।"), or closing a
 * bracket there ("(12 Prozent).").
 */
function isMagnitude(word: string, sets: TieSets): boolean {
  const closed = unclosed(word);
  const bare = closed.replace(SENTENCE_MARK, "");
  return [closed, bare, unclosed(bare)].some((w) => sets.magnitudes.has(w));
}

/**
 * Whether a year after `word` belongs to it: a season in any case ("Fall 2021", "spring
 * 2025"), a law's title only capitalised ("Companies Act 2006", not "the order 2024 today").
 */
function yearsWord(word: string, sets: TieSets): boolean {
  const lower = word.toLowerCase();
  if (sets.beforeYear.has(lower)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  return sets.titlesBeforeYear.has(lower) || sets.titleEndings.some((end) => lower.endsWith(end));
}

/**
 * Whether `raw`, a season that is also another word ("été", seasonsAfterDeterminer), is the
 * season: an article elided onto it ("l’été"), capitalised ("Été 2025"), or after a
 * determiner (`previous`: "cet été").
 */
function determinedSeason(raw: string, previous: string, sets: TieSets): boolean {
  const word = raw.replace(OPENING, "");
  return (
    unelided(word) !== word ||
    /^\p{Lu}/u.test(word) ||
    sets.determiners.has(previous.replace(OPENING, "").toLowerCase())
  );
}

/** What `ties` reads around its two words. */
interface Around {
  /** `raw` is the number of what the word before it names (names). */
  named: boolean;
  /** The word after `next`. */
  following: string;
  /** The whole number `raw` ends, with its groups before it ("20 000"). */
  number: string;
  /** The word before `raw`. */
  previous: string;
}

function ties(
  raw: string,
  next: string,
  sets: TieSets,
  { named, following, number, previous }: Around,
): boolean {
  if (DASHES.has(next)) return true;
  if (OPERATORS.has(next) && (DIGIT.test(unclosed(raw).slice(-1)) || isUnit(raw))) return true;
  // A sign before a number, in brackets too: "(+ 20 %)" never ends a line at "(+".
  if (OPERATORS.has(raw.replace(OPENING, "")) && AMOUNT.test(next)) return true;
  // An ordinal with its indicator numbers the word after it: "2.º andar", "2.º A", "1.ª planta".
  if (ORDINAL.test(raw.replace(OPENING, ""))) return true;
  // A season, the word the language writes before a year, and the year: "verano de 2025".
  if (sets.links.has(next) && YEAR.test(yearOf(following)) && yearsWord(unelided(raw), sets))
    return true;
  if (sets.links.has(raw) && YEAR.test(yearOf(next)) && yearsWord(unelided(previous), sets))
    return true;
  // Most pairs of words have no digit, no abbreviation's dot, no sign: settle them first.
  if (!DIGIT.test(raw.slice(-1)) && !NUMBER_START.test(next) && !raw.endsWith("."))
    return (
      sets.after.has(raw) || sets.pairs.has(`${raw}\u0000${next}`) || letteredPart(raw, next, sets)
    );
  const before = unelided(raw.replace(OPENING, ""));
  const after = unclosed(next);
  if (NUMBER.test(after) && sets.beforeNumber.has(before.toLowerCase())) return true;
  // A time written with "h" between the hours and the minutes: "12 h 00", "10 h 30".
  if (before === "h" && /^\p{Nd}{2}$/u.test(after)) return true;
  if (NUMBER.test(after) && isStreet(before, sets)) return true;
  // The year may end its sentence: "under the Companies Act 2006.", "since Fall 2025."
  if (YEAR.test(after.replace(/\.$/u, "")) && yearsWord(before, sets))
    return !sets.determined.has(before.toLowerCase()) || determinedSeason(raw, previous, sets);
  if (
    ENDS_IN_DIGIT.test(before) &&
    (tiedUnit(next, number, following) || sets.units.has(after.replace(/\.$/u, "")))
  )
    return true;
  if (ENDS_IN_DIGIT.test(before) && isMagnitude(next, sets)) return true;
  if (
    sets.notCounted &&
    !named &&
    COUNT.test(before) &&
    COUNTED.test(after) &&
    !sets.notCounted.has(after) &&
    // A verb ends a sentence as often as not: "Рейс 12 вылетел."
    !isVerbAfter(before, after.replace(SENTENCE_MARK, ""), sets.verbs)
  )
    return true;
  if (NUMBER_START.test(after) && (CURRENCY_SET.has(before) || isCurrencySign(before))) return true;
  if (NUMBER_START.test(after) && isUnlistedCode(before) && codeAmount(after, following))
    return true;
  if (/^\p{Nd}{1,3}$/u.test(before) && /^\p{Nd}{3}(?!\p{Nd})/u.test(next)) return true;
  // Not a part's letter ending a sentence: "Subpart H. The request" (named: after "Subpart"),
  // nor where the letter is also a code's part ("l’annexe D. Nous", though "article D. 12").
  if (INITIAL.test(before) && /^\p{Lu}/u.test(after)) return !named && !sets.starts.has(after);
  return (
    sets.after.has(before) || (before.endsWith(".") && sets.pairs.has(`${before}\u0000${after}`))
  );
}

import { scriptOf } from "../model/direction.js";
import { primaryLanguage } from "./block-text.js";
import { type VerbTest, verbTests } from "./count-verbs.js";
import { MAGNITUDES_BY_LANGUAGE } from "./magnitude-words.js";
import {
  DATE_RANGE_DASHES,
  DATE_RANGE_WORDS,
  DAY_ENDINGS,
  DAY_MONTH_LINKS,
  DAY_PROCLITICS,
  MONTHS_BY_LANGUAGE,
  MONTHS_IN_PROSE,
  NUMBERED_MONTH_WORDS,
  WEEKDAYS_BY_LANGUAGE,
  YEAR_FIRST_MARKS,
} from "./month-names.js";
import { SENTENCE_STARTS } from "./sentence-starts.js";
import { COMMON_TIES, TIES_BY_LANGUAGE, type TieWords } from "./tie-words.js";

/** A language's tie words as sets: words tied to the next, and pairs of words tied together. */
export interface TieSets {
  after: ReadonlySet<string>;
  /** An ordinal in figures is tied to the noun after it: Czech "II. patro" (tie-words.ts). */
  ordinalsBeforeNoun: boolean;
  /** "z.\u0000B." for the words of "z. B.". */
  pairs: ReadonlySet<string>;
  /**
   * Month names, tied to the day before or after them (5 września, April 30); a name of
   * several words has them tied too (5 Meán Fómhair).
   */
  months: ReadonlySet<string>;
  /**
   * American English: a typed "--" is an em dash but in a range (range-ends.ts), where
   * elsewhere it is an en dash (dashes.ts); the ties read it so too (date-spaces.ts).
   */
  emDashTyped?: boolean;
  /** The names of the days of the week: a range of them is one ("Monday–Friday": range-ends.ts). */
  weekdays: ReadonlySet<string>;
  /** The first words of the month names: where a name may start. */
  monthStarts: ReadonlySet<string>;
  /** The most words a month name has. */
  monthWords: number;
  /** What joins a range's two dates ("15 July – 3 August", "с 1 по 5 мая": month-names.ts). */
  rangeWords: ReadonlySet<string>;
  /** Words between a day and its month, tied with them ("5 de enero"). */
  links: ReadonlySet<string>;
  /** The endings written onto a day after its month ("martxoaren 3an"), as a pattern. */
  dayEnding?: RegExp;
  /** A one-letter word written onto the day ("و5 آذار"), as a pattern of its letters. */
  proclitic?: RegExp;
  /** The words of a number's magnitude and percent, tied to it ("۴٫۵ میلیارد": magnitude-words.ts). */
  magnitudes: ReadonlySet<string>;
  /** Nouns tied to the number after them (clause 4), in small letters. */
  beforeNumber: ReadonlySet<string>;
  /** The kinds of laws, tied to a law's number after them (tie-words.ts), in small letters. */
  lawsBeforeNumber: ReadonlySet<string>;
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
  /**
   * In a language whose long date starts with its year: the marks written onto the year and
   * the words after it ("2025. gada": ".", ["gada"]; month-names.ts, YEAR_FIRST_MARKS).
   */
  yearMark?: YearMark;
}

export interface YearMark {
  /**
   * The year with the marks joined to its digits: "2025." of "2025.", and "2025eko" or
   * "2024ko" of Basque's "(e)ko", its letter in parentheses written or not (or as ICU does).
   */
  year: RegExp;
  /** The words after it: "m." of "2025 m.". */
  words: readonly string[];
}

/** A language's YEAR_FIRST_MARKS entry as its parts: ". gada" → ".", ["gada"]. */
function yearMarkOf(mark: string): YearMark {
  const [joined, ...words] = mark.split(" ");
  const marks = (joined ?? "")
    .split(/(\([^)]*\))/)
    .map((part) =>
      part.startsWith("(") ? `(?:${escaped(part)}|${escaped(part.slice(1, -1))})?` : escaped(part),
    )
    .join("");
  return { year: new RegExp(`^\\p{Nd}{4}${marks}$`, "u"), words };
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

export interface NumberedDates {
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
  yearMark?: string,
  weekdays: readonly string[] = [],
  rangeWords: readonly string[] = [],
  dayEndings?: readonly string[],
): TieSets => ({
  ...(dayEndings
    ? { dayEnding: new RegExp(`^\\p{Nd}{1,2}(?:${dayEndings.map(escaped).join("|")})$`, "u") }
    : {}),
  ...(yearMark === undefined ? {} : { yearMark: yearMarkOf(yearMark) }),
  magnitudes: new Set(magnitudes),
  ...(numbered ? { numbered: numberedDates(numbered) } : {}),
  ...(proclitics ? { proclitic: new RegExp(`^[${proclitics}](?=\\p{Nd})`, "u") } : {}),
  months: new Set(months),
  weekdays: new Set(weekdays),
  rangeWords: new Set([...DATE_RANGE_DASHES, ...rangeWords]),
  monthStarts: new Set(months.map((m) => m.split(" ")[0] as string)),
  monthWords: Math.max(0, ...months.map((m) => m.split(" ").length)),
  links: new Set(links),
  beforeNumber: new Set([...(COMMON_TIES.beforeNumber ?? []), ...(words.beforeNumber ?? [])]),
  lawsBeforeNumber: new Set(words.lawsBeforeNumber ?? []),
  streets: words.streets ?? [],
  beforeYear: new Set(words.beforeYear ?? []),
  determined: new Set(words.seasonsAfterDeterminer ?? []),
  determiners: new Set(words.determiners ?? []),
  titlesBeforeYear: new Set(words.titlesBeforeYear ?? []),
  titleEndings: words.titleEndingsBeforeYear ?? [],
  starts: new Set(starts),
  units: new Set(words.units ?? []),
  citations: (words.citations ?? []).map((c) => c.split(" ")),
  ordinalsBeforeNoun: words.ordinalsBeforeNoun ?? false,
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

export const BY_LANGUAGE: ReadonlyMap<string, TieSets> = new Map(
  [
    ...new Set([
      ...TIES_BY_LANGUAGE.keys(),
      ...MONTHS_BY_LANGUAGE.keys(),
      ...MAGNITUDES_BY_LANGUAGE.keys(),
      ...SENTENCE_STARTS.keys(),
      ...DATE_RANGE_WORDS.keys(),
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
      YEAR_FIRST_MARKS.get(lang),
      WEEKDAYS_BY_LANGUAGE.get(lang),
      DATE_RANGE_WORDS.get(lang),
      DAY_ENDINGS.get(lang),
    ),
  ]),
);
export const OTHER = setsOf({ after: [], inside: [] });

/** American English, by its tag: "en-US", "en-Latn-US". */
const AMERICAN = /^en(?:-[A-Za-z]{4})?-US(?:-|$)/i;

const AMERICAN_SETS: TieSets = { ...(BY_LANGUAGE.get("en") ?? OTHER), emDashTyped: true };

/**
 * The tie sets of the language tag `lang`: its language's, and American English's own, which
 * reads a typed "--" as its typists mean it (TieSets.emDashTyped).
 */
export function setsFor(lang: string): TieSets {
  if (AMERICAN.test(lang)) return AMERICAN_SETS;
  return BY_LANGUAGE.get(primaryLanguage(lang)) ?? OTHER;
}

/** A letter of the Latin script. */
const LATIN_LETTER = /\p{Script=Latin}/u;

/**
 * The tie sets `word` is read by in text of the language tag `lang`: the language's, but
 * English's for a word in Latin letters where the language is written in another script, as
 * a citation, a unit or a title quoted in Latin letters is ("انظر p. 12", "ראה No. 5", "см.
 * p. 12"). Why English: the language such citations are written in; the text's own language
 * lists none of them, so "p. 12" inside an Arabic paragraph was left free to part where it
 * was tied in an English one. `latin` holds, per tag, whether it is written in Latin letters:
 * the caller's, one per paragraph, so each tag is looked up once.
 */
export function wordSets(lang: string, word: string, latin: Map<string, boolean>): TieSets {
  if (!LATIN_LETTER.test(word)) return setsFor(lang);
  let own = latin.get(lang);
  if (own === undefined) {
    const script = scriptOf(lang);
    own = script === undefined || script === "Latn";
    latin.set(lang, own);
  }
  return own ? setsFor(lang) : LATIN_SETS;
}

const LATIN_SETS = setsFor("en");

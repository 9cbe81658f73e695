import {
  DIGIT,
  firstWord,
  OPENING,
  unclosed,
  whole,
  wordBefore,
  YEAR,
  yearOf,
} from "./piece-words.js";
import { typedEmDash } from "./range-ends.js";
import type { NumberedDates, TieSets } from "./tie-sets.js";

/*
 * Dates in a text's words, for the ties (tie-spaces.ts): a day and its month's name either way
 * round, and the year after them. The spaces a date spans get the soft tie, which a justified
 * line may still break at (model/ties.ts).
 */

/**
 * A day of the month before its name: "5", "30", "5." (German, Czech), and the first written
 * as an ordinal, French "1er" (1er janvier: the day a contract or a law starts) and English
 * "1st", "2nd" (1st March 2024).
 */
const DAY = /^\p{Nd}{1,2}(?:\.|er|st|nd|rd|th)?(?:[–-]\p{Nd}{1,2}(?:\.|st|nd|rd|th)?)?$/u;
/**
 * A day after the month's name: "30", "2nd", and with a case ending after a hyphen, as
 * Hungarian writes it in a sentence ("július 15-én", on 15 July; "15-ig", until).
 */
const DAY_AFTER =
  /^\p{Nd}{1,2}(?:st|nd|rd|th)?(?:[–-]\p{Nd}{1,2}(?:st|nd|rd|th)?)?(?:-\p{Ll}{1,4})?\.?$/u;

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

/**
 * How many spaces from the one after piece `k` a date spans that starts with its last word
 * `raw` (0 if none starts there): a day and its month's name either way round ("5 września",
 * "April 30"), perhaps after its year ("2025. július 15."), perhaps with a second day and month
 * after a dash ("15 July – 3 August 2025", "May 5–June 10").
 */
export function dateSpaces(pieces: string[], k: number, raw: string, sets: TieSets): number {
  if (sets.monthWords === 0) return 0;
  const year = yearBefore(pieces, k, raw, sets);
  const first = k + year;
  const spaces = dayAndMonth(pieces, first, year > 0 ? (pieces[first] as string) : raw, sets, true);
  if (spaces === 0) return 0;
  return year + spaces + rangeAfter(pieces, first + spaces, sets);
}

/**
 * How many spaces from the one after piece `k` lead from the year `raw` to the day and month
 * after it, in a language whose long date starts with its year (TieSets.yearMark): one for
 * "2025. július", two for "2025 m. liepos" and "2025. gada 15."; 0 where `raw` is no such
 * year. The date after it is read as any other (dateSpaces).
 */
function yearBefore(pieces: string[], k: number, raw: string, sets: TieSets): number {
  const mark = sets.yearMark;
  if (!mark?.year.test(raw.replace(OPENING, ""))) return 0;
  const words = mark.words.length;
  if (mark.words.some((word, i) => pieces[k + 1 + i] !== word)) return 0;
  return whole(pieces[k + 1 + words] ?? "") ? words + 1 : 0;
}

/**
 * How many spaces from the one after piece `k` a day and its month span, from its last word
 * `raw`: either way round, a day with a one-letter word written onto it ("و5 آذار"), with the
 * words of a name of several ("5 Meán Fómhair"), a word the language writes between them ("5
 * de enero") and the year after them. With `range`, also a second date after a dash joined to
 * the first's last word ("15 July–3 August", "May 5–June 10"); the second never has a third.
 */
function dayAndMonth(
  pieces: string[],
  k: number,
  raw: string,
  sets: TieSets,
  range: boolean,
): number {
  // A range's second date may start at the text's last piece: no month after it.
  if (k + 1 >= pieces.length) return 0;
  const before = raw.replace(OPENING, "");
  if (DIGIT.test(raw)) {
    if (!DAY.test(sets.proclitic ? before.replace(sets.proclitic, "") : before)) return 0;
    const link = sets.links.has(curled(pieces[k + 1] as string)) ? 1 : 0;
    const words = monthAt(pieces, k + 1 + link, sets);
    if (words === 0) {
      const joined = range ? joinedAfterMonth(pieces, k + 1 + link, sets) : 0;
      if (joined > 0) return link + 1 + joined;
      return range && link === 0 ? daysRange(pieces, k, raw, sets) : 0;
    }
    if (sets.numbered && !numberedDate(pieces, k, raw, k + link + words, sets.numbered)) return 0;
    return link + words + yearAfterMonth(pieces, k + 1 + link, k + link + words, sets);
  }
  // A month named by its number is never written before its day: "tháng 3 5" is no date.
  if (sets.numbered || !startsMonth(before, sets)) return 0;
  for (let n = Math.min(sets.monthWords, pieces.length - k - 1); n > 0; n--) {
    const name = [before, ...pieces.slice(k + 1, k + n)];
    if (!name.slice(1).every(whole) || !isMonth(name.join(" "), sets)) continue;
    const day = unclosed(firstWord(pieces[k + n] as string));
    if (DAY_AFTER.test(day) || dayWithEnding(firstWord(pieces[k + n] as string), sets))
      return n + (yearAfterDay(pieces, k + n) ? 1 : 0);
    const joined = range ? joinedAfterDay(pieces, k + n, sets) : 0;
    if (joined > 0) return n + joined;
  }
  return 0;
}

/**
 * Whether `word` is a day with the ending the language writes onto it (TieSets.dayEnding:
 * Basque "3a", "15ean", ICU's "3(a)"), perhaps before a mark: "3a,", "(3a)".
 */
function dayWithEnding(word: string, sets: TieSets): boolean {
  if (!sets.dayEnding) return false;
  return sets.dayEnding.test(word) || sets.dayEnding.test(unclosed(word).replace(/\.$/, ""));
}

/** A dash joining a range's two dates, as typed ("–", "-", "--"; not the em dash of a pause). */
const RANGE_DASH = "(–|--?)";
/** A day, a dash and the first word of the next date's month: "5–June". */
const DAY_THEN_MONTH = new RegExp(
  `^(\\p{Nd}{1,2}(?:st|nd|rd|th)?\\.?)${RANGE_DASH}(?=\\p{L})`,
  "u",
);
/** A month's name of one word, a dash and the next date's day: "July–3". */
const MONTH_THEN_DAY = new RegExp(`^(\\p{L}[^–-]*)${RANGE_DASH}(?=\\p{Nd})`, "u");

/**
 * Whether `dash`, typed between the text `before` it and `after` it, joins a range's two
 * dates: a typed en dash or hyphen does; "--" unless the dash pass prints it an em dash
 * (range-ends.ts: American English's, where it joins no range).
 */
function rangeDash(dash: string, before: string, after: string, sets: TieSets): boolean {
  return dash !== "--" || !typedEmDash(before, after, sets);
}

/**
 * How many spaces from the one after piece `k`, whose last word is the day `day` with no
 * month after it, a range of days spans to the date that ends it ("1 – 5 May", "с 1 по 5
 * мая"): the first day is that date's as the first of "4–8 March" is. 0 if none does.
 */
function daysRange(pieces: string[], k: number, day: string, sets: TieSets): number {
  if (!DIGIT.test(firstWord(pieces[k + 2] ?? "").charAt(0))) return 0;
  return secondDate(pieces, k, `${wordBefore(pieces, k, day)} ${day}`, sets);
}

/**
 * How many spaces the second date spans that starts inside piece `k` after a day and a dash
 * ("May 5–June 10": piece "5–June"), 0 if none does.
 */
function joinedAfterDay(pieces: string[], k: number, sets: TieSets): number {
  const word = firstWord(pieces[k] as string);
  const m = DAY_THEN_MONTH.exec(word);
  if (!m || word !== pieces[k]) return 0;
  const rest = word.slice(m[0].length);
  const around = [`${pieces[k - 1] ?? ""} ${m[1]}`, `${rest} ${pieces[k + 1] ?? ""}`] as const;
  if (!rangeDash(m[2] as string, ...around, sets)) return 0;
  return dayAndMonth(pieces, k, rest, sets, false);
}

/**
 * How many spaces the second date spans that starts inside piece `k` after a month's name and
 * a dash ("15 July–3 August": piece "July–3"), 0 if none does.
 */
function joinedAfterMonth(pieces: string[], k: number, sets: TieSets): number {
  const word = pieces[k] ?? "";
  const m = MONTH_THEN_DAY.exec(word);
  if (!m || !whole(word) || !isMonth(m[1] as string, sets)) return 0;
  const rest = word.slice(m[0].length);
  const around = [`${pieces[k - 1] ?? ""} ${m[1]}`, `${rest} ${pieces[k + 1] ?? ""}`] as const;
  if (!rangeDash(m[2] as string, ...around, sets)) return 0;
  return dayAndMonth(pieces, k, rest, sets, false);
}

/**
 * How many spaces after a date that ends with piece `end` a second one spans after a spaced
 * dash ("15 July – 3 August 2025", "May 5 – June 10, 2025"), with the dash's: a range read as
 * one date, as a range of days in one month is ("4–8 March 2024"). 0 where the first date has
 * its year (it reads alone) or a mark ends it ("15 July, – 3 August").
 */
function rangeAfter(pieces: string[], end: number, sets: TieSets): number {
  const last = pieces[end] as string;
  if (!whole(last) || unclosed(last) !== last || isYear(last)) return 0;
  return secondDate(pieces, end, `${pieces[end - 1] ?? ""} ${last}`, sets);
}

/**
 * How many spaces after piece `end`, which ends with the text `before`, a range's second
 * date spans after what joins it to the first (sets.rangeWords: "–", "--", Russian "—",
 * "по"), with that word's: 0 if none does.
 */
function secondDate(pieces: string[], end: number, before: string, sets: TieSets): number {
  const dash = pieces[end + 1] ?? "";
  if (!sets.rangeWords.has(dash) || !whole(pieces[end + 2] ?? "")) return 0;
  if (!rangeDash(dash, before, pieces.slice(end + 2, end + 4).join(" "), sets)) return 0;
  const spaces = dayAndMonth(pieces, end + 2, pieces[end + 2] as string, sets, false);
  return spaces > 0 ? spaces + 2 : 0;
}

/** An ending a year may take after a hyphen: Azerbaijani's ordinal, "2025-ci" (year-ordinal.ts). */
const YEAR_ENDING = /-\p{Ll}{1,4}$/u;

/**
 * Whether `word` is a year, perhaps with the marks after it ("2025).") or an ending after a
 * hyphen: Azerbaijani writes a date's year as an ordinal ("19 may 2025-ci il", its long date),
 * which a line broke from its month as no other year.
 */
function isYear(word: string): boolean {
  return YEAR.test(yearOf(word).replace(YEAR_ENDING, ""));
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
  return isYear(firstWord(pieces[k + 1] ?? ""));
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
  return isYear(firstWord(pieces[last + 1 + link] ?? "")) ? link + 1 : 0;
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
 * The word without the marks after it, but an apostrophe that ends a month's name: Assamese
 * writes May "মে’" (ICU too), and the marks taken off left "মে", no month; "১৩ মে’" broke.
 */
function monthWord(word: string, sets: TieSets): string {
  const bare = unclosed(word);
  const named = curled(word.slice(0, bare.length + 1));
  return named.endsWith("’") && startsMonth(named, sets) ? named : bare;
}

/**
 * How many pieces from `j` on hold a month's name, the longest first: each piece a word of
 * it, the last perhaps with punctuation after it ("30 Deireadh Fómhair."); 0 if none.
 */
function monthAt(pieces: string[], j: number, sets: TieSets): number {
  const first = firstWord(pieces[j] ?? "");
  if (!startsMonth(monthWord(first, sets), sets)) return 0;
  for (let n = Math.min(sets.monthWords, pieces.length - j); n > 0; n--) {
    const words = pieces.slice(j, j + n - 1);
    const last = monthWord(firstWord(pieces[j + n - 1] as string), sets);
    if (words.every(whole) && isMonth([...words, last].join(" "), sets)) return n;
  }
  return 0;
}

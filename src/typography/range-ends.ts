import type { TieSets } from "./tie-sets.js";
import { CURRENCIES, UNITS } from "./tie-words.js";

/*
 * Whether a typed "--" is an em dash or a range's en dash ("pages 10--20", "May 5--June 10",
 * "Monday--Friday"): the one decision the dash pass (dashes.ts) prints and the ties
 * (date-spaces.ts: a range of dates kept as one) read.
 * Why one function: read twice, "May 5 -- June 10" printed an em dash the ties had kept with
 * its dates as a range's.
 */

const UNIT_SET: ReadonlySet<string> = new Set([...UNITS, ...CURRENCIES]);

/** How far each side of the dash a range's ends are read ("9 a.m.", "from May 5"). */
export const AROUND = 16;

/**
 * A number ending the text before the dash: perhaps with a day's full stop or ordinal ("15.",
 * "5th"), a percent sign, or a short unit or time of day written onto it ("9am", "5km").
 */
const NUMBER_BEFORE = /\p{Nd}(?:\.|\p{L}{1,3}|[%‰])?$/u;
/** A number and the word after it, ending the text: "9 a.m.", "5 km", "5 May", "15. Juli". */
const NUMBER_THEN_WORD = /\p{Nd}\.? (\p{L}[\p{L}.]*)$/u;
/** A number starting the text after the dash, perhaps after its currency sign: "20", "$20". */
const NUMBER_AFTER = /^\p{Sc}?\p{Nd}/u;
/** A word and a number after it, starting the text: a month and its day ("June 10"). */
const WORD_THEN_NUMBER = /^(\p{L}+\.?) \p{Nd}/u;
/** The word ending the text, and the one starting it: the names of a range of names. */
const LAST_WORD = /(?<!\p{Nd})\p{L}+\.?$/u;
const FIRST_WORD = /^\p{L}+\.?/u;
/** A code of capitals and a number ("Q1", "FY24", "H1"): a range is the same capitals again. */
const CODE_BEFORE = /(?<![\p{L}\p{Nd}])(\p{Lu}{1,3})\p{Nd}{1,4}$/u;

/** The names a range's ends may be, by language: its months and days of the week. */
export type RangeNames = Pick<TieSets, "months" | "weekdays">;

/**
 * Whether "--" typed between the text `before` it and `after` it is an em dash: in American
 * English (TieSets.emDashTyped), but where it joins a range's ends. The one decision the dash
 * pass prints and the ties read.
 */
export function typedEmDash(before: string, after: string, sets: TieSets): boolean {
  return sets.emDashTyped === true && !joinsRange(before, after, sets);
}

/**
 * Whether "--" between the text `before` it and the text `after` it (each perhaps with one
 * space at the dash) joins a range's two ends: a number and a number or a month's day ("10--20",
 * "9 a.m.--5 p.m.", "5 May--10 June", "May 5 -- June 10"), two months or two days of the week
 * ("May--June", "Monday--Friday") or two codes of the same capitals ("Q1--Q2"). Not a number
 * and a word ("in 1995--the year"): a pause, American English's em dash.
 */
export function joinsRange(before: string, after: string, names: RangeNames): boolean {
  // A few characters each side, whoever asks: the ties pass whole pieces, which may be long.
  const near = before.slice(-AROUND);
  const b = near.endsWith(" ") ? near.slice(0, -1) : near;
  const a = (after.startsWith(" ") ? after.slice(1) : after).slice(0, AROUND);
  if (endsInNumber(b, names) && (NUMBER_AFTER.test(a) || monthsDay(a, names))) return true;
  const last = LAST_WORD.exec(b)?.[0];
  const first = FIRST_WORD.exec(a)?.[0];
  if (last !== undefined && first !== undefined && sameNames(last, first, names)) return true;
  const code = CODE_BEFORE.exec(b)?.[1];
  return code !== undefined && a.startsWith(code) && NUMBER_AFTER.test(a.slice(code.length));
}

/** Whether the text ends with a number, or with a unit or a month's name after one. */
function endsInNumber(text: string, names: RangeNames): boolean {
  if (NUMBER_BEFORE.test(text)) return true;
  const word = NUMBER_THEN_WORD.exec(text)?.[1];
  return word !== undefined && (UNIT_SET.has(word) || names.months.has(word));
}

/** Whether the text starts with a month's name and its day: "June 10". */
function monthsDay(text: string, names: RangeNames): boolean {
  const word = WORD_THEN_NUMBER.exec(text)?.[1];
  return word !== undefined && names.months.has(word);
}

/**
 * Whether both words are months' names, or both days of the week. The second is read with and
 * without its full stop: "Jan." is a name's, the "June." of "May--June." a sentence's, which
 * read with it printed that range an em dash.
 */
function sameNames(first: string, second: string, names: RangeNames): boolean {
  const seconds = second.endsWith(".") ? [second, second.slice(0, -1)] : [second];
  return seconds.some(
    (end) =>
      (names.months.has(first) && names.months.has(end)) ||
      (names.weekdays.has(first) && names.weekdays.has(end)),
  );
}

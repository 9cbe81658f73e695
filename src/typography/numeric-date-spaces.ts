import { firstWord, lastWord, OPENING, whole } from "./piece-words.js";

/** A year with its full stop, as a date in numbers starts with it in Korean and Hungarian: "2026.". */
const YEAR_FIRST = /^[12]\p{Nd}{3}\.$/u;
/** A month's number with its full stop: "12.", "05.". */
const MONTH = /^(?:0?[1-9]|1[0-2])\.$/u;
/** A day's number with its full stop, alone: "31.". */
const DAY = /^(?:0?[1-9]|[12]\p{Nd}|3[01])\.$/u;
/**
 * A date's last day, with its full stop and what a language writes onto it: a Korean
 * particle ("31.자로", "31.까지"), a closing mark ("31.)", "31.,"); not a further number.
 */
const DAY_LAST = /^(?:0?[1-9]|[12]\p{Nd}|3[01])\.(?!\p{Nd})/u;
/** A date's last year, perhaps with a mark or an ending after it: "2026", "2026,", "2026-ig". */
const YEAR_LAST = /^[12]\p{Nd}{3}(?!\p{Nd})/u;

/**
 * The pieces after which a space joins the three numbers of a date written in numbers with
 * spaces: year first, as Korean and Hungarian write it ("2026. 12. 31."), or day first, as
 * Czech, Slovak and German do ("31. 12. 2026"). One unit, as a date written without spaces
 * is: the text output broke a Korean letter's "2026. 12.⏎31.자로", which reads as two dates.
 * A date's soft tie, as a date with its month's name gets (model/ties.ts): the text output
 * writes it as a no-break space, and a justified line may still break there at a high cost.
 */
export function numericDateSpaces(pieces: string[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + 2 < pieces.length; k++) {
    if (!MONTH.test(pieces[k + 1] as string)) continue;
    const first = lastWord(pieces[k] as string).replace(OPENING, "");
    const last = firstWord(pieces[k + 2] as string);
    const yearFirst = YEAR_FIRST.test(first) && DAY_LAST.test(last);
    const dayFirst = DAY.test(first) && YEAR_LAST.test(last);
    if ((yearFirst || dayFirst) && whole(pieces[k + 1] as string)) out.push(k, k + 1);
  }
  return out;
}

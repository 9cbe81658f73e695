import { scriptOf } from "../model/direction.js";
import { ownOf } from "../own-of.js";
import { CONTINUED_LABELS } from "./continued-labels.js";

/**
 * Labels every pack has for a language, under the pack's own: how the language's formal
 * letters write a date where CLDR's long date (what Intl writes) is not it. A pack's labels,
 * then the letter's, may set each of them (docs/templates.md, "Dates").
 *
 * - `longDate`: the long date with places `{day}`, `{month}` (the month's name as the
 *   language's long date writes it), `{monthNumber}` and `{year}` (as the long date writes it);
 *   without it, the long date's own order. `{yearOrdinal}` is the year as an ordinal where the
 *   language dates so (src/compose/year-ordinal.ts: Azerbaijani "2025-ci"), `{gregorian}` the
 *   long date in the Gregorian calendar (a Hijri letter's second date).
 * - `longDateDays`, `longDateMonths`: how the first days of the month (1, 2, …) and the first
 *   months (1, 2, …) are written, by spaces; later ones as numbers.
 */
const LANGUAGE_LABELS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  // Decree 30/2020/NĐ-CP, appendix I: "Hà Nội, ngày 01 tháng 02 năm 2023"; a 0 before days
  // under 10 and months 1 and 2, so that no 1 or 2 can be put in front of them.
  vi: {
    longDate: "ngày {day} tháng {monthNumber} năm {year}",
    longDateDays: "01 02 03 04 05 06 07 08 09",
    longDateMonths: "01 02",
  },
  // The first of the month is "1er": "Paris, le 1er décembre 2024".
  fr: { longDateDays: "1er" },
  // Treccani, Enciclopedia dell'Italiano, "date": the first is usually written "1º aprile".
  it: { longDateDays: "1º" },
  // "Barcelona, 3 de març de 2025": Catalan administrative documents write "de" before the
  // year (the Generalitat's Criteris lingüístics), where CLDR's long date writes "del".
  ca: { longDate: "{day} {month} de {year}" },
  // "14.3.2025": Finnish letters and decisions are dated in numbers, day and month without a
  // 0, as SFS 2487 (the Finnish standard for letters) shows it, where CLDR's long date writes
  // "14. maaliskuuta 2025". A merged body's `{{date}}` is written so too (one long style,
  // letter-language.ts); a writer who wants the month's name in a sentence types it.
  fi: { longDate: "{day}.{monthNumber}.{year}" },
  // "Łódź, 1 czerwca 2002 r.": letters close the year with "r." (roku), as the language's
  // advisers describe it (optional, and usual in official letters).
  pl: { longDate: "{day} {month} {year} r." },
  // "3 Junie 2025": Afrikaans writes the day without a 0 (the Taalkommissie's Afrikaanse
  // Woordelys en Spelreëls, on dates), where CLDR's long date writes "03 Junie 2025".
  af: { longDateDays: "1 2 3 4 5 6 7 8 9" },
  // "2025 жылғы 18 наурыз": Kazakh official letters and acts write the year with "жылғы" (of
  // the year), as the titles of Kazakhstan's laws do, where CLDR's long date abbreviates it
  // ("2025 ж. 18 наурыз").
  kk: { longDate: "{year} жылғы {day} {month}" },
  // "Bakı şəhəri, 19 may 2025-ci il": Azerbaijani decrees and official letters write the year
  // as an ordinal with "il" (year), where CLDR's long date writes "19 may 2025".
  az: { longDate: "{day} {month} {yearOrdinal} il" },
  // "6 me 2025": Haitian Creole, whose dates Node's CLDR data does not hold (Intl writes them
  // in English), writes the day, the month's name in small letters and the year, the months
  // in the official spelling of 1979 (janvye … desanm), as Haitian letters and the
  // Moniteur's Creole texts date them.
  ht: {
    longDate: "{day} {month} {year}",
    longDateMonths: "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm",
  },
};

/** The labels that say how a date is written: English ones are not a default for others. */
export const DATE_LABELS: readonly string[] = ["longDate", "longDateDays", "longDateMonths"];

/**
 * The keys a label table is read by for `lang`, the most general first: its language, that
 * language in the tag's script (its own, or its likeliest), the tag itself. Why the script:
 * `sr-Latn-RS` and `sr-ME` read `sr-Latn`'s labels, `zh-TW` `zh-Hant`'s; by the primary
 * subtag alone, a Latin Serbian letter's label came out in Cyrillic, and a Taiwanese one's in
 * simplified characters.
 */
export function tagKeys(lang: string): string[] {
  const base = lang.split("-")[0] ?? lang;
  return [base, `${base}-${scriptOf(lang) ?? ""}`, lang];
}

/** missive's labels for a language, read by tagKeys: `de-AT`'s over `de`'s. */
export function languageLabels(lang: string, keys = tagKeys(lang)): Record<string, string> {
  const continued = keys
    .map((k) => ownOf(CONTINUED_LABELS, k))
    .reduce((found, c) => c ?? found, undefined);
  return {
    ...(continued ? { continued } : {}),
    ...Object.assign({}, ...keys.map((k) => ownOf(LANGUAGE_LABELS, k))),
  };
}

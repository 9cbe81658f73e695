import { fail, type Location } from "../errors.js";
import { fillPhrase } from "../model/phrases.js";
import { hasBasqueEndings, withBasqueEndings } from "./basque-endings.js";
import { formatWithShape, partsWithShape, SHAPE_YEARS, utc } from "./date-shape.js";
import type { IntlFormats } from "./intl-formats.js";
import { yearOrdinal } from "./year-ordinal.js";

const STYLES: ReadonlySet<string> = new Set(["full", "long", "medium", "short"]);

/**
 * The ISO date (`2024-05-14`) a date names, or undefined for free text ("Spring 2020"): an ISO
 * date (its month and day may be one digit), a date with a time as systems and CRM exports
 * write one (Mailchimp's `2024-03-01 10:22:11`, Salesforce's `2024-03-15T10:22:00.000Z`, an
 * .xlsx date-time cell), its date as written and the time left out (the export wrote the day
 * it meant, and a letter prints days), or `today` with `today` given.
 */
export function isoDateOf(value: string, today?: string): string | undefined {
  const text = value.trim();
  if (today !== undefined && text.toLowerCase() === "today") return today;
  const m = ISO_DATE.exec(text);
  if (!m) return undefined;
  return `${m[1]}-${(m[2] as string).padStart(2, "0")}-${(m[3] as string).padStart(2, "0")}`;
}

const ISO_DATE =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]([01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** Today's date where the letter is made, as ISO: `date: today` (the creation date's day). */
export function localIsoDate(d: Date): string {
  const two = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${two(d.getMonth() + 1)}-${two(d.getDate())}`;
}

/**
 * Formats a date (isoDateOf) for a language with Intl. Text that is not a date is kept as the
 * user wrote it, so "Spring 2020" still works.
 */
export function formatDate(
  value: unknown,
  lang: string,
  style: string,
  where: Location,
  formats: IntlFormats,
  /** Whose mistake a date that is no date is: the data's, or the template's that wrote it. */
  blame: "data" | "template" = "data",
  /** The letter's labels: `longDate` and its kin (src/load/language-labels.ts). */
  labels: Readonly<Record<string, string>> = {},
  /** What `today` stands for (ISO), where the caller knows. */
  today?: string,
): string {
  if (typeof value !== "string") {
    throw fail(blame, `a date must be text like 2020-03-11, not ${typeof value}`, where, [
      'quote it: date: "2020-03-11"',
    ]);
  }
  const iso = isoDateOf(value, today);
  const m = iso === undefined ? null : /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return value;
  // Not Date.UTC, which reads years 0–99 as 1900–1999.
  const d = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Year 0 is 1 BC, which ICU would write as the year 1 without saying so.
  if (
    Number(m[1]) === 0 ||
    d.getUTCDate() !== Number(m[3]) ||
    d.getUTCMonth() !== Number(m[2]) - 1
  ) {
    throw fail(blame, `${value} is not a real date`, where, [noDayHint(m)]);
  }
  if (!STYLES.has(style))
    throw fail("template", `date style must be one of ${[...STYLES].join(", ")}`, where);
  const shape = formats.dateShape(lang, style);
  const year = d.getUTCFullYear();
  const tabled = shape && year >= SHAPE_YEARS.from && year <= SHAPE_YEARS.to ? shape : undefined;
  const partsOf = () => (tabled ? partsWithShape(tabled, d) : formats.dateParts(lang, style, d));
  if (style === "long" && (labels.longDate || labels.longDateDays || labels.longDateMonths)) {
    const gregorian = () => formats.formatDate(inGregorian(lang), "long", d);
    // A table writes Gregorian dates in Latin digits (date-shape.ts): no ICU to ask.
    const numbers = tabled
      ? { day: d.getUTCDate(), month: d.getUTCMonth() + 1, digits: String }
      : {
          ...formats.calendarDayMonth(lang, style, d),
          digits: (n: number) => formats.number(lang, { useGrouping: false }).format(n),
        };
    return withDateLabels(endingsChosen(partsOf(), d), numbers, labels, lang, gregorian);
  }
  // Only Basque's dates leave endings open: other languages keep the faster path.
  if (lang.split("-")[0] === "eu") {
    return endingsChosen(partsOf(), d)
      .map((p) => p.value)
      .join("");
  }
  if (tabled) return formatWithShape(tabled, d);
  return formats.formatDate(lang, style, d);
}

/** The date's parts with the endings CLDR leaves open chosen (basque-endings.ts). */
function endingsChosen(
  parts: readonly { type: string; value: string }[],
  d: Date,
): readonly { type: string; value: string }[] {
  return hasBasqueEndings(parts) ? withBasqueEndings(parts, d) : parts;
}

/**
 * The long date as the labels say: `longDate`'s places filled from the long date's parts,
 * or those parts in their order; days and months the labels list written as they list them.
 */
function withDateLabels(
  parts: readonly { type: string; value: string }[],
  /** The day and month in the date's calendar, and numbers written in the letter's digits. */
  d: { day: number; month: number; digits: (n: number) => string },
  labels: Readonly<Record<string, string>>,
  lang: string,
  gregorian: () => string,
): string {
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  // Parted by spaces, but not by no-break ones: a name of two words ("Yas\u00a0Niłtʼees",
  // Navajo's January) holds one, which keeps it on one line in the date too.
  const listed = (list: string | undefined, n: number) =>
    list?.split(/[^\S\u00a0\u202f]+/u).filter((w) => w !== "")[n - 1];
  const day = listed(labels.longDateDays, d.day) ?? part("day");
  const values: Record<string, string> = {
    day,
    // A language CLDR has no dates in: its month's name is English ("May"), so `{month}`
    // takes the name the labels list, as `{monthNumber}` does (Haitian Creole's "me").
    month: (datesUnknown(lang) && listed(labels.longDateMonths, d.month)) || part("month"),
    monthNumber:
      listed(labels.longDateMonths, d.month) ??
      (labels.longDate?.includes("{monthNumber}") ? d.digits(d.month) : ""),
    year: part("year"),
    yearOrdinal: yearOrdinal(lang, part("year")),
  };
  // Only where asked: a letter dated in its calendar and the Gregorian one side by side.
  if (labels.longDate?.includes("{gregorian}")) values.gregorian = gregorian();
  if (labels.longDate) return fillPhrase(labels.longDate, values);
  return parts.map((p) => (p.type === "day" ? day : p.value)).join("");
}

/** Whether Node's CLDR data holds no dates in `lang`: Intl then writes them in English. */
function datesUnknown(lang: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length === 0;
  } catch {
    return false;
  }
}

/**
 * The language tag with the Gregorian calendar in place of its own: a Saudi letter dated
 * `ar-SA-u-ca-islamic-umalqura` gives "١٦ نوفمبر ٢٠٢٤" beside its Hijri date, in its digits.
 */
function inGregorian(lang: string): string {
  try {
    return new Intl.Locale(lang, { calendar: "gregory" }).toString();
  } catch {
    return lang;
  }
}

/**
 * What is wrong with a date written as YYYY-MM-DD that names no day. Why not "write the date
 * as YYYY-MM-DD": it is written so, and the hint sent a merge's user looking at the format
 * of 2024-02-30 rather than at its day.
 */
function noDayHint(m: RegExpExecArray): string {
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (year === 0) return "there is no year 0000: the years go from 0001 (1 AD)";
  if (month < 1 || month > 12) return `the month is 01 to 12, not ${m[2]}`;
  const days = utc(year, month, 0).getUTCDate();
  return `${m[1]}-${m[2]} has ${days} days`;
}

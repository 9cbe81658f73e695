import { remember } from "../remember.js";
import { type DateShape, dateShapeOf } from "./date-shape.js";
import { withoutForeignEra } from "./foreign-era.js";

/**
 * Intl formatters of one thread (part of the resources, src/resources.ts), by language and
 * style. Why kept: building an Intl formatter costs more than the rest of composing a letter.
 */
export class IntlFormats {
  private readonly dates = new Map<string, Intl.DateTimeFormat>();
  private readonly numbers = new Map<string, Intl.NumberFormat>();
  private readonly lists = new Map<string, Intl.ListFormat>();
  /** Tables of what date formatters write (date-shape.ts), which a startup snapshot keeps. */
  private readonly shapes = new Map<string, DateShape>();
  /**
   * Dates formatted, by language, style and day. Why: a merge's letters print the same date
   * (the letter's, in its heads too), and ICU formatting it costs more than the rest of the
   * date helper.
   */
  private readonly written = new Map<string, string>();
  /** Day-and-month formatters in a calendar, Latin digits, by calendar. */
  private readonly calendarDays = new Map<string, Intl.DateTimeFormat>();

  /**
   * Names joined as the language joins a list: "A and B", "A, B und C". One name is itself:
   * why not ask ICU for it too: making the list format loads the language's list patterns,
   * which cost a cold start as much as shaping a paragraph, and most letters have one addressee.
   */
  joinList(lang: string, items: string[]): string {
    if (items.length < 2) return items[0] ?? "";
    let f = this.lists.get(lang);
    if (!f) {
      f = new Intl.ListFormat(lang, { type: "conjunction" });
      this.lists.set(lang, f);
    }
    return f.format(items);
  }

  date(lang: string, style: string): Intl.DateTimeFormat {
    const key = `${lang}\0${style}`;
    let f = this.dates.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(lang, { dateStyle: style as "long", timeZone: "UTC" });
      this.dates.set(key, f);
    }
    return f;
  }

  /** What `date(lang, style)` writes of the day, without a foreign era (foreign-era.ts). */
  dateParts(lang: string, style: string, d: Date): readonly Intl.DateTimeFormatPart[] {
    return withoutForeignEra(this.date(lang, style).formatToParts(d));
  }

  /** The dateParts joined, formatted once per thread for each day. */
  formatDate(lang: string, style: string, d: Date): string {
    const key = `${lang}\0${style}\0${d.getTime()}`;
    const written = () => {
      const parts = this.dateParts(lang, style, d);
      // V8's format() writes U+202F (narrow no-break space) as a plain space; formatToParts does not.
      return parts.map((p) => p.value.replaceAll("\u202f", " ")).join("");
    };
    return this.written.get(key) ?? remember(this.written, key, written(), 256);
  }

  /**
   * The day of the month and the month's number that `date(lang, style)` writes, in its
   * calendar: a Hijri, Persian or Hebrew date's own, not the Gregorian day's. Why ask: the
   * labels' `{monthNumber}` and `longDateDays` number what the long date names.
   */
  calendarDayMonth(lang: string, style: string, d: Date): { day: number; month: number } {
    const calendar = this.date(lang, style).resolvedOptions().calendar;
    if (
      calendar === "gregory" ||
      calendar === "buddhist" ||
      calendar === "japanese" ||
      calendar === "roc"
    )
      return { day: d.getUTCDate(), month: d.getUTCMonth() + 1 };
    let f = this.calendarDays.get(calendar);
    if (!f) {
      f = new Intl.DateTimeFormat("en", {
        calendar,
        day: "numeric",
        month: "numeric",
        timeZone: "UTC",
        numberingSystem: "latn",
      });
      this.calendarDays.set(calendar, f);
    }
    const parts = f.formatToParts(d);
    const value = (type: string) =>
      Number.parseInt(parts.find((p) => p.type === type)?.value ?? "", 10);
    return { day: value("day"), month: value("month") };
  }

  /** The table standing in for the date formatter of this language and style, if any. */
  dateShape(lang: string, style: string): DateShape | undefined {
    return this.shapes.get(`${lang}\0${style}`);
  }

  number(lang: string, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
    const key = `${lang}\0${JSON.stringify(opts)}`;
    let f = this.numbers.get(key);
    if (!f) {
      f = new Intl.NumberFormat(lang, opts);
      this.numbers.set(key, f);
    }
    return f;
  }

  /**
   * Formats that a V8 startup snapshot can hold: the date formatters (ICU objects, which it
   * cannot) as tables of what they write, where a table writes exactly that (date-shape.ts);
   * no number formatters.
   */
  forSnapshot(): IntlFormats {
    const kept = new IntlFormats();
    for (const [key, f] of this.dates) {
      const shape = dateShapeOf(f);
      if (shape) kept.shapes.set(key, shape);
    }
    return kept;
  }
}

import { type DateShape, dateShapeOf } from "./date-shape.js";

/**
 * Intl formatters of one thread (part of the resources, src/resources.ts), by language and
 * style. Why kept: building an Intl formatter costs more than the rest of composing a letter.
 */
export class IntlFormats {
  private readonly dates = new Map<string, Intl.DateTimeFormat>();
  private readonly numbers = new Map<string, Intl.NumberFormat>();
  /** Tables of what date formatters write (date-shape.ts), which a startup snapshot keeps. */
  private readonly shapes = new Map<string, DateShape>();

  date(lang: string, style: string): Intl.DateTimeFormat {
    const key = `${lang}\0${style}`;
    let f = this.dates.get(key);
    if (!f) {
      f = new Intl.DateTimeFormat(lang, { dateStyle: style as "long", timeZone: "UTC" });
      this.dates.set(key, f);
    }
    return f;
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

import { fail, type Location } from "../errors.js";
import { formatWithShape, SHAPE_YEARS, utc } from "./date-shape.js";
import type { IntlFormats } from "./intl-formats.js";

const STYLES: ReadonlySet<string> = new Set(["full", "long", "medium", "short"]);

/**
 * Formats an ISO date (`2020-03-11`) for a language with Intl. Text that is not an ISO date
 * is kept as the user wrote it, so "Spring 2020" still works.
 */
export function formatDate(
  value: unknown,
  lang: string,
  style: string,
  where: Location,
  formats: IntlFormats,
  /** Whose mistake a date that is no date is: the data's, or the template's that wrote it. */
  blame: "data" | "template" = "data",
): string {
  if (typeof value !== "string") {
    throw fail(blame, `a date must be text like 2020-03-11, not ${typeof value}`, where, [
      'quote it: date: "2020-03-11"',
    ]);
  }
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim());
  if (!m) return value;
  // Not Date.UTC, which reads years 0–99 as 1900–1999.
  const d = utc(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  // Year 0 is 1 BC, which ICU would write as the year 1 without saying so.
  if (
    Number(m[1]) === 0 ||
    d.getUTCDate() !== Number(m[3]) ||
    d.getUTCMonth() !== Number(m[2]) - 1
  ) {
    throw fail(blame, `${value} is not a real date`, where, ["write the date as YYYY-MM-DD"]);
  }
  if (!STYLES.has(style))
    throw fail("template", `date style must be one of ${[...STYLES].join(", ")}`, where);
  const shape = formats.dateShape(lang, style);
  const year = d.getUTCFullYear();
  if (shape && year >= SHAPE_YEARS.from && year <= SHAPE_YEARS.to) return formatWithShape(shape, d);
  return formats.date(lang, style).format(d);
}

import { fail, type Location } from "../errors.js";
import { type DateShape, dateShapeOf, formatWithShape, SHAPE_YEARS, utc } from "./date-shape.js";

const STYLES = new Set(["full", "long", "medium", "short"]);

/**
 * Formats an ISO date (`2020-03-11`) for a language with Intl. Text that is not an ISO date
 * is kept as the user wrote it, so "Spring 2020" still works.
 */
export function formatDate(value: unknown, lang: string, style: string, where: Location): string {
  if (typeof value !== "string") {
    throw fail("data", `a date must be text like 2020-03-11, not ${typeof value}`, where, [
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
    throw fail("data", `${value} is not a real date`, where, ["write the date as YYYY-MM-DD"]);
  }
  if (!STYLES.has(style))
    throw fail("template", `date style must be one of ${[...STYLES].join(", ")}`, where);
  const key = `${lang}\0${style}`;
  const shape = shapes.get(key);
  const year = d.getUTCFullYear();
  if (shape && year >= SHAPE_YEARS.from && year <= SHAPE_YEARS.to) return formatWithShape(shape, d);
  return formatter(key, lang, style).format(d);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const shapes = new Map<string, DateShape>();

/**
 * Replaces the memoised formatters, which a V8 startup snapshot cannot hold (they are ICU
 * objects), by tables of what they write, where a table writes exactly that (date-shape.ts).
 */
export function formattersToShapes(): void {
  for (const [key, f] of formatters) {
    const shape = dateShapeOf(f);
    if (shape) shapes.set(key, shape);
  }
  formatters.clear();
}

/** Forgets the tables: ICU data other than the snapshot's may write dates otherwise. */
export function forgetDateShapes(): void {
  shapes.clear();
}

/** Why memoised: building an Intl formatter costs more than the rest of composing a letter. */
function formatter(key: string, lang: string, style: string): Intl.DateTimeFormat {
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: style as "long", timeZone: "UTC" });
    formatters.set(key, f);
  }
  return f;
}

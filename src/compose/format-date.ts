import { fail, type Location } from "../errors.js";

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
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  if (d.getUTCDate() !== Number(m[3]) || d.getUTCMonth() !== Number(m[2]) - 1) {
    throw fail("data", `${value} is not a real date`, where, ["write the date as YYYY-MM-DD"]);
  }
  if (!STYLES.has(style))
    throw fail("template", `date style must be one of ${[...STYLES].join(", ")}`, where);
  return formatter(lang, style).format(d);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Drops the memoised formatters: a V8 startup snapshot cannot hold ICU objects. */
export function forgetDateFormatters(): void {
  formatters.clear();
}

/** Why memoised: building an Intl formatter costs more than the rest of composing a letter. */
function formatter(lang: string, style: string): Intl.DateTimeFormat {
  const key = `${lang}\0${style}`;
  let f = formatters.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(lang, { dateStyle: style as "long", timeZone: "UTC" });
    formatters.set(key, f);
  }
  return f;
}

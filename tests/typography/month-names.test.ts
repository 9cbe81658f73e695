import { expect, it } from "vitest";
import {
  DAY_MONTH_LINKS,
  MONTH_VARIANTS,
  MONTHS_BY_LANGUAGE,
  NUMBERED_MONTH_WORDS,
  WEEKDAYS_BY_LANGUAGE,
  YEAR_FIRST_MARKS,
} from "../../src/typography/month-names.js";

/** What ICU writes for a language: the forms after a day and alone, the short form dotted. */
function icuMonths(lang: string): string[] {
  const words = new Set<string>();
  const forms: Intl.DateTimeFormatOptions[] = [
    { day: "numeric", month: "long" },
    { month: "long" },
    { day: "numeric", month: "short" },
  ];
  for (let m = 0; m < 12; m++) {
    const d = new Date(Date.UTC(2001, m, 5));
    for (const o of forms) {
      const f = new Intl.DateTimeFormat(lang, { ...o, timeZone: "UTC" });
      const name = f.formatToParts(d).find((p) => p.type === "month")?.value ?? "";
      if (!/\p{L}/u.test(name)) continue;
      // A short form ends in its own sign ("Dec.", Hindi "सित॰"), else it is given a dot.
      const dotted = /\p{L}$/u.test(name) ? `${name}.` : name;
      if (o.month === "long") words.add(name);
      else if (!words.has(name.replace(/\.$/, ""))) words.add(dotted);
    }
  }
  return [...words];
}

/** The language and the regions and scripts whose names its entry holds too. */
const tagsOf = (lang: string) => [lang, ...(MONTH_VARIANTS.get(lang) ?? [])];

it("holds the month names ICU writes, for every language in the table and its variants", () => {
  expect(MONTHS_BY_LANGUAGE.size).toBeGreaterThan(20);
  for (const [lang, names] of MONTHS_BY_LANGUAGE)
    expect(names, lang).toEqual([...new Set(tagsOf(lang).flatMap(icuMonths))]);
});

it("lists only variants that are of the language and ICU writes other names for", () => {
  for (const [lang, tags] of MONTH_VARIANTS)
    for (const tag of tags) {
      expect(new Intl.Locale(tag).language, tag).toBe(lang);
      expect(new Intl.DateTimeFormat(tag).resolvedOptions().locale, tag).toBe(tag);
      expect(
        icuMonths(tag).some((n) => !icuMonths(lang).includes(n)),
        tag,
      ).toBe(true);
    }
});

/** The words ICU writes between a day and its month (not the dot of German "5. Januar"). */
function icuLinks(lang: string): string[] {
  const links = new Set<string>();
  for (const month of ["long", "short"] as const)
    for (let m = 0; m < 12; m++) {
      const f = new Intl.DateTimeFormat(lang, { day: "numeric", month, timeZone: "UTC" });
      const parts = f.formatToParts(new Date(Date.UTC(2001, m, 5)));
      const [a, b] = [
        parts.findIndex((p) => p.type === "day"),
        parts.findIndex((p) => p.type === "month"),
      ];
      const between = parts.slice(Math.min(a, b) + 1, Math.max(a, b)).map((p) => p.value);
      // Not an ending written onto the month: Basque "uztaila" + "ren " (MONTHS_IN_PROSE).
      const glued = b < a ? (between.join("").match(/^\p{L}+/u)?.[0] ?? "") : "";
      const words = between.join("").slice(glued.length).split(/\s+/);
      for (const w of words) if (/\p{L}/u.test(w)) links.add(w);
    }
  return [...links];
}

it("holds the words ICU writes between a day and its month, for every language in the table", () => {
  for (const lang of MONTHS_BY_LANGUAGE.keys())
    expect(DAY_MONTH_LINKS.get(lang) ?? [], lang).toEqual([
      ...new Set(tagsOf(lang).flatMap(icuLinks)),
    ]);
});

it("holds the words for day and year of the languages whose months are named by a number", () => {
  const numbered = [...MONTHS_BY_LANGUAGE].filter(([, names]) => names.some((n) => /\d$/.test(n)));
  expect(numbered.map(([lang]) => lang)).toEqual([...NUMBERED_MONTH_WORDS.keys()]);
  for (const [lang] of numbered) {
    const field = new Intl.DisplayNames(lang, { type: "dateTimeField" });
    const word = (f: "day" | "year") => field.of(f)?.toLocaleLowerCase(lang);
    expect(NUMBERED_MONTH_WORDS.get(lang), lang).toEqual({ day: word("day"), year: word("year") });
  }
});

/** What ICU writes after the year of a long date that starts with it, if one does ("2025. "). */
function icuYearMark(tag: string): string | undefined {
  const parts = new Intl.DateTimeFormat(tag, { dateStyle: "long", timeZone: "UTC" }).formatToParts(
    new Date(Date.UTC(2025, 6, 15)),
  );
  // A letter types a space where ICU writes a no-break one ("2025 ж.", Kazakh).
  const mark = (parts[1]?.value ?? "").replace(/[\u00a0\u202f]/gu, " ");
  // Not a date joined by hyphens ("2025-Julio-15", Esperanto): one word, no space to tie.
  return parts[0]?.type === "year" && mark.endsWith(" ") ? mark.slice(0, -1) : undefined;
}

it("holds the marks after the year of the languages whose long date starts with it", () => {
  const marks = [...MONTHS_BY_LANGUAGE.keys()].flatMap((lang) =>
    tagsOf(lang).flatMap((tag) => {
      const mark = icuYearMark(tag);
      return mark === undefined ? [] : [[lang, mark] as const];
    }),
  );
  expect(new Map(marks)).toEqual(YEAR_FIRST_MARKS);
});

it("holds the names of the days of the week ICU writes, long and short", () => {
  for (const [lang, names] of WEEKDAYS_BY_LANGUAGE)
    for (const weekday of ["long", "short"] as const)
      for (let d = 0; d < 7; d++) {
        const f = new Intl.DateTimeFormat(lang, { weekday, timeZone: "UTC" });
        expect(names, lang).toContain(f.format(new Date(Date.UTC(2001, 0, 1 + d))));
      }
});

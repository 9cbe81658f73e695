import { formatDate, isoDateOf } from "../compose/format-date.js";
import { isText, oneOf, type Signatures, wholeNumber } from "../compose/helper-calls.js";
import type { IntlFormats } from "../compose/intl-formats.js";
import { type HelperOptions, ValueProblem } from "../compose/value-problem.js";
import { isMissiveError } from "../errors.js";
import { shown } from "../shown-value.js";
import { readsAsSet } from "./sheet-boolean.js";
import { sheetDate, sheetNumber } from "./sheet-language.js";
import { templatePath } from "./template-path.js";

/** What the helpers need to know about the text being personalised. */
export interface TextContext {
  lang: string;
  /** The letter's labels (letter-language.ts): a date is written as its date line is. */
  labels: Readonly<Record<string, string>>;
  /** `--records-lang`: the language the records write numbers and dates in (sheet-language.ts). */
  recordsLang?: string;
  /** Makes inserted text literal for the field (Markdown for the body, as is elsewhere). */
  escape(text: string): string;
}

/**
 * Why a check in every helper: a value the record lacks must not become empty text quietly.
 * The hint says "set", not "add a … column": most often the column is there and this record's
 * cell is empty (a CRM export's "Address 2"), which sets nothing.
 */
export function given(value: unknown, o: HelperOptions, what: string): unknown {
  if (value === undefined || value === null)
    throw new ValueProblem(`${what} is not set in the record`, o, [
      `set ${what} in every record (an empty cell sets nothing), or wrap it in {{#if ${templatePath(what)}}}…{{/if}}`,
    ]);
  return value;
}

/**
 * A number as CSV and spreadsheets write one: digits with a dot for decimals, a sign, an
 * exponent (`1e+21`, as a spreadsheet's large numbers come out). Why not all `Number` takes:
 * it also reads `0x10` as 16 and `0b11` as 3, which no amount column means.
 */
const DECIMAL = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

function numberOf(value: unknown, o: HelperOptions, what: string, sheetLang?: string): number {
  const v = given(value, o, what);
  const n = typeof v === "number" ? v : typeof v === "string" ? readNumber(v, sheetLang) : NaN;
  if (!Number.isFinite(n))
    throw new ValueProblem(
      `${what} is ${JSON.stringify(v)}, not a number`,
      o,
      numberHints(v, sheetLang),
    );
  return n;
}

/**
 * The longest text read as a number or a date: none is written longer. Why: the patterns that
 * read them take time growing with the square, or the cube, of a run of digits or spaces, and
 * a record's field may hold a megabyte (100,000 spaces before an amount).
 */
const MAX_NUMBER_TEXT = 100;

/**
 * A record's text as the number it writes, NaN if it writes none. Why not also a dot for
 * decimals with --records-lang: `1.234` is 1234 in German.
 */
export function readNumber(text: string, sheetLang: string | undefined): number {
  if (text.length > MAX_NUMBER_TEXT) return NaN;
  if (sheetLang) return sheetNumber(text, sheetLang) ?? NaN;
  return DECIMAL.test(text) ? Number(text) : NaN;
}

function numberHints(v: unknown, sheetLang: string | undefined): string[] {
  if (sheetLang)
    return [
      `with --records-lang ${sheetLang}, write numbers as that language does: ${new Intl.NumberFormat(sheetLang).format(1234.5)}`,
    ];
  // A text too long to be a number gets no guess at what it meant (the guesses backtrack).
  const text = typeof v === "string" && v.length <= MAX_NUMBER_TEXT ? v : "";
  return [
    "write numbers with a dot for decimals and no thousands separator: 1234.5",
    ...(DECIMAL_COMMA.test(text) ? [COMMA_HINT] : SHOWN_NUMBER.test(text) ? [SHOWN_HINT] : []),
  ];
}

/** `12,50`, `1.234,50 €`: a CSV that Excel wrote where the decimal mark is a comma. */
const DECIMAL_COMMA = /^\s*[+-]?(\d{1,3}(\.\d{3})+|\d+),\d{1,2}\s*\p{Sc}?\s*$/u;
const COMMA_HINT =
  "to read numbers as the sheet's language writes them (1.234,50), name it: --records-lang de-DE";

/** `15.03.2024`, `3/15/2024`: a date as a spreadsheet's language writes it. */
const SHEET_DATE = /^\s*\d{1,2}[./-]\d{1,2}[./-]\d{4}\s*$/;
const SHEET_DATE_HINT =
  "to read dates as the sheet's language writes them, name it: --records-lang de-DE reads 15.03.2024, en-US 3/15/2024, en-GB 15/03/2024";

/**
 * A number as a spreadsheet's number format shows it (`1,234.50`, `12.5%`, `$3.00`), which an
 * Excel cell reads as (docs/merge.md): the hint says how to give a helper the number itself.
 */
const SHOWN_NUMBER = /\d.*[,%]|[$€£¥]\s*\d|\d\s*[$€£¥]/;
const SHOWN_HINT =
  "an Excel cell reads as its number format shows it: format the column as General for a helper to format its number, name the language the sheet shows it in (--records-lang en-US reads $1,234.50), or print the field as the sheet shows it";

/** The name a helper's first argument was written with, for messages (`amount`). */
export function argName(o: HelperOptions): string {
  return typeof o.hash.field === "string" ? o.hash.field : "value";
}

const decimals = { decimals: wholeNumber(0, 20) };
const PLURAL_FORMS = ["zero", "one", "two", "few", "many", "other"];

/** The comparisons of two numbers, by helper name. */
const COMPARED: Readonly<Record<string, (a: number, b: number) => boolean>> = {
  gt: (a, b) => a > b,
  gte: (a, b) => a >= b,
  lt: (a, b) => a < b,
  lte: (a, b) => a <= b,
};

const currencyCode = (v: unknown) =>
  typeof v === "string" && /^[A-Za-z]{3}$/.test(v) ? undefined : "not a currency code";

/** How each formatting helper is called (helper-calls.ts checks templates and values by it). */
export const TEXT_HELPER_SIGNATURES: Signatures = {
  number: {
    args: [1, 1],
    block: false,
    options: decimals,
    example: "{{number amount decimals=2}}",
  },
  currency: {
    args: [2, 2],
    block: false,
    options: decimals,
    values: [undefined, currencyCode],
    example: '{{currency amount "EUR"}}',
  },
  plural: {
    args: [1, 1],
    block: false,
    options: Object.fromEntries(PLURAL_FORMS.map((f) => [f, isText])),
    needs: ["other"],
    example: '{{plural count one="# letter" other="# letters"}}',
  },
  date: {
    args: [1, 1],
    block: false,
    options: { style: oneOf("full", "long", "medium", "short") },
    example: '{{date when style="short"}}',
  },
  eq: {
    args: [2, 2],
    block: false,
    example: '{{#if (eq title "Dr.")}}…{{/if}}',
  },
  ...Object.fromEntries(
    Object.keys(COMPARED).map((name) => [
      name,
      { args: [2, 2], block: false, example: `{{#if (${name} amount 1000)}}…{{/if}}` },
    ]),
  ),
  and: {
    args: [2, 8],
    block: false,
    example: "{{#if (and member (gt amount 100))}}…{{/if}}",
  },
  or: {
    args: [2, 8],
    block: false,
    example: "{{#if (or member donor)}}…{{/if}}",
  },
  not: { args: [1, 1], block: false, example: "{{#if (not member)}}…{{/if}}" },
};

/**
 * Formatting helpers of text templates, by the letter's language. Each escapes what it
 * inserts itself; the words a template writes around a value are the letter writer's own.
 * Their calls and options are checked by TEXT_HELPER_SIGNATURES before they run.
 */
export function textHelpers(ctx: () => TextContext, formats: IntlFormats) {
  const fraction = (o: HelperOptions): Intl.NumberFormatOptions =>
    typeof o.hash.decimals === "number"
      ? { minimumFractionDigits: o.hash.decimals, maximumFractionDigits: o.hash.decimals }
      : {};
  return {
    number(value: unknown, o: HelperOptions) {
      const n = numberOf(value, o, argName(o), ctx().recordsLang);
      return ctx().escape(formats.number(ctx().lang, fraction(o)).format(n));
    },
    currency(value: unknown, code: unknown, o: HelperOptions) {
      const n = numberOf(value, o, argName(o), ctx().recordsLang);
      const f = formats.number(ctx().lang, {
        style: "currency",
        currency: String(code),
        ...fraction(o),
      });
      return ctx().escape(f.format(n));
    },
    /**
     * `{{plural count one="# letter" other="# letters"}}`: `#` is the formatted count. Why
     * `zero=` for 0 in every language: English's rules have no zero form, and one who writes
     * `zero="no letters"` means it for 0 (the language's own zero form, Latvian's, still counts).
     */
    plural(value: unknown, o: HelperOptions) {
      const n = numberOf(value, o, argName(o), ctx().recordsLang);
      const form =
        n === 0 && o.hash.zero !== undefined ? "zero" : new Intl.PluralRules(ctx().lang).select(n);
      const choice = o.hash[form] ?? o.hash.other;
      return String(choice).replace(/#/g, ctx().escape(formats.number(ctx().lang, {}).format(n)));
    },
    /**
     * `{{#if (eq salutation "Frau")}}`: whether two values read the same as text (a CSV's
     * `1` and a JSON record's 1 alike). Why a value the record lacks is no error: as `#if`
     * shows nothing for it, a comparison with it is false.
     */
    eq(a: unknown, b: unknown) {
      const text = (v: unknown) => (v === undefined || v === null ? undefined : String(v).trim());
      return text(a) !== undefined && text(a) === text(b);
    },
    date: (value: unknown, o: HelperOptions) => ctx().escape(dateText(value, o, ctx(), formats)),
    ...comparisons(ctx),
    ...conditions(ctx),
  };
}

/**
 * `{{#if (gt amount 1000)}}`: both values read as numbers as `number` reads them (with
 * --records-lang, as the sheet writes them). Why a value the record lacks is an error here,
 * where `eq` takes it as unequal: "more than 1000" has no answer for a gift not given, and a
 * letter thanking a patron for it would be wrong; `{{#if amount}}` around it says what is meant.
 */
function comparisons(ctx: () => TextContext) {
  const compare =
    (test: (a: number, b: number) => boolean) => (a: unknown, b: unknown, o: HelperOptions) => {
      const lang = ctx().recordsLang;
      const second = typeof o.hash.field2 === "string" ? o.hash.field2 : "its second value";
      return test(numberOf(a, o, argName(o), lang), numberOf(b, o, second, lang));
    };
  return Object.fromEntries(Object.entries(COMPARED).map(([name, test]) => [name, compare(test)]));
}

/**
 * `and`, `or` and `not` take a value as `if` does: a spreadsheet's FALSE, a count of 0, empty
 * text or an empty list is false (sheet-boolean.ts), so `(and vip (not lapsed))` means what
 * `{{#if vip}}{{#unless lapsed}}` means.
 */
function conditions(ctx: () => TextContext) {
  const set = (v: unknown) => readsAsSet(v, ctx().recordsLang);
  const values = (args: unknown[]) => args.slice(0, -1);
  return {
    and: (...args: unknown[]) => values(args).every(set),
    or: (...args: unknown[]) => values(args).some(set),
    not: (v: unknown) => !set(v),
  };
}

/** Why stricter than the pack's `date`: a value a record gives must be a date, not prose. */
function dateText(value: unknown, o: HelperOptions, ctx: TextContext, formats: IntlFormats) {
  const what = argName(o);
  const v = given(value, o, what);
  const sheetLang = ctx.recordsLang;
  const day =
    typeof v !== "string"
      ? undefined
      : v.length > MAX_NUMBER_TEXT
        ? undefined
        : (isoDateOf(v) ?? (sheetLang ? sheetDate(v, sheetLang) : undefined));
  if (day === undefined)
    throw new ValueProblem(`${what} is ${shown(v)}, not a date`, o, dateHints(v, sheetLang));
  const style = typeof o.hash.style === "string" ? o.hash.style : "long";
  try {
    return formatDate(day, ctx.lang, style, {}, formats, "data", ctx.labels);
  } catch (e) {
    if (!isMissiveError(e)) throw e;
    const p = e.problems[0];
    throw new ValueProblem(`${what}: ${p?.message}`, o, p?.hints);
  }
}

/**
 * A hint for a spreadsheet's date serial number (`45352`, days since 1899-12-30), as a CSV or
 * a JSON export of a date column formatted as General or Number writes it; none otherwise.
 * Why only 5 digits: 10000 to 99999 are 1927 to 2173, and a date a letter names is in that span.
 */
function serialHint(v: unknown): string[] {
  const text = typeof v === "number" ? String(v) : typeof v === "string" ? v.trim() : "";
  if (!/^\d{5}(\.\d+)?$/.test(text)) return [];
  const day = new Date(Date.UTC(1899, 11, 30) + Math.floor(Number(text)) * 86_400_000);
  return [
    `${text} looks like a spreadsheet's date serial number (${day.toISOString().slice(0, 10)}): format the column as a date (yyyy-mm-dd) before saving it as CSV, or merge the workbook itself (.xlsx, .ods), which reads a date as YYYY-MM-DD`,
  ];
}

function dateHints(v: unknown, sheetLang: string | undefined): string[] {
  return [...dateFormHints(v, sheetLang), ...serialHint(v)];
}

function dateFormHints(v: unknown, sheetLang: string | undefined): string[] {
  if (sheetLang) {
    const example = new Intl.DateTimeFormat(sheetLang, {
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      timeZone: "UTC",
      numberingSystem: "latn",
    }).format(new Date(Date.UTC(2024, 2, 15)));
    return [`with --records-lang ${sheetLang}, write dates as ${example} or 2024-03-15`];
  }
  return [
    "write dates as YYYY-MM-DD: 2024-05-01",
    ...(typeof v === "string" && SHEET_DATE.test(v) ? [SHEET_DATE_HINT] : []),
  ];
}

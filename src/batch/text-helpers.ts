import type { HelperOptions as HbOptions } from "handlebars";
import { formatDate } from "../compose/format-date.js";
import type { IntlFormats } from "../compose/intl-formats.js";
import { isMissiveError } from "../errors.js";

/** Handlebars passes the call site to helpers; its typings omit it. */
export type HelperOptions = HbOptions & { loc?: { start: { line: number; column: number } } };

/** What the helpers need to know about the text being personalised. */
export interface TextContext {
  lang: string;
  /** Makes inserted text literal for the field (Markdown for the body, as is elsewhere). */
  escape(text: string): string;
}

/**
 * A problem with a value a text template inserts; record-texts.ts adds the record, the
 * field's place in the base letter and the template line.
 */
export class ValueProblem extends Error {
  readonly line: number | undefined;
  /** 0-based, as Handlebars counts. */
  readonly col: number | undefined;
  constructor(
    message: string,
    at: HelperOptions,
    readonly hints: string[] = [],
  ) {
    super(message);
    this.line = at.loc?.start.line;
    this.col = at.loc?.start.column;
  }
}

/** Why a check in every helper: a value the record lacks must not become empty text quietly. */
export function given(value: unknown, o: HelperOptions, what: string): unknown {
  if (value === undefined || value === null)
    throw new ValueProblem(`${what} is not set in the record`, o, [
      `add a ${what} column, or wrap it in {{#if ${what}}}…{{/if}}`,
    ]);
  return value;
}

function numberOf(value: unknown, o: HelperOptions, what: string): number {
  const v = given(value, o, what);
  const n = typeof v === "number" ? v : typeof v === "string" && v.trim() !== "" ? Number(v) : NaN;
  if (!Number.isFinite(n))
    throw new ValueProblem(`${what} is ${JSON.stringify(v)}, not a number`, o, [
      "write numbers with a dot for decimals and no thousands separator: 1234.5",
    ]);
  return n;
}

/** The name a helper's first argument was written with, for messages (`amount`). */
export function argName(o: HelperOptions): string {
  return typeof o.hash.field === "string" ? o.hash.field : "value";
}

/**
 * Formatting helpers of text templates, by the letter's language. Each escapes what it
 * inserts itself; the words a template writes around a value are the letter writer's own.
 */
export function textHelpers(ctx: () => TextContext, formats: IntlFormats) {
  const decimals = (o: HelperOptions): Intl.NumberFormatOptions =>
    typeof o.hash.decimals === "number"
      ? { minimumFractionDigits: o.hash.decimals, maximumFractionDigits: o.hash.decimals }
      : {};
  return {
    number(value: unknown, o: HelperOptions) {
      const n = numberOf(value, o, argName(o));
      return ctx().escape(formats.number(ctx().lang, decimals(o)).format(n));
    },
    currency(value: unknown, code: unknown, o: HelperOptions) {
      const n = numberOf(value, o, argName(o));
      if (typeof code !== "string" || !/^[A-Za-z]{3}$/.test(code))
        throw new ValueProblem("currency needs a currency code", o, [
          'e.g. {{currency amount "EUR"}}',
        ]);
      const f = formats.number(ctx().lang, { style: "currency", currency: code, ...decimals(o) });
      return ctx().escape(f.format(n));
    },
    /** `{{plural count one="# letter" other="# letters"}}`: `#` is the formatted count. */
    plural(value: unknown, o: HelperOptions) {
      const n = numberOf(value, o, argName(o));
      const choice = o.hash[new Intl.PluralRules(ctx().lang).select(n)] ?? o.hash.other;
      if (typeof choice !== "string")
        throw new ValueProblem('plural needs other="…" (and one=, few=, … as the language has)', o);
      return choice.replace(/#/g, ctx().escape(formats.number(ctx().lang, {}).format(n)));
    },
    date(value: unknown, o: HelperOptions) {
      const v = given(value, o, argName(o));
      const style = typeof o.hash.style === "string" ? o.hash.style : "long";
      try {
        return ctx().escape(formatDate(v, ctx().lang, style, {}, formats));
      } catch (e) {
        if (!isMissiveError(e)) throw e;
        const p = e.problems[0];
        throw new ValueProblem(`${argName(o)}: ${p?.message}`, o, p?.hints);
      }
    },
  };
}

import { readNumber } from "./text-helpers.js";

type Helper = (this: unknown, ...args: unknown[]) => unknown;

/**
 * FALSE as Excel writes it into a CSV in its language (its FALSE function's name there), by
 * the language `--records-lang` names: a German Excel's checkbox column saves as WAHR/FALSCH.
 */
const FALSE_WORDS: Readonly<Record<string, string>> = {
  cs: "nepravda",
  da: "falsk",
  de: "falsch",
  es: "falso",
  fi: "epätosi",
  fr: "faux",
  hu: "hamis",
  it: "falso",
  nb: "usann",
  nl: "onwaar",
  no: "usann",
  pl: "fałsz",
  pt: "falso",
  ru: "ложь",
  sv: "falskt",
  tr: "yanlış",
};

/** TRUE as Excel writes it in the same languages (its TRUE function's name there). */
const TRUE_WORDS: Readonly<Record<string, string>> = {
  cs: "pravda",
  da: "sand",
  de: "wahr",
  es: "verdadero",
  fi: "tosi",
  fr: "vrai",
  hu: "igaz",
  it: "vero",
  nb: "sann",
  nl: "waar",
  no: "sann",
  pl: "prawda",
  pt: "verdadeiro",
  ru: "истина",
  sv: "sant",
  tr: "doğru",
};

/**
 * The boolean a cell's text writes: `true` or `false` in any case, or the records language's
 * TRUE and FALSE (`WAHR`, `FALSCH` with --records-lang de-DE); undefined for any other text.
 */
export function sheetBoolean(text: string, sheetLang: string | undefined): boolean | undefined {
  const word = text.trim().toLocaleLowerCase(sheetLang);
  const lang = sheetLang?.split("-")[0]?.toLowerCase();
  if (word === "true" || (lang !== undefined && word === TRUE_WORDS[lang])) return true;
  if (word === "false" || (lang !== undefined && word === FALSE_WORDS[lang])) return false;
  return undefined;
}

/** A language whose Excel writes `text` for TRUE or FALSE (`WAHR`: de), for a hint. */
export function booleanLanguage(text: string): string | undefined {
  const word = text.trim().toLocaleLowerCase();
  const of = (words: Readonly<Record<string, string>>) =>
    Object.keys(words).find((lang) => words[lang] === word);
  return of(TRUE_WORDS) ?? of(FALSE_WORDS);
}

/**
 * `if` and `unless` that take a spreadsheet's FALSE, and a number 0, for false. Why: a CSV has
 * only text, and a checkbox column of Google Sheets, Excel or LibreOffice saves as `TRUE` and
 * `FALSE` (in a German Excel `WAHR` and `FALSCH`), which Handlebars would count as set; an
 * `.xlsx` or `.ods` cell already reads as false. A count or an amount of 0 (`0`, `0.00`) is
 * text in a CSV or a sheet, and set, while a JSON record's 0 is not: `{{#if gifts}}` printed
 * "you have given 0 times" from a CSV. `sheetLang` gives the records' language (--records-lang).
 */
export function sheetBooleanCondition(
  helper: Helper,
  sheetLang: () => string | undefined = () => undefined,
): Helper {
  return function (this: unknown, cond: unknown, ...rest: unknown[]) {
    // `includeZero=true` counts a JSON record's 0 as set: a CSV's "0" likewise.
    const options = rest[rest.length - 1] as { hash?: Record<string, unknown> } | undefined;
    const zeroSet = options?.hash?.includeZero === true;
    return helper.call(this, isFalseText(cond, sheetLang(), zeroSet) ? false : cond, ...rest);
  };
}

/**
 * Whether `if` would take the value as set: not a spreadsheet's FALSE, nor a count of 0, nor
 * what Handlebars takes as empty (false, 0, empty text, an empty list, nothing).
 */
export function readsAsSet(value: unknown, sheetLang: string | undefined): boolean {
  if (isFalseText(value, sheetLang, false)) return false;
  return Array.isArray(value) ? value.length > 0 : Boolean(value);
}

function isFalseText(value: unknown, sheetLang: string | undefined, zeroSet: boolean): boolean {
  if (typeof value !== "string") return false;
  const lang = sheetLang?.split("-")[0]?.toLowerCase();
  const word = value.trim().toLocaleLowerCase(sheetLang);
  if (word === "false" || (lang !== undefined && word === FALSE_WORDS[lang])) return true;
  // "00" or "007" is a code, not a count.
  return !zeroSet && readNumber(value, sheetLang) === 0 && !/^\s*[+-]?0\d/.test(value);
}

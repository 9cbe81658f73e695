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

/**
 * `if` and `unless` that take a spreadsheet's FALSE for false. Why: a CSV has only text, and a
 * checkbox column of Google Sheets, Excel or LibreOffice saves as `TRUE` and `FALSE` (in a
 * German Excel `WAHR` and `FALSCH`), which Handlebars would count as set; an `.xlsx` or `.ods`
 * cell already reads as false. `sheetLang` gives the records' language (--records-lang).
 */
export function sheetBooleanCondition(
  helper: Helper,
  sheetLang: () => string | undefined = () => undefined,
): Helper {
  return function (this: unknown, cond: unknown, ...rest: unknown[]) {
    return helper.call(this, isFalseText(cond, sheetLang()) ? false : cond, ...rest);
  };
}

function isFalseText(value: unknown, sheetLang: string | undefined): boolean {
  if (typeof value !== "string") return false;
  const lang = sheetLang?.split("-")[0]?.toLowerCase();
  const word = value.trim().toLocaleLowerCase(sheetLang);
  return word === "false" || (lang !== undefined && word === FALSE_WORDS[lang]);
}

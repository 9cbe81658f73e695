import type { IntlFormats } from "../compose/intl-formats.js";

/**
 * How a letter writes its page numbers ("Page 2 of 3"): in the digits its language writes
 * numbers in, CLDR's default numbering system, as its long date is. Why: a Marathi, Bengali,
 * Nepali or Arabic letter dated "६ मे, २०२५" or "١٦ نوفمبر ٢٠٢٤" numbered its pages "पृष्ठ 2
 * पैकी 2", in another script's digits than every other number the letter prints; a language
 * whose CLDR numbers are Latin (Hindi, English) keeps 2, and `-u-nu-latn` asks for it.
 * The formatter is asked for only when a page number is set (a letter of several pages).
 */
export function pageNumeral(lang: string, formats: IntlFormats): (n: number) => string {
  return (n) => formats.number(lang, { useGrouping: false }).format(n);
}

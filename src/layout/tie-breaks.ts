/**
 * Whether the last passes of justified text may break at the first tie of a run of tied words,
 * between `before` and `after` (the words either side of it): only where a number follows a
 * word, as after a number's label or area code ("ABN" / "51 824 753 556", "(19)" / "2116-0555",
 * "04" / "72 61 60 60"). Never before a word ("10 kg", "Dr. Smith", "5 Mai": a unit, a name,
 * a month typed with a no-break space mean never to part), after an abbreviation ("p. 12",
 * "Nr. 5"), a postcode's first part ("036" / "01"), a country's calling code ("+44" / "(0)131 650 2572": an international number is
 * read whole) or a currency's code ("EUR" / "1 200", as "€ 40" is kept), where a line would start with a mark, a dash or a sign ("mot :", "fee — as
 * agreed", "3 × £40"), end with an opening one ("« mot", "§ 5", "£ 40"), nor between a
 * number's thousands ("186 400"), which would read as two numbers.
 */
export function breakableTie(before: string, after: string, rest = after): boolean {
  if (!WORD_END.test(before) || !NUMBER_START.test(after)) return false;
  if (before.startsWith("+") || CURRENCY_CODES.has(before)) return false;
  if (!DIGIT_END.test(before)) return true;
  return !THOUSANDS.test(after) && digits(rest) >= SUBSCRIBER_DIGITS;
}

/**
 * The fewest digits the rest of a run (`rest`: its text after the tie) has where a number
 * before it is an area code, not the first part of a postcode ("036" / "01 Martin", "114" /
 * "55", "EH8" / "9YL", which ties39 ties whole) nor of a short code: a subscriber's number
 * ("04" / "72 61 60 60", "0761" / "2187-4412", "07700" / "900123").
 */
const SUBSCRIBER_DIGITS = 5;

function digits(text: string): number {
  return text.match(/\p{Nd}/gu)?.length ?? 0;
}

/** Every ISO 4217 code the runtime's ICU knows (EUR, CHF, TZS): a code before its amount. */
const CURRENCY_CODES: ReadonlySet<string> = new Set(Intl.supportedValuesOf("currency"));
const WORD_END = /[\p{L}\p{N}\p{M})]$/u;
const NUMBER_START = /^[\p{N}(]/u;
const DIGIT_END = /\p{Nd}$/u;
const THOUSANDS = /^\p{Nd}{3}(?!\p{Nd})/u;

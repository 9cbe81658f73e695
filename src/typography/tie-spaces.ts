import { AREA_TIE, LABEL_TIE, SOFT_TIE, TIE } from "../model/ties.js";
import { withoutTrailing } from "../without-trailing.js";
import { type BlockText, langAt } from "./block-text.js";
import { isVerbAfter } from "./count-verbs.js";
import { codeAmount, isUnlistedCode } from "./currency-codes.js";
import { dateSpaces } from "./date-spaces.js";
import { identifierSpaces, isNumberSign } from "./identifier-spaces.js";
import { citationSpaces } from "./legal-citations.js";
import { legalFormSpaces } from "./legal-form-spaces.js";
import { numericDateSpaces } from "./numeric-date-spaces.js";
import {
  DIGIT,
  digitsIn,
  firstWord,
  groupRunEnd,
  lastWord,
  MOST_DIGITS,
  OPENING,
  secondWord,
  unclosed,
  wordBefore,
  YEAR,
  yearOf,
} from "./piece-words.js";
import { postcodeSpaces } from "./postcode-spaces.js";
import { streetNumberSpaces } from "./street-number-spaces.js";
import { type TieSets, wordSets } from "./tie-sets.js";
import { COMMON_TIES, CURRENCIES, UNITS } from "./tie-words.js";

const UNIT_SET: ReadonlySet<string> = new Set([...UNITS, ...CURRENCIES]);
const CURRENCY_SET: ReadonlySet<string> = new Set(CURRENCIES);

/** A word that starts with a number, and one that ends with a digit. */
const NUMBER = /^\p{Nd}/u;
const ENDS_IN_DIGIT = /\p{Nd}$/u;
/** A number, perhaps after its sign: "40", "-40" (a negative amount after its currency, "EUR -40"). */
const NUMBER_START = /^[+−-]?\p{Nd}/u;
/**
 * An initial ("R.", "И.", "J.-P."): tied to the initial or name after it, so a name's
 * initials never end a line apart from it ("J. R. R. Tolkien", "И. В. Лебедева").
 */
const INITIAL = /^\p{Lu}\.(?:-\p{Lu}\.)?$/u;
/**
 * A sign between two numbers written with spaces ("3 × £40.00", "2 + 2 = 4"): tied to both,
 * so a line never ends or starts with the sign, as TeX keeps a formula in the text.
 */
const OPERATORS: ReadonlySet<string> = new Set(["×", "÷", "+", "−", "±", "=", "≈"]);
/** A number after a sign, perhaps in brackets or after its currency: "40", "£40.00", "(3". */
const AMOUNT = /^[([{]?\p{Sc}?[+−-]?\p{Nd}/u;
/** A spaced dash: the word after the space is the dash alone. */
const DASHES: ReadonlySet<string> = new Set(["–", "—", "-", "--", "---"]);

/**
 * Ties words that must stay on one line by turning the space between them into a no-break
 * space: a number and its unit or currency, the groups of a number (186 400), a postcode's two
 * halves (BS8 3BU), an initial and
 * the name after it, an abbreviation and what follows it (by the language of the abbreviation), the parts of an
 * abbreviation such as z. B., and the space before a spaced dash; a day and its month get
 * the soft tie, which a justified line may still break at (model/ties.ts). Why word by word
 * and not one regular expression per rule: the alternations of every word list, tried at
 * every character, cost time growing with the text and the lists together.
 */
export function tieSpaces(block: BlockText): void {
  // The pieces between plain spaces: a tie can only replace one of those spaces.
  const pieces = block.text.split(" ");
  // Numbers listed with spaces alone ("Rooms 101 102 103 …"): each is a number of its own,
  // unless a rule for more digits joins them (an IBAN's groups, an identifier's).
  const listed = new Set<number>();
  // The spaces after an area code, and after an identifier's label: ties that may part at a
  // cost (model/ties.ts), where every other tie of a number's groups never does.
  const areaCodes = new Set<number>();
  const labels = new Set<number>();
  const grouped = groupedNumbers(pieces, listed, areaCodes);
  const numericDates = new Set(numericDateSpaces(pieces));
  for (const k of ibanSpaces(pieces)) grouped.add(k);
  for (const k of postcodeSpaces(block, pieces)) grouped.add(k);
  for (const k of legalFormSpaces(pieces)) grouped.add(k);
  for (const k of identifierSpaces(pieces, labels)) grouped.add(k);
  for (const k of streetNumberSpaces(block, pieces)) grouped.add(k);
  // Whether each language tag met is written in Latin letters (tie-sets.ts wordSets).
  const scripts = new Map<string, boolean>();
  let at = -1;
  // The last space of the date found last: the spaces up to it get a date's soft tie.
  let dateEnd = -1;
  // The last space of the legal citation found last ("89 Fed. Reg. 1234"): tied.
  let citeEnd = -1;
  for (let k = 0; k + 1 < pieces.length; k++) {
    at += (pieces[k] as string).length + 1;
    const raw = lastWord(pieces[k] as string);
    const next = firstWord(pieces[k + 1] as string);
    if (raw === "" || next === "" || block.fixed[at] || block.out.has(at)) continue;
    if (listed.has(k) && !grouped.has(k)) continue;
    const sets = wordSets(langAt(block, at - 1), raw, scripts);
    if (k > dateEnd) dateEnd = k - 1 + dateSpaces(pieces, k, raw, sets);
    if (k > citeEnd) citeEnd = k - 1 + citationSpaces(pieces, k, raw, sets.citations);
    // A page number field ("Page <page/>") is left alone: a running head is one line.
    const named = k > 0 && names(lastWord(pieces[k - 1] as string), sets);
    const dated = k <= dateEnd || numericDates.has(k);
    // A tie of its own wins over a date's soft one: before a range's dash ("15 July – 3
    // August"), a year's word ("2025 m. liepos").
    const hard = areaCodes.has(k)
      ? AREA_TIE
      : labels.has(k)
        ? LABEL_TIE
        : grouped.has(k) || k <= citeEnd
          ? TIE
          : ties(raw, next, sets, {
              named,
              dated,
              following: secondWord(pieces, k + 1),
              number: wholeNumber(pieces, k, raw),
              previous: wordBefore(pieces, k, raw),
            });
    const tie = hard ?? (dated ? SOFT_TIE : null);
    if (tie && !block.fixed[at + 1]) block.out.set(at, tie);
  }
}

/**
 * The mark of a sentence or clause after a number's last group, in any script: Unicode's
 * terminal punctuation (the Latin ones, the Arabic comma, Devanagari's danda, Khmer's khan,
 * Myanmar's, Ethiopic's, Syriac's ܂ and ܀, Ol Chiki's ᱾, the Chinese full stop) and the
 * ideographic comma. Why the property and not a list: a list missed Syriac's end of paragraph,
 * so "0963 555 214܀" read as two groups and its line broke after "0963".
 */
const SENTENCE_MARK = /[\p{Terminal_Punctuation}、]$/u;

/**
 * A group of a number written in groups: "04", "+49", "(215)", "555-0186", and an area code
 * after the trunk's 0 in brackets, which an international number shows for a caller inside
 * the country ("+44 (0)20 7946 0958", "+49 (0)30 1234 5678").
 */
const GROUP = /^(?:\+\p{Nd}{1,3}|\(\p{Nd}{1,4}\)|(?:\(0\))?\p{Nd}{1,4}(?:-\p{Nd}{1,4})?)$/u;

/**
 * A first group of five digits, a trunk prefix's 0 and an area code of four: British numbers
 * ("01562 555 014", "01454 555 320"), which a line broke after the area code. Three groups
 * at least, as any first group but a country's or area's code in brackets.
 */
const TRUNK_AND_AREA = /^0\p{Nd}{4}$/u;

/**
 * The first group of a number written in groups that a word is, if it is one: also after an
 * opening bracket ("(04 72 61 60 60)"), and a trunk prefix with an area code.
 */
function firstGroup(word: string): string | undefined {
  if (GROUP.test(word)) return word;
  const group = word.replace(OPENING, "").replace(WRITTEN_ONTO, "");
  return GROUP.test(group) || TRUNK_AND_AREA.test(group) ? group : undefined;
}

/**
 * The text a number is written onto without a space, in the scripts that write none between
 * words: up to the last Chinese or Japanese character or full-width mark ("電話：(04) 2359-1234",
 * "TEL：03 1234 5678"). Why: the whole piece read as no group, and "(04)" ended a line apart.
 */
const WRITTEN_ONTO =
  /^.*[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff01-\uff60]/u;

/**
 * A number's first group of digits and a capital or two, where more groups of digits follow:
 * the product code of a French registered letter's number ("n° 1A 234 567 8901 2").
 */
const CODED_GROUP = /^\p{Nd}{1,2}\p{Lu}{1,2}$/u;

/** A bracket closing after a number, or the mark of a sentence or clause. */
const CLOSE_OR_MARK = new RegExp(`[)\\]}]|${SENTENCE_MARK.source}`, "u");

/**
 * The group of a number written in groups that a piece starts with, if it does: also the last
 * before a closing bracket and a mark ("(… +32 2 298 12 34)."), which the run ends with.
 */
function groupOf(piece: string): string | undefined {
  const word = firstWord(piece);
  const group = word.replace(SENTENCE_MARK, "");
  if (GROUP.test(group)) return group;
  const bare = withoutTrailing(word, CLOSE_OR_MARK);
  return GROUP.test(bare) ? bare : undefined;
}

/**
 * A seven-digit number written as three digits and four ("411 1111", Iceland's telephone
 * numbers, and local numbers elsewhere): no thousands grouping writes four digits after three.
 */
const LOCAL_NUMBER = /^\p{Nd}{3} \p{Nd}{4}$/u;

/**
 * A trunk prefix's 0 and an area code ("030", "0221", "07700"), and a subscriber's number of
 * five to eight digits after it, written whole or with an extension after a hyphen, as DIN
 * 5008 writes one ("9876543", "2187-4412"): a telephone number of two groups ("Telefon 0221
 * 9876543", "Tel: 07700 900123", "0761 2187-4412"), as German and British numbers are
 * written. Why a 0 first: no count, year or amount is written so, and two numbers side by
 * side ("in 2023 12345 people") stay apart.
 */
const AREA_CODE = /^0\p{Nd}{1,4}$/u;
const SUBSCRIBER = /^\p{Nd}+(?:-\p{Nd}{1,5})?$/u;

/** Whether a piece starts with a subscriber's number, perhaps before a bracket or a mark. */
function subscriber(piece: string): boolean {
  const number = withoutTrailing(firstWord(piece), CLOSE_OR_MARK);
  const digits = digitsIn(number);
  return SUBSCRIBER.test(number) && digits >= 5 && digits <= 8;
}

/**
 * The pieces after which a space joins the groups of a number written in groups of digits,
 * as telephone numbers are ("04 72 61 60 60", "+49 221 202 370", "(215) 555-0186", "411
 * 1111"): a reader copies or dials it, so it stays on one line. Three groups at least, or two
 * when the first is a country or area code or they are three digits and four: "in 2023 12
 * people" is two numbers. The spaces of groups that hold more digits than a number go into
 * `listed` instead (listOfNumbers): no tie of a number's, its groups' or its thousands', joins them.
 */
function groupedNumbers(
  pieces: string[],
  listed: Set<number>,
  areaCodes: Set<number>,
): Set<number> {
  const out = new Set<number>();
  for (let k = 0; k + 1 < pieces.length; ) {
    const word = lastWord(pieces[k] as string);
    const first = firstGroup(word);
    // A number a group alone does not start: its area code before a slash, or a code's letters.
    const other = Math.max(slashedEnd(pieces, k, word), codedEnd(pieces, k, word));
    if (first === undefined || other > k) {
      for (let j = k; j < other; j++) out.add(j);
      k = Math.max(other, k + 1);
      continue;
    }
    const end = groupRunEnd(pieces, k + 1, groupOf);
    const groups = end - k + 1;
    const second = firstWord((pieces[k + 1] as string | undefined) ?? "").replace(
      SENTENCE_MARK,
      "",
    );
    const into = groups >= 3 && listOfNumbers(pieces, k, end) ? listed : out;
    if (
      groups >= 3 ||
      (groups === 2 && (/^[+(]/.test(first) || LOCAL_NUMBER.test(`${first} ${second}`)))
    ) {
      for (let j = k; j < end; j++) into.add(j);
      if (into === out && areaCode(first, pieces, k + 1, end)) areaCodes.add(k);
    } else if (groups <= 2 && AREA_CODE.test(first) && subscriber(pieces[k + 1] ?? "")) {
      out.add(k);
      areaCodes.add(k);
    }
    k = Math.max(end, k + 1);
  }
  return out;
}

/**
 * The last piece of a telephone number written with a slash between its area code and the
 * subscriber's number, as German numbers were before DIN 5008 wrote a space: the slash alone
 * ("030 / 1234 5678", "0221 / 98 76 54") or written onto both ("030/1234 5678"); `k` if none.
 * `word` is piece `k`'s last. Why: "/" is no group, so the run stopped at it and the line
 * could break on either side of it, or after "030/1234".
 */
function slashedEnd(pieces: string[], k: number, word: string): number {
  const code = word.replace(OPENING, "");
  const alone = pieces[k + 1] === "/" && AREA_BEFORE_SLASH.test(code);
  const joined = AREA_AND_SUBSCRIBER.exec(code)?.[1];
  if (!alone && joined === undefined) return k;
  const from = alone ? k + 2 : k + 1;
  const end = groupRunEnd(pieces, from, groupOf);
  let digits = joined?.length ?? 0;
  for (let j = from; j <= end; j++) digits += digitsIn(groupOf(pieces[j] as string) ?? "");
  return end >= from && digits >= 3 && digits <= 10 ? end : k;
}

/** An area code before a slash written alone: "030", "(030)". */
const AREA_BEFORE_SLASH = /^(?:0\p{Nd}{1,4}|\(0\p{Nd}{1,4}\))$/u;
/** An area code, a slash and the subscriber's first digits: "030/1234"; those digits. */
const AREA_AND_SUBSCRIBER = /^0\p{Nd}{1,4}\/(\p{Nd}{2,8})$/u;

/**
 * The last piece of a number whose first group, `word` (piece `k`'s last), is a code of
 * digits and capitals (CODED_GROUP) after a sign for "number" ("n°", "No.") and three groups
 * of digits at least follow it; `k` if none. Why the sign: without it a seat's or a grid's
 * "2B" before numbers of their own ("seat 2B 100 200 300") was tied to them as one number.
 */
function codedEnd(pieces: string[], k: number, word: string): number {
  if (!CODED_GROUP.test(word.replace(OPENING, ""))) return k;
  if (k === 0 || !isNumberSign(lastWord(pieces[k - 1] as string))) return k;
  const end = groupRunEnd(pieces, k + 1, groupOf);
  if (end - k < 3) return k;
  // Its last group of one digit, a check digit, counts no word after it ("8901 2 du 5 mars").
  const last = pieces[end] as string;
  const check = groupOf(pieces[end + 1] ?? "");
  return groupOf(last) === last && check !== undefined && /^\p{Nd}$/u.test(check) ? end + 1 : end;
}

/**
 * Whether `first`, the first group of a telephone number whose other groups are pieces `from`
 * to `end`, is its area code, after which a loose line may break (model/ties.ts AREA_TIE):
 * in brackets ("(19)", "(916)") or after the trunk's 0 ("04", "0761", "01562"), before a
 * subscriber's number of five digits at least ("72 61 60 60", "2116-0555"). Not a country's
 * code ("+44": an international number is read whole), nor a card's or an account's first
 * group, nor a postcode's ("036" / "01", "114" / "55"), which read as one.
 */
function areaCode(first: string, pieces: string[], from: number, end: number): boolean {
  if (!BRACKETED_CODE.test(first) && !AREA_CODE.test(first)) return false;
  let digits = 0;
  for (let j = from; j <= end; j++) digits += digitsIn(firstWord(pieces[j] as string));
  return digits >= SUBSCRIBER_DIGITS;
}

const BRACKETED_CODE = /^\(\p{Nd}{1,4}\)$/u;
/** The fewest digits a subscriber's number has ("0761" / "2187-4412", "07700" / "900123"). */
const SUBSCRIBER_DIGITS = 5;

/**
 * Whether the groups of pieces `k` to `end` are numbers listed without commas, in order
 * (inOrder): more digits than any number holds ("Rooms 101 102 103 104 105 106 107 108", "in
 * 2019 2020 2021 2022 2023"), or fewer written as a list's numbers are (alikeNumbers: "Rooms
 * 101 102 103 104", "in 2019 2020 2021"). Both were tied as one run across half a line. Why
 * digits and not groups: a telephone number may have six groups ("+33 1 23 45 67 89"), a
 * card's number four of four.
 */
function listOfNumbers(pieces: string[], k: number, end: number): boolean {
  const groups = [lastWord(pieces[k] as string)];
  for (let j = k + 1; j <= end; j++) groups.push(firstWord(pieces[j] as string));
  const numbers = groups.map((g) => g.replace(/\P{Nd}/gu, ""));
  if (!inOrder(numbers.map(Number))) return false;
  return numbers.join("").length > MOST_DIGITS || alikeNumbers(groups, numbers);
}

/**
 * Whether the groups, in order, are written as a list's numbers are: bare, of three digits or
 * more, as many in each, none after a 0, all with one first digit (rooms on one floor, years
 * of one century: "101 102 103", "2019 2020 2021"). A telephone number's groups differ in
 * length ("030 1234 5678"), start with its trunk's 0 or its country's "+", or are pairs
 * ("06 12 34 56 78", Danish "33 45 67 89"); a number's thousands rise from one first digit to
 * another ("123 456 789").
 */
function alikeNumbers(groups: readonly string[], numbers: readonly string[]): boolean {
  const first = numbers[0] as string;
  return numbers.every(
    (n, i) =>
      n.length >= 3 &&
      n.length === first.length &&
      n[0] === first[0] &&
      first[0] !== "0" &&
      /^\p{Nd}/u.test(groups[i] as string),
  );
}

/**
 * Whether numbers rise or fall each after the one before, as a list's do ("101 102 103",
 * "2019 2020 2021"). Why: an account number longer than a card's is written in groups too,
 * and must stay whole: a Polish one (NRB) has 26 digits, "61 1090 1014 0000 0712 1981 2874",
 * its groups in no order.
 */
function inOrder(values: readonly number[]): boolean {
  const rising = values.every((v, i) => i === 0 || v > (values[i - 1] as number));
  return rising || values.every((v, i) => i === 0 || v < (values[i - 1] as number));
}

/** An IBAN's first group: the country and the check digits ("DE89", "(IT60"). */
const IBAN_START = /^[([{]?[A-Z]{2}\d{2}$/;
/** One of its other groups, of four letters or digits (the last may be shorter). */
const IBAN_GROUP = /^[A-Z0-9]{1,4}$/;

/**
 * The pieces after which a space joins the groups of an IBAN written in its paper form
 * ("DE89 3704 0044 0532 0130 00", "GB29 NWBK 6016 1331 9268 19"): a reader copies it into a
 * payment form, and a line break after "DE89" or inside the groups invites a mistake.
 * Groups of four after the country and check digits, the last of one to four, 15 to 34
 * characters in all (ISO 13616).
 */
function ibanSpaces(pieces: string[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < pieces.length; k++) {
    if (!IBAN_START.test(lastWord(pieces[k] as string))) continue;
    let end = k;
    let length = 4;
    while (end + 1 < pieces.length) {
      const next = pieces[end + 1] as string;
      const group = withoutTrailing(firstWord(next), /[^A-Z0-9]/);
      if (!IBAN_GROUP.test(group)) break;
      end++;
      length += group.length;
      // A short group, or one with more after it (a comma, a line break), ends the IBAN.
      if (group.length < 4 || group !== next) break;
    }
    if (length >= 15 && length <= 34) for (let j = k; j < end; j++) out.push(j);
    k = end;
  }
  return out;
}

/**
 * The number piece `k` ends (`raw`), with the groups of three written before it: "20 000".
 * Why each piece is tested and the number joined once: testing the number as it grew made V8
 * flatten it at every group, time growing with the square of the groups ("111 111 … 111 x",
 * 80,000 groups, took 32 s).
 */
function wholeNumber(pieces: string[], k: number, raw: string): string {
  let first = k;
  let head = raw;
  while (
    first > 0 &&
    /^\p{Nd}{3}/u.test(head) &&
    /^\p{Nd}{1,3}$/u.test(pieces[first - 1] as string)
  ) {
    first--;
    head = pieces[first] as string;
  }
  return first === k ? raw : `${pieces.slice(first, k).join(" ")} ${raw}`;
}

/**
 * A unit or currency, also with a sentence's full stop or with a case ending joined by an
 * apostrophe, as Turkish writes them ("36.000 TL'ye", "5 km'den"); a one-letter unit before
 * an apostrophe is French or Italian elision ("en 2024 l'entreprise", "3 s'il"), not a unit.
 */
export function isUnit(word: string): boolean {
  const bare = word.replace(/\.$/, "");
  if (UNIT_SET.has(word) || UNIT_SET.has(bare) || isCurrencySign(bare)) return true;
  const stem = /^(.{2,}?)['’]\p{L}+$/u.exec(bare)?.[1];
  return stem !== undefined && UNIT_SET.has(stem);
}

/**
 * A unit, or an ISO 4217 code the lists do not hold where the number before it reads as an
 * amount (currency-codes.ts: "20 000 AMD", not "2.1 ALL prices"): tied to that number.
 * `number` and `following`: the number before the word and the word after it.
 */
function tiedUnit(word: string, number: string, following: string): boolean {
  const code = unclosed(word);
  if (isUnit(code)) return true;
  // A mark after the code ends the pair as one after the number does ("20 000 AMD.").
  return isUnlistedCode(code) && codeAmount(number, code === word ? following : "", false);
}

/** An en or em dash, or "--", written onto a unit, and the next number of a range after it. */
const RANGE_DASH = /(?:[–—]|--)(?=[+−-]?\p{Nd}|\p{Sc})/u;

/**
 * The word before a range's dash written onto it ("a.m." of "a.m.–3:05", "Uhr" of
 * "Uhr–15"), or the word itself: the first time's unit, tied to its number as one with
 * nothing after it is, so the range breaks at most at its dash.
 */
function rangeStart(word: string): string {
  const dash = word.search(RANGE_DASH);
  return dash > 0 ? word.slice(0, dash) : word;
}

/**
 * A currency sign, any of Unicode's (৳, ﷼, ₨, ₦, as €): tied to its number as the listed
 * currencies are.
 */
function isCurrencySign(word: string): boolean {
  return /^\p{Sc}$/u.test(word);
}

/**
 * A listed currency written before its amount ("EUR 40", "kr 500", "रु. ५००"): not a word in
 * small letters of three letters or more, which goes after its number ("3 lei") and before
 * one is another word (Portuguese "lei 3", the law).
 */
function currencyFirst(word: string): boolean {
  return CURRENCY_SET.has(word) && !/^\p{Ll}{3,}$/u.test(word);
}

/** A street's name, by its last word: "Kerkstraat", "Prins Hendrikkade". */
function isStreet(word: string, sets: TieSets): boolean {
  if (sets.streets.length === 0 || !/^\p{Lu}/u.test(word)) return false;
  const lower = word.toLowerCase();
  return sets.streets.some((end) => lower.endsWith(end));
}

/** A count or a year: a number of up to five digits, perhaps with a fraction ("4", "2,5", "2024"). */
const COUNT = /^\p{Nd}{1,5}(?:[.,]\p{Nd}+)?$/u;
/** A word in small letters, of two letters at least: the noun a count is tied to. */
const COUNTED = /^\p{Ll}{2}/u;

/** A number written as an ordinal with its ending after a hyphen: Azerbaijani "2025-ci". */
const ORDINAL_NUMBER = /\p{Nd}-\p{Ll}{1,4}$/u;

/** A number with the indicator of an ordinal (Portuguese, Spanish, Italian): "2.º", "1.ª", "3º". */
const ORDINAL = /^\p{Nd}+\.?[ºª]$/u;

/**
 * An ordinal in figures with its full stop, Arabic or Roman: "5.", "II.". Not a year: "2025."
 * ends a sentence more often than it numbers a noun.
 */
const FIGURE_ORDINAL = /^(?:\p{Nd}{1,3}|[IVXLC]{1,7})\.$/u;
/** A name, as a ruler's numeral follows it: "Karel" of "Karel IV.". */
const RULER = /^\p{Lu}\p{Ll}/u;
/** A word in small letters: a noun an ordinal numbers, not the next sentence's first word. */
const SMALL_WORD = /^\p{Ll}/u;

/**
 * Whether `word` names the numbered thing after it ("№ 4", "статья 5", "§ 3"): that number
 * counts nothing, so is not tied to the word after it ("№ 4 відбуватиметься", "пункт 3
 * договора"), as a count is to its noun (notCounted).
 */
function names(word: string, sets: TieSets): boolean {
  // With its elided article too: "l’annexe B. Nous" names B as "annexe B. Nous" does.
  const bare = unelided(word.replace(OPENING, ""));
  const lower = bare.toLowerCase();
  return NAMING.has(bare) || sets.beforeNumber.has(lower) || sets.lawsBeforeNumber.has(lower);
}

/** A law's number and its year: "39/2015", "241/1990", "8.666/93". */
const LAW_NUMBER = /^\p{Nd}[\p{Nd}.]*\/\p{Nd}{2,4}(?!\p{Nd})/u;

/**
 * Whether `word` is a law's kind and `number` the law's (tie-words.ts lawsBeforeNumber): a
 * number with its year, or any after the kind capitalised ("Legge 3"). In small letters and
 * before a bare number the kind may be a verb, and the number a count ("Marco legge 3 libri").
 */
function lawsNumber(word: string, number: string, sets: TieSets): boolean {
  if (!sets.lawsBeforeNumber.has(word.toLowerCase())) return false;
  return LAW_NUMBER.test(number) || /^\p{Lu}/u.test(word);
}

/** The signs that name a numbered part in every language: §, №, Art., No. */
const NAMING: ReadonlySet<string> = new Set(COMMON_TIES.after);

/** A part's letter or Roman numeral, perhaps before punctuation: "A", "H.", "IV", "(B)". */
const PART_LETTER = /^\(?(?:[A-Z]|[IVX]{2,5})\)?$/;

/**
 * A part's noun and the capital letter or Roman numeral that names it ("Appendix A", "Subpart
 * H", "Part IV", "Anlage B"): read together as "clause 4" is, and "Subpart" ending a line
 * left "H." alone at the next one's start.
 */
function letteredPart(raw: string, next: string, sets: TieSets): boolean {
  return (
    sets.beforeNumber.has(unelided(raw.replace(OPENING, "")).toLowerCase()) &&
    PART_LETTER.test(unclosed(next).replace(/\.$/, ""))
  );
}

/** An elided article or preposition written onto a word: "l’", "d’", "qu’", Italian "dell’". */
const ELIDED = /^\p{L}{1,7}['’](?=\p{L})/u;

/**
 * The word without the elided article written onto it ("l’article" → "article", "dell’art."
 * → "art."): French, Italian and Catalan cite a part with it ("l’article 22", "l’annexe B"),
 * and the word lists name the part alone.
 */
function unelided(word: string): string {
  return word.replace(ELIDED, "");
}

/**
 * Whether `word` is a magnitude or percent (magnitude-words.ts) as written: with its own full
 * stop (Bulgarian "хил."), at a sentence's end ("۴٫۵ میلیارد.", "৪৫০ কোটি।"), or closing a
 * bracket there ("(12 Prozent).").
 */
function isMagnitude(word: string, sets: TieSets): boolean {
  const closed = unclosed(word);
  const bare = closed.replace(SENTENCE_MARK, "");
  return [closed, bare, unclosed(bare)].some((w) => sets.magnitudes.has(w));
}

/**
 * Whether a year after `word` belongs to it: a season in any case ("Fall 2021", "spring
 * 2025"), a law's title only capitalised ("Companies Act 2006", not "the order 2024 today").
 */
function yearsWord(word: string, sets: TieSets): boolean {
  const lower = word.toLowerCase();
  if (sets.beforeYear.has(lower)) return true;
  if (!/^\p{Lu}/u.test(word)) return false;
  return sets.titlesBeforeYear.has(lower) || sets.titleEndings.some((end) => lower.endsWith(end));
}

/**
 * Whether `raw`, a season that is also another word ("été", seasonsAfterDeterminer), is the
 * season: an article elided onto it ("l’été"), capitalised ("Été 2025"), or after a
 * determiner (`previous`: "cet été").
 */
function determinedSeason(raw: string, previous: string, sets: TieSets): boolean {
  const word = raw.replace(OPENING, "");
  return (
    unelided(word) !== word ||
    /^\p{Lu}/u.test(word) ||
    sets.determiners.has(previous.replace(OPENING, "").toLowerCase())
  );
}

/** A word's letter: a label of letters may part from its number, a sign ("§", "№") never. */
const LETTER = /\p{L}/u;

/** The tie `ties` puts between two words: one no line breaks, or a number's label's. */
type Tie = typeof TIE | typeof LABEL_TIE;

/** What `ties` reads around its two words. */
interface Around {
  /** `raw` is the number of what the word before it names (names). */
  named: boolean;
  /** The space is a date's (date-spaces.ts): a day counts nothing, its month is no noun. */
  dated: boolean;
  /** The word after `next`. */
  following: string;
  /** The whole number `raw` ends, with its groups before it ("20 000"). */
  number: string;
  /** The word before `raw`. */
  previous: string;
}

function ties(
  raw: string,
  next: string,
  sets: TieSets,
  { named, dated, following, number, previous }: Around,
): Tie | null {
  if (DASHES.has(next)) return TIE;
  if (OPERATORS.has(next) && (DIGIT.test(unclosed(raw).slice(-1)) || isUnit(raw))) return TIE;
  // A sign before a number, in brackets too: "(+ 20 %)" never ends a line at "(+".
  if (OPERATORS.has(raw.replace(OPENING, "")) && AMOUNT.test(next)) return TIE;
  // An ordinal with its indicator numbers the word after it: "2.º andar", "2.º A", "1.ª planta";
  // not one a word before names, which is that word's number ("artigo 23.º do Código").
  if (ORDINAL.test(raw.replace(OPENING, ""))) return named ? null : LABEL_TIE;
  // In Czech, also one written with its full stop alone: "8. kapitola", "II. patro". Not a
  // day before its month, which has a date's soft tie ("5. května"), nor a ruler's numeral
  // after his name, which numbers no word after it ("Karel IV. založil").
  if (sets.ordinalsBeforeNoun && !dated && SMALL_WORD.test(next))
    if (FIGURE_ORDINAL.test(raw.replace(OPENING, "")) && (DIGIT.test(raw) || !RULER.test(previous)))
      return LABEL_TIE;
  // A season, the word the language writes before a year, and the year: "verano de 2025".
  if (sets.links.has(next) && YEAR.test(yearOf(following)) && yearsWord(unelided(raw), sets))
    return TIE;
  if (sets.links.has(raw) && YEAR.test(yearOf(next)) && yearsWord(unelided(previous), sets))
    return TIE;
  if (ordinalsUnit(raw, next, sets)) return LABEL_TIE;
  // Most pairs of words have no digit, no abbreviation's dot, no sign: settle them first.
  if (!DIGIT.test(raw.slice(-1)) && !NUMBER_START.test(next) && !raw.endsWith("."))
    return sets.after.has(raw) ||
      sets.pairs.has(`${raw}\u0000${next}`) ||
      letteredPart(raw, next, sets)
      ? TIE
      : null;
  const before = unelided(raw.replace(OPENING, ""));
  const after = unclosed(next);
  if (NUMBER.test(after) && sets.beforeNumber.has(before.toLowerCase())) return LABEL_TIE;
  if (NUMBER.test(after) && lawsNumber(before, after, sets)) return LABEL_TIE;
  // A time written with "h" between the hours and the minutes: "12 h 00", "10 h 30".
  if (before === "h" && /^\p{Nd}{2}$/u.test(after)) return TIE;
  if (NUMBER.test(after) && isStreet(before, sets)) return LABEL_TIE;
  // The year may end its sentence: "under the Companies Act 2006.", "since Fall 2025."
  if (YEAR.test(after.replace(/\.$/u, "")) && yearsWord(before, sets))
    return !sets.determined.has(before.toLowerCase()) || determinedSeason(raw, previous, sets)
      ? LABEL_TIE
      : null;
  // A range's first unit goes with its number too: "8:15 a.m.–3:05 p.m." (rangeStart).
  const unit = rangeStart(next);
  if (
    ENDS_IN_DIGIT.test(before) &&
    (tiedUnit(unit, number, unit === next ? following : "") ||
      sets.units.has(unclosed(unit).replace(/\.$/u, "")))
  )
    return LABEL_TIE;
  if (ENDS_IN_DIGIT.test(before) && isMagnitude(next, sets)) return LABEL_TIE;
  // Not a number a label names, whose next label is its part's ("§ 155 ods. 1 písm. a)").
  if (!dated && !named && !sets.after.has(previous) && COUNT.test(before))
    if (countsLabel(next, following, sets)) return LABEL_TIE;
  if (
    sets.notCounted &&
    !dated &&
    !named &&
    COUNT.test(before) &&
    COUNTED.test(after) &&
    !sets.notCounted.has(after) &&
    // A verb ends a sentence as often as not: "Рейс 12 вылетел."
    !isVerbAfter(before, after.replace(SENTENCE_MARK, ""), sets.verbs)
  )
    return LABEL_TIE;
  // A sign never ends a line ("£" / "40"); a currency's word or code may, where nothing else fits.
  if (NUMBER_START.test(after) && isCurrencySign(before)) return TIE;
  if (NUMBER_START.test(after) && currencyFirst(before)) return LABEL_TIE;
  if (NUMBER_START.test(after) && isUnlistedCode(before) && codeAmount(after, following, true))
    return LABEL_TIE;
  if (/^\p{Nd}{1,3}$/u.test(before) && /^\p{Nd}{3}(?!\p{Nd})/u.test(next)) return TIE;
  // Not a part's letter ending a sentence: "Subpart H. The request" (named: after "Subpart"),
  // nor where the letter is also a code's part ("l’annexe D. Nous", though "article D. 12").
  if (INITIAL.test(before) && /^\p{Lu}/u.test(after))
    return named || sets.starts.has(after) ? null : TIE;
  const tied =
    (sets.after.has(before) &&
      !numbersUnit(before, previous) &&
      !(COUNT.test(previous) && countsLabel(raw, next, sets))) ||
    prefixedTitle(before, sets) ||
    (before.endsWith(".") && sets.pairs.has(`${before}\u0000${after}`));
  // A label before its number ("p. 12", "No. 5", "§ 5"); a title before a name stays tied.
  if (!tied) return null;
  return NUMBER.test(after) && LETTER.test(before) ? LABEL_TIE : TIE;
}

/** A part's letter or small Roman numeral in its bracket: "a)", "iv)". */
const ENUMERATOR = /^\p{Ll}{1,4}\)/u;

/** An abbreviation of a word: up to five letters and its full stop ("pp.", "vols.", "Bd."). */
const ABBREVIATION = /^\p{L}{1,5}\.$/u;

/**
 * Whether `written`, a word after a count, is the abbreviated label or unit of what it counts
 * ("5 pp.", "3 vols.", "12 no.", "2 bd.", "3 Bde."), `after` the word after it: tied to the
 * count as a unit is, and not to the word after it as a label before a number is ("5 pp. of
 * text"). Why: "(approx. 5 no.)" ended a line at "5", and "no." was tied to the next word.
 * Before a word in small letters, an abbreviation in small letters or a capitalised one the
 * language lists as a label (its plural too: "Vols."); ending its clause, only a listed one: an
 * unlisted word there ends a sentence ("Осталось 5 ушли."). Before a capitalised word it is a
 * title ("12 St. James's Street"), before a number the number's label ("Room 5 no. 3").
 */
function countsLabel(written: string, after: string, sets: TieSets): boolean {
  const word = unclosed(written);
  if (!ABBREVIATION.test(word)) return false;
  // A part's letter after it is the label's own: "písm. a)", "lit. b)".
  if (ENUMERATOR.test(after)) return false;
  if (/^\p{Ll}/u.test(after)) return /^\p{Ll}/u.test(word) || listedLabel(word, sets);
  return (word !== written || after === "") && listedLabel(word, sets);
}

/** Whether the language lists `word`, or its singular, as a label before a number ("S.", "Vols."). */
function listedLabel(word: string, sets: TieSets): boolean {
  return [word, word.replace(/s\.$/u, ".")].some(
    (w) => sets.after.has(w) || sets.beforeNumber.has(w.toLowerCase()) || NAMING.has(w),
  );
}

/**
 * A noun class's prefix in small letters, written onto a capitalised abbreviation: isiZulu's
 * "u" of "uNkk." and "ku" of "kuMnu." (to Mrs, to Mr).
 */
const CLASS_PREFIX = /^\p{Ll}{1,5}(?=\p{Lu}\p{L}*\.$)/u;

/**
 * Whether `word` is a listed abbreviation with a class prefix written onto it ("uNkk." holds
 * "Nkk."): the Bantu languages write a title so before a name, and the word lists hold the
 * title alone; "uNkk." ending a line left "Dlamini" alone at the next.
 */
function prefixedTitle(word: string, sets: TieSets): boolean {
  const title = word.replace(CLASS_PREFIX, "");
  return title !== word && sets.after.has(title);
}

/**
 * Whether `word`, after the word `previous`, is the unit of the number that word ends: Russian
 * "г." after a year is the year's ("2025 г."), not the city's before a name ("г. Москва"), and
 * belongs to the number, not to the next sentence's first word ("2025 г. Библиотека"); so is
 * Serbian's and Croatian's after a year written as an ordinal ("2025. г.", "2025. g.").
 */
function numbersUnit(word: string, previous: string): boolean {
  return (ENDS_IN_DIGIT.test(previous) || ORDINAL_YEAR.test(previous)) && isUnit(word);
}

/**
 * Whether `raw`, a number written as an ordinal, is tied to the unit `next`, the word for year
 * after it: Azerbaijani "2025-ci il", Serbian and Croatian "2025. г.", "2025. g." (numbersUnit).
 */
function ordinalsUnit(raw: string, next: string, sets: TieSets): boolean {
  const unit = unclosed(next);
  if (ORDINAL_NUMBER.test(raw) && sets.units.has(unit)) return true;
  return ORDINAL_YEAR.test(raw.replace(OPENING, "")) && sets.after.has(unit) && isUnit(unit);
}

/** A year written as an ordinal, with its full stop: Serbian and Croatian "2025.". */
const ORDINAL_YEAR = /^[12]\p{Nd}{3}\.$/u;

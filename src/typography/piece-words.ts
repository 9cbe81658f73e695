import { withoutTrailing } from "../without-trailing.js";

/*
 * The words of the pieces between a text's plain spaces, as the tie rules read them
 * (tie-spaces.ts, date-spaces.ts): a piece's first and last word (a piece may hold a line
 * break or a tie), the marks around a word, a year.
 */

/**
 * Opening punctuation a word may start with, and closing punctuation it may end with (also
 * Arabic script's comma, semicolon and question mark: "5 آذار، ").
 */
export const OPENING = /^[([{„“”"«»‘‚'‹›]+/u;
export const CLOSING = /[)\]}„“”"«»’'‹›,;:!?،؛؟]/u;

/** A closing mark or a full stop: what may end a word after its last letter or digit. */
export const CLOSING_OR_STOP = new RegExp(`${CLOSING.source}|\\.`, "u");

/** The word without the closing marks after it. */
export function unclosed(word: string): string {
  return withoutTrailing(word, CLOSING);
}

/**
 * A digit of any script: a number in Persian, Devanagari, Thai or Khmer digits ("۰۲۱",
 * "०१२", "០១២") is tied to its unit and its groups as one in ASCII digits is; a date in
 * Bengali or Marathi is written in its own digits ("৫").
 */
export const DIGIT = /\p{Nd}/u;

const SPACE = /\s/;

/** The piece's last word: after its last white space (a line break, a tie). */
export function lastWord(piece: string): string {
  if (!SPACE.test(piece)) return piece;
  let i = piece.length;
  while (i > 0 && !SPACE.test(piece[i - 1] ?? "")) i--;
  return piece.slice(i);
}

/** The word before `raw`, piece `k`'s last: in the piece after a line break, else the piece before's last. */
export function wordBefore(pieces: string[], k: number, raw: string): string {
  const head = (pieces[k] as string).slice(0, -raw.length);
  return head === "" ? lastWord(pieces[k - 1] ?? "") : lastWord(head.trimEnd());
}

/** The word after piece `j`'s first: in the piece after a line break, else the next piece's first. */
export function secondWord(pieces: string[], j: number): string {
  const piece = pieces[j] ?? "";
  const rest = piece.slice(firstWord(piece).length).trimStart();
  return rest === "" ? firstWord(pieces[j + 1] ?? "") : firstWord(rest);
}

/** The piece's first word: up to its first white space. */
export function firstWord(piece: string): string {
  if (!SPACE.test(piece)) return piece;
  let i = 0;
  while (i < piece.length && !SPACE.test(piece[i] ?? "")) i++;
  return piece.slice(0, i);
}

/** A piece that is one word, with no line break in it: a name of several words spans it. */
export function whole(piece: string): boolean {
  return piece !== "" && !SPACE.test(piece);
}

/** A year: four digits, from 1000 to 2999. */
export const YEAR = /^[12]\p{Nd}{3}$/u;

/** The word without the marks after it, as a year may end a sentence or a bracket: "2025).". */
export function yearOf(word: string): string {
  return withoutTrailing(word, CLOSING_OR_STOP);
}

/**
 * The most digits a number written in groups holds: a card's number, 19 (ISO/IEC 7812); a
 * telephone number has 15 at most (ITU-T E.164), an identifier as many as a card's (Indonesia's
 * NIP, 18). A run of groups with more is a list of numbers.
 */
export const MOST_DIGITS = 19;

/**
 * The last of the pieces from `from` that go on a run of a number's groups, `from - 1` if none:
 * each starts with a group (`group` reads it from the piece, or gives undefined), and the run
 * ends at a piece with more after its group (a comma, a bracket, a line break), or before a
 * count that follows the number (countsNext). One rule for grouped numbers ("+44 20 7946
 * 0958") and an identifier's number ("ABN 51 824 753 556").
 */
export function groupRunEnd(
  pieces: readonly string[],
  from: number,
  group: (piece: string) => string | undefined,
): number {
  let end = from - 1;
  for (let j = from; j < pieces.length; j++) {
    const piece = pieces[j] as string;
    const g = group(piece);
    if (g === undefined) break;
    end = j;
    if (g !== piece) break;
  }
  return end > from && countsNext(pieces, from, end, group) ? end - 1 : end;
}

/**
 * Whether the run's last group, piece `end`, is a number of its own that counts the word after
 * it ("ABN 51 824 753 556 10 days", "call 0800 555 0199 24 hours a day"): two digits at most
 * (a telephone number's last group of three is common, "+49 30 1234 567 or write"), fewer than
 * the group before it, a word in small letters after it on its line, and three groups at least
 * before it, from piece `from - 1` (a run's first group may be read before `from`), which make
 * a number without it. Why: with nothing to part them, the run took the count in and glued
 * "556~10" as one number. A number of two groups keeps its short last one ("VAT GB 123 4567 89
 * is ours", "4001 2345 67 was paid"), as does one ending at a mark or the line's end.
 */
function countsNext(
  pieces: readonly string[],
  from: number,
  end: number,
  group: (piece: string) => string | undefined,
): boolean {
  const last = pieces[end] as string;
  if (group(last) !== last || !/^\p{Ll}/u.test(pieces[end + 1] ?? "")) return false;
  const digits = digitsIn(last);
  if (digits > 2 || digits >= digitsIn(group(pieces[end - 1] as string) ?? "")) return false;
  let before = 0;
  for (let j = end - 1; j >= Math.max(0, from - 1) && group(pieces[j] as string) !== undefined; j--)
    before++;
  return before >= 3 && !shortOfInternational(pieces, from, end);
}

/**
 * The fewest digits an international telephone number holds with its country's code in most
 * countries' plans: Denmark's and Norway's, "+45 33 12 34 56" (ITU-T E.164 lists each plan's).
 */
const INTERNATIONAL_DIGITS = 10;

/**
 * Whether the run from piece `from - 1` starts with a country's code ("+49") and its groups
 * before the last, piece `end`, hold too few digits for an international number: the last is
 * then the number's own group, not a count after it ("Ruf +49 89 123 45 an", German's verb
 * "anrufen" split; "+46 8 123 456 78 eller"), where "+44 20 7946 0958 24 hours" has 12.
 */
function shortOfInternational(pieces: readonly string[], from: number, end: number): boolean {
  const first = lastWord(pieces[from - 1] ?? "").replace(OPENING, "");
  if (!first.startsWith("+")) return false;
  let digits = digitsIn(first);
  for (let j = from; j < end; j++) digits += digitsIn(firstWord(pieces[j] as string));
  return digits < INTERNATIONAL_DIGITS;
}

/** How many digits a word holds. */
export function digitsIn(word: string): number {
  return word.replace(/\P{Nd}/gu, "").length;
}

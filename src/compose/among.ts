import { decodeXML } from "entities";
import { courtesyBefore } from "./courtesy-before.js";

/**
 * Whether a text is one of the `|`-separated texts of a list, word for word: case,
 * punctuation and spacing aside, so "Dear Sirs," and "DEAR SIRS:" are "Dear Sirs", and
 * "Dear Sir/Madam" is "Dear Sir / Madam". Why words only: a salutation is typed with a comma,
 * a colon or none, in whatever case a form fills it. A list is a label, which the `label`
 * helper gives as markup: its characters are read back from their references first.
 */
export function among(text: string, list: string): boolean {
  const wanted = wordsOf(text);
  if (wanted === "") return false;
  return decodeXML(list)
    .split("|")
    .some((entry) => wordsOf(entry) === wanted);
}

/** The text's words in small letters, one space between them. */
function wordsOf(text: string): string {
  return text
    .toLocaleLowerCase()
    .split(/[^\p{L}\p{N}\p{M}]+/u)
    .filter((w) => w !== "")
    .join(" ");
}

/**
 * The text after a leading entry of the list, matched word for word as `among` matches a
 * whole text ("Yth. Kepala Dinas …" after "Yth." is "Kepala Dinas …"); the longest entry
 * wins ("Kepada Yth." over "Kepada"). Undefined when none leads, nothing follows it, or the
 * entry may be the name's own first word in a letter in `lang` (`courtesyBefore`: "An Nguyen",
 * "Ao Li").
 */
export function afterLeading(text: string, list: string, lang: string): string | undefined {
  const words = [...text.matchAll(WORD)];
  const leading = decodeXML(list)
    .split("|")
    .map((entry) => ({ entry, words: wordsOf(entry).split(" ") }))
    .filter((e) => e.words[0] !== "" && e.words.length < words.length)
    .filter((e) => e.words.every((w, i) => words[i]?.[0].toLocaleLowerCase() === w))
    .filter((e) => apart(text, words, e.words.length))
    .sort((a, b) => b.words.length - a.words.length)[0];
  const last = leading && words[leading.words.length - 1];
  if (!leading || !last) return undefined;
  // What ends the courtesy ("Yth.", "Sz. P.:") goes with it; a name's own quote stays.
  const rest = text.slice(last.index + last[0].length).replace(/^[\s.,:;]+/u, "");
  return courtesyBefore(leading.entry, rest, lang) ? rest : undefined;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/**
 * Whether the `n`th word (a courtesy's last) stands apart from the name after it: not joined to
 * it by a hyphen, an apostrophe or a middle dot ("Pan-European Federation" does not start with
 * Polish "Pan", nor "An’Nur Moschee" with German "An"); a space, a full stop or a quote parts
 * them ("Yth. Kepala", "Firma „Acme“"). Only there: an entry may join its own words ("г-н").
 */
function apart(text: string, words: RegExpExecArray[], n: number): boolean {
  const w = words[n - 1] as RegExpExecArray;
  return !JOINED.test(text.slice(w.index + w[0].length));
}

/** What joins two words into one: a hyphen or dash, an apostrophe, a middle dot. */
const JOINED = /^[\p{Pd}'’ʼ·]/u;

import { LEGAL_FORMS } from "../compose/legal-forms.js";
import { CAPACITIES } from "./capacity-words.js";
import { firstWord, lastWord, OPENING, unclosed, whole } from "./piece-words.js";

const FORMS: ReadonlySet<string> = new Set(LEGAL_FORMS);

/**
 * Legal forms written as several words, in small letters: one form, which a line must not
 * part ("Tadeusz Sp.⏎z o.o." reads as a firm "Sp." and a stray "z o.o."). Their words one by
 * one are no form (Polish "z" is "with"), so the rule for one word ties none of their spaces
 * but the one before "sp.".
 */
const SEVERAL_WORDS: readonly (readonly string[])[] = [
  // Polish: spółka z ograniczoną odpowiedzialnością, jawna, komandytowa, partnerska, komandytowo-akcyjna.
  ["sp.", "z", "o.o."],
  ["sp.", "z", "o.", "o."],
  ["sp.", "j."],
  ["sp.", "k."],
  ["sp.", "p."],
  ["sp.", "k.a."],
  // Czech and Slovak: společnost s ručením omezeným, akciová společnost; German: eingetragener Verein.
  ["spol.", "s", "r.o."],
  ["spol.", "s", "r.", "o."],
  ["s.", "r.", "o."],
  ["a.", "s."],
  ["e.", "v."],
];

/**
 * The pieces after which a space parts a firm's name from its legal form ("Harbourline
 * Engineering Pty Ltd", "Dupont SARL", "Tadeusz Sp. z o.o.", "Acme, Inc."), or two forms
 * ("Pty Ltd", "GmbH & Co. KG"): the form is part of the name, and "Pty" ending a line with
 * "Ltd" starting the next reads as two names. A tie, so the PDF and the text output keep them
 * alike: both read the model's no-break spaces, and neither had a rule of its own for forms.
 */
export function legalFormSpaces(pieces: string[]): number[] {
  const out: number[] = [];
  for (let k = 0; k + 1 < pieces.length; k++) {
    // Most words are in small letters, with no dot: no form, settled without a pattern.
    if (!mayBeForm(pieces[k + 1] as string)) continue;
    const name = lastWord(pieces[k] as string);
    const form = firstWord(pieces[k + 1] as string);
    if (!isName(name) || !isForm(form) || shouted(name, form) || afterMark(name, form)) continue;
    if (beforeItsName(form)) continue;
    if (determines(name, wordBefore(pieces, k))) continue;
    if (!wordInCapitals(pieces[k + 1] as string, firstWord(pieces[k + 2] ?? ""))) out.push(k);
  }
  for (let k = 0; k < pieces.length; k++) {
    const words = severalWords(pieces, k);
    if (words === 0) continue;
    if (k > 0 && isName(lastWord(pieces[k - 1] as string))) out.push(k - 1);
    for (let i = 0; i + 1 < words; i++) out.push(k + i);
  }
  return out;
}

/**
 * Articles, demonstratives and possessives, in small letters, of the languages whose letters
 * name firms with these forms: a word that determines the word after it is no firm's name, so
 * that word is a noun that a form's letters spell ("Your CV", "Mon CV", "Ihre GmbH wurde").
 * Not the ones that are also given names ("Hans", Norwegian "his").
 */
const DETERMINERS: ReadonlySet<string> = new Set([
  ...["the", "a", "an", "your", "my", "our", "his", "her", "its", "their", "this", "that"],
  ...["these", "those", "any", "each", "every", "no"],
  ...["le", "la", "les", "un", "une", "mon", "ton", "son", "ma", "ta", "sa", "mes", "tes", "ses"],
  ...["notre", "votre", "leur", "nos", "vos", "leurs", "ce", "cet", "cette", "ces"],
  ...["der", "die", "das", "den", "dem", "ein", "eine", "einen", "einem", "einer"],
  ...["mein", "meine", "dein", "deine", "sein", "seine", "ihr", "ihre", "unser", "unsere"],
  ...["het", "een", "mijn", "jouw", "uw", "zijn", "onze"],
  ...["el", "los", "las", "una", "mi", "tu", "su", "sus", "mis", "il", "lo", "gli"],
  ...["din", "ditt", "vår", "vårt", "vores", "jeres"],
]);

/**
 * Whether `word`, before a form's letters, is a determiner and no name's last word: one in
 * small letters always is; a capitalised one only where no capitalised word comes before it
 * (a sentence's or a line's start, after a mark or a word in small letters). Why: "Ma", "Su",
 * "Lo", "Son", "Din" are surnames too, and "Wei Ma GmbH", "Peter Lo Ltd" lost their ties.
 */
function determines(word: string, before: string): boolean {
  const bare = word.replace(OPENING, "");
  if (!DETERMINERS.has(bare.toLowerCase())) return false;
  return bare === bare.toLowerCase() || !/^\p{Lu}[\p{L}\p{M}'’-]*$/u.test(before);
}

/**
 * The word before piece `k`'s last word on its line: the last of the piece before, or ""
 * where the word starts a line (the piece holds a line break before it: "Dear Jo⏎Your").
 */
function wordBefore(pieces: readonly string[], k: number): string {
  const piece = pieces[k] as string;
  if (k === 0 || lastWord(piece) !== piece) return "";
  return lastWord(pieces[k - 1] as string);
}

/**
 * Whether a form of two capitals, the piece `formPiece`, is the word its letters spell written
 * in capitals: before a capacity on its line ("Mary AS Director", "Jo Bloggs AS Acting
 * Secretary": capacity-words.ts). Before any other capitalised word it ends a firm's name, as
 * at a mark, a line's end or a word in small letters: a place, a division or a title follows
 * it ("Volvo AB Göteborg", "Equinor AS Annual Report", "Volvo AB reported").
 */
function wordInCapitals(formPiece: string, after: string): boolean {
  const bare = formPiece.replace(OPENING, "");
  return (
    /^\p{Lu}{2}$/u.test(bare) && CAPACITIES.has(unclosed(after).replace(/\.$/u, "").toLowerCase())
  );
}

/**
 * The forms a country writes before the firm's name, not after it: Indonesian "PT Maju Jaya",
 * "CV Sinar Abadi". After a word their letters are another word's ("Send CV Today", "Book PT
 * Sessions"), tied as a form they made a heading's "Send~CV". With dots they are another
 * country's form written after the name (Dutch "Jansen C.V.", Mexican "S.A. de C.V.").
 */
const BEFORE_NAME: ReadonlySet<string> = new Set(["PT", "CV"]);

function beforeItsName(form: string): boolean {
  return BEFORE_NAME.has(unclosed(form.replace(OPENING, "")));
}

/** The English forms written after a comma: "Acme, Inc.", "Hale Construction, LLC". */
const AFTER_COMMA: ReadonlySet<string> = new Set(["inc", "ltd", "llc", "plc", "llp", "corp"]);

/**
 * Whether a mark ends the name word and parts it from the form: a sentence's ("John. As we
 * agreed", Italian "Grazie Luca. Se puoi") unless the word is a form itself ("Co. KG"), or a
 * comma before a form written as a word ("Herr Müller, Ab Montag", "Caro Marco, Se hai"): the
 * next sentence's or clause's first word, which some form's letters spell.
 */
function afterMark(name: string, form: string): boolean {
  const bare = unclosed(name.replace(OPENING, ""));
  if (/[.!?:;]$/u.test(name) && !isForm(bare)) return true;
  return name.endsWith(",") && !AFTER_COMMA.has(letters(form)) && !writtenAsForm(form);
}

/**
 * A form written as only a form is, two capitals or a dot in it ("SL", "S.A.", "GmbH", "AB",
 * "B.V."), not as a word that starts a clause ("Ab", "Se", "As"): after a comma it is the
 * firm's form in any language ("Bar L’Oliva, SL", "Dupont, S.A.").
 */
function writtenAsForm(form: string): boolean {
  const bare = unclosed(form.replace(OPENING, ""));
  return /\p{Lu}\P{Lu}*\p{Lu}|\p{L}\.\p{L}/u.test(bare);
}

/** A form's letters alone, in small letters, as legal-forms.ts keys it: "S.r.l." → "srl". */
function letters(word: string): string {
  return unclosed(word.replace(OPENING, ""))
    .toLowerCase()
    .replace(/[^\p{L}]/gu, "");
}

/** How many pieces from piece `k` spell a form of several words (SEVERAL_WORDS), 0 if none. */
function severalWords(pieces: string[], k: number): number {
  const first = pieces[k] as string;
  // Every such form starts with a word with a dot: most pieces are settled by that alone.
  if (!first.includes(".")) return 0;
  for (const form of SEVERAL_WORDS) {
    const at = pieces.slice(k, k + form.length);
    if (at.length < form.length || !at.every(whole)) continue;
    const words = at.map((piece, i) => (i === 0 ? piece.replace(OPENING, "") : piece));
    words[words.length - 1] = unclosed(words.at(-1) as string);
    if (words.every((word, i) => word.toLowerCase() === form[i])) return form.length;
  }
  return 0;
}

/**
 * A form of two capitals after a word in capitals: in a line typed in capitals, most often a
 * word ("SAVE AS TO COSTS", "DEAR AG"); a firm in capitals writes a longer form ("ACME LTD").
 */
function shouted(name: string, form: string): boolean {
  const bare = unclosed(form.replace(OPENING, ""));
  return /^\p{Lu}{2}$/u.test(bare) && !/\p{Ll}/u.test(name);
}

/**
 * A word of a firm's name, or a form or "&" inside one: a capital first, no digit. Why: a form
 * after a word in small letters is most often another word ("such AS", "your CV", "and Co."),
 * and after a code another code ("flight LH12 AB").
 */
function isName(word: string): boolean {
  const bare = word.replace(OPENING, "");
  return bare === "&" || (/^\p{Lu}/u.test(bare) && !/\p{Nd}/u.test(bare));
}

/**
 * A legal form as written after a name (legal-forms.ts keys them by their letters alone, in
 * small letters): with a capital or a dot ("Ltd", "GmbH", "S.r.l.", "sp."), as a form is
 * written, and not a word in small letters that some form's letters also spell ("spa", "as").
 */
function isForm(word: string): boolean {
  const bare = unclosed(word.replace(OPENING, ""));
  if (!/\p{Lu}|\./u.test(bare)) return false;
  return FORMS.has(letters(bare));
}

/** Whether a piece may start with a form: it does not start with a small ASCII letter, or has a dot. */
function mayBeForm(piece: string): boolean {
  const c = piece.charCodeAt(0);
  return !(c >= 0x61 && c <= 0x7a) || piece.includes(".");
}

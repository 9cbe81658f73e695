import { primaryLanguage } from "../typography/block-text.js";
import { TIES_BY_LANGUAGE } from "../typography/tie-words.js";
import { withoutTrailing } from "../without-trailing.js";
import { COURTESY_NAMES } from "./courtesy-names.js";
import { LEGAL_FORMS } from "./legal-forms.js";

/**
 * Whether a courtesy that leads an address line (`entry`, as the pack's label writes it) is
 * one before the name (`rest`), not the name's own first word, in a letter in `lang`. Several
 * courtesies are names too: German "An" and Portuguese "Ao" ("An Thi Nguyen", "Ao Li"),
 * Italian "Gentile" ("Gentile Costruzioni S.r.l."), Polish "Pan" ("Pan Tadeusz Sp. z o.o.").
 * A sender would rather see the line whole in a header or a title ("Brief an Herrn Müller"
 * reads as well as "Brief an Müller") than lose a word of the name; so a courtesy goes only
 * where it cannot be the name's:
 * - it is abbreviated or of several words ("Yth.", "Spett.le", "Kepada Yth.", "An die");
 * - a title or a quote follows it ("Gentile Sig. Rossi", "Herrn Dr. Max Muster", "Pan dr Jan
 *   Kowalski", "Firma „Acme“"), or an initial ("Herrn K. Muster");
 * - what follows reads as a name of two words or more ("Pan Jan Kowalski", "Monsieur Jean
 *   DUPONT", "Kepada Bapak Budi"), not a firm's ("Costruzioni S.r.l.", "Dupont SARL", "Acme
 *   GmbH": legal-forms.ts), and the courtesy is not one the language's addressees bear as a
 *   name too (courtesy-names.ts: "An Thi Nguyen" may be Ms An Thi Nguyen).
 */
export function courtesyBefore(entry: string, rest: string, lang: string): boolean {
  if (/\./u.test(entry) || entry.trim().split(/\s+/u).length > 1) return true;
  if (/^[\p{Pi}\p{Ps}"'„‚«‹]/u.test(rest)) return true;
  const words = rest.split(/\s+/u).map((w) => withoutTrailing(w, /[,;:]/));
  const first = words[0] ?? "";
  const language = primaryLanguage(lang);
  if (isTitle(first, language)) return true;
  // "An K. Nguyen" may be hers; "Herrn K. Muster" is no one's first name.
  const nameToo = COURTESY_NAMES.get(language)?.includes(entry.trim().toLocaleLowerCase());
  if (nameToo) return false;
  if (/^\p{Lu}\.$/u.test(first)) return true;
  return words.length > 1 && !isFirm(words) && words.every((w, i) => nameWord(w, i === 0));
}

/**
 * A title before a name: an abbreviation of two letters or more ("Dr.", "Sig.", "prof.") or a
 * word the language ties to the name after it, written without a full stop (tie-words.ts:
 * Polish "dr", "mgr", British "Dr", Indonesian "Ibu").
 */
function isTitle(word: string, language: string): boolean {
  if (/^[\p{L}\p{M}]{2,}\.$/u.test(word)) return true;
  return (
    /^\p{L}{2,}$/u.test(word) && (TIES_BY_LANGUAGE.get(language)?.after.includes(word) ?? false)
  );
}

/** Whether the words hold a firm's legal form ("S.r.l.", "Sp. z o.o.", "SARL", "GmbH"). */
function isFirm(words: readonly string[]): boolean {
  return words.some((w) => LEGAL_FORMS.includes(w.toLocaleLowerCase().replace(/[^\p{L}]/gu, "")));
}

/**
 * A word of a person's or an office's name: capitalised, in capitals or not ("Max",
 * "DUPONT", "Zumsteg-Rüegg", "McDonald", "O’Brien"), in a script without capitals, an initial
 * ("K."), or a small particle after the first ("von", "dan").
 */
function nameWord(word: string, first: boolean): boolean {
  if (/^\p{Lu}\.$/u.test(word)) return true;
  if (!first && /^[\p{Ll}\p{M}]+$/u.test(word)) return true;
  return word.split(/[-'’]/u).every((part) => NAME_PART.test(part));
}

/** A capitalised part of a name ("Max", "McDonald", "DUPONT", the "O" of "O’Brien"), or one in a script without case. */
const NAME_PART = /^(?:\p{Lu}[\p{L}\p{M}]*|[\p{Lo}\p{M}]+)$/u;

import { withoutTrailing } from "../without-trailing.js";

/**
 * Whether a courtesy that leads an address line (`entry`, as the pack's label writes it) is
 * one before the name (`rest`), not the name's own first word. Several courtesies are names
 * too: German "An" and Portuguese "Ao" ("An Nguyen", "Ao Li"), Italian "Gentile" ("Gentile
 * Costruzioni S.r.l."), Polish "Pan" ("Pan Tadeusz Sp. z o.o."). A sender would rather see
 * the line whole in a header or a title ("Brief an Herrn Müller" reads as well as "Brief an
 * Müller") than lose a word of the name; so a courtesy goes only where it cannot be the name's:
 * - it is abbreviated or of several words ("Yth.", "Spett.le", "Kepada Yth.", "An die");
 * - a title, an initial or a quote follows it ("Gentile Sig. Rossi", "Herrn Dr. Max Muster",
 *   "Firma „Acme“");
 * - what follows reads as a name of two words or more ("Pan Jan Kowalski", "Kepada Bapak
 *   Budi"), not a firm's ("Costruzioni S.r.l.", "Tadeusz Sp. z o.o.", "Acme GmbH").
 */
export function courtesyBefore(entry: string, rest: string): boolean {
  if (/\./u.test(entry) || entry.trim().split(/\s+/u).length > 1) return true;
  if (/^[\p{Pi}\p{Ps}"'„‚«‹]/u.test(rest)) return true;
  const words = rest.split(/\s+/u).map((w) => withoutTrailing(w, /[,;:]/));
  if (/^[\p{L}\p{M}]+\.$/u.test(words[0] ?? "")) return true;
  return words.length > 1 && words.every((w, i) => nameWord(w, i === 0));
}

/**
 * A word of a person's or an office's name: capitalised ("Max", "Zumsteg-Rüegg", "McDonald",
 * "O’Brien"), in a script without capitals, an initial ("K."), or a small particle after the
 * first ("von", "dan"); not a firm's form ("S.r.l.", "o.o.", "Sp.", "GmbH", "SRL").
 */
function nameWord(word: string, first: boolean): boolean {
  if (/^\p{Lu}\.$/u.test(word)) return true;
  if (!first && /^[\p{Ll}\p{M}]+$/u.test(word)) return true;
  return word.split(/[-'’]/u).every((part) => NAME_PART.test(part));
}

/**
 * A capitalised part of a name ("Max", "McDonald", the "O" of "O’Brien"), or one in a script
 * without case; a part that ends in a capital ("GmbH", "KGaA", "SRL") is a firm's form.
 */
const NAME_PART = /^(?:\p{Lu}(?:[\p{Ll}\p{M}]+\p{Lu})*[\p{Ll}\p{M}]+|\p{Lu}|[\p{Lo}\p{M}]+)$/u;

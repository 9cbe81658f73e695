/**
 * Latin letters that Unicode decomposition (NFKD) leaves whole, written as ICU's Latin-ASCII
 * transform (CLDR) writes them in ASCII: `ß` is "ss" as German writes it without the letter,
 * Turkish dotless `ı` an "i", the ligatures `æ`, `œ` their two letters, a stroke or bar
 * dropped (`ø`, `ł`, `đ`, `ħ`, `ŧ`), Icelandic `þ` "th" and `ð` "d". Small letters only: a
 * slug is lower-cased first (`ẞ`, `Ø` become `ß`, `ø`). Why a table and not a package: the
 * packages that transliterate Latin also turn every other script into Latin (`王小明` into
 * "wang xiao ming"), where a slug keeps each script's letters.
 */
const LATIN_ASCII: Readonly<Record<string, string>> = Object.freeze({
  ß: "ss",
  ı: "i",
  ȷ: "j",
  æ: "ae",
  œ: "oe",
  ø: "o",
  ł: "l",
  đ: "d",
  ð: "d",
  þ: "th",
  ħ: "h",
  ŧ: "t",
  ŋ: "ng",
  ĸ: "q",
});

const LETTERS = new RegExp(`[${Object.keys(LATIN_ASCII).join("")}]`, "gu");

/** The text with each of those letters in ASCII; every other character as it was. */
export function latinAscii(text: string): string {
  return text.replace(LETTERS, (c) => LATIN_ASCII[c] ?? c);
}

/**
 * The courtesies, among those a letter's language starts an address with (the pack's label
 * `addressCourtesy`), that its addressees commonly bear as a name too, by the letter's primary
 * language: German "An" (a Vietnamese, Korean and Chinese given name or surname: "An Thi
 * Nguyen", "An Nguyen Van An", in a country of many Vietnamese families), Portuguese "Ao"
 * (Chinese "Ao Li"), Italian "Gentile" (a common Italian surname, which Italian forms write
 * before the given name: "Gentile Mario"). Before a name of two words such a courtesy may be
 * the name's first word, so it is kept with the line (courtesy-before.ts). Polish and Czech
 * "Pan" are not listed: a Polish letter's "Pan Jan Kowalski" is the courtesy, as its readers
 * read it; "Pan Tadeusz Sp. z o.o." is told a firm by its legal form.
 */
export const COURTESY_NAMES: ReadonlyMap<string, readonly string[]> = new Map(
  Object.entries({ de: ["an"], pt: ["ao"], it: ["gentile"] }),
);

import { expect, it } from "vitest";
import { SENTENCE_STARTS } from "../../src/typography/sentence-starts.js";

/**
 * Surnames and name particles that are also words a sentence may start with: an initial
 * before one is a name's ("K. So", "Y. An", "S. Das", "T. Le", "J. De Vries"), so none may be a
 * sentence's start, which frees the initial before it (text32).
 */
const NAMES = [
  ...["An", "Ao", "So", "He", "Her", "To", "Do", "Du", "Au", "Su", "Ma", "Li", "Na", "No"],
  ...["Um", "Im", "Han", "Hun", "Das", "Dos", "Da", "De", "Del", "Della", "Di", "Le", "La"],
  ...["Lo", "Van", "Von", "Ten", "Ter", "Pan", "Si", "Al"],
  ...["О", "Ан", "Ли", "Ким", "Пак", "Ю", "Тен", "Хан", "Цой", "Лі", "Кім"],
];

it("lists no surname or name's particle as a sentence's start, in any language", () => {
  const found = [...SENTENCE_STARTS].flatMap(([lang, words]) =>
    words.filter((w) => NAMES.includes(w)).map((w) => `${lang}: ${w}`),
  );
  expect(found).toEqual([]);
});

it("lists sentence starts for the languages whose letters cite initials most", () => {
  for (const lang of ["en", "de", "fr", "es", "it", "nl", "pt", "pl", "ru", "uk", "no"])
    expect(SENTENCE_STARTS.get(lang)?.length ?? 0, lang).toBeGreaterThan(10);
});

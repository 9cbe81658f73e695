/**
 * The form a noun takes after a count in Russian and Ukrainian: after 1, 21, 31… (not 11) the
 * nominative singular (`one`: "1 час", "21 день"); after 2–4, 22–24… (not 12–14) and after a
 * fraction the genitive singular, in Ukrainian the nominative plural (`few`: "2 недели",
 * "2,5 тонны", "3 школи"); after any other the genitive plural (`many`: "5 дней", "12 лет").
 */
export type CountForm = "one" | "few" | "many";

/**
 * A verb's ending, which a word after a number may have (a number is then the subject of a
 * verb or names something, "Рейс 12 вылетел", "3 отказались", not a count of the word): as a
 * pattern of its last letters (`ending`), the count forms a noun may also end so in
 * (`nounsAfter`: "2 недели", "1 число", "1 часть"), and the fewest letters of such a word.
 */
export interface VerbEnding {
  ending: string;
  nounsAfter: readonly CountForm[];
  minLetters: number;
  /**
   * Nouns that end so after any count, in small letters: "числа", the day of a month ("до
   * 10 числа", by the 10th), a genitive singular after every number.
   */
  nouns?: readonly string[];
}

/** A VerbEnding ready to test words with. */
export interface VerbTest {
  ending: RegExp;
  nounsAfter: ReadonlySet<CountForm>;
  minLetters: number;
  nouns: ReadonlySet<string>;
}

export function verbTests(endings: readonly VerbEnding[]): VerbTest[] {
  return endings.map((v) => ({
    ending: new RegExp(`(?:${v.ending})$`, "u"),
    nounsAfter: new Set(v.nounsAfter),
    minLetters: v.minLetters,
    nouns: new Set(v.nouns ?? []),
  }));
}

/**
 * The count form of a number as written ("4", "2,5", "2024"); null if it is not in ASCII
 * digits. By CLDR's plural rules for Russian (Ukrainian's are the same for whole numbers), of
 * the last two digits only: they decide the form, and a number of any length stays exact (a
 * Number loses a long one's last digits). A fraction's CLDR category is `other`, but its noun
 * takes the genitive singular, as after 2–4. The rules are made per call: the startup
 * snapshot holds no Intl objects.
 */
export function countForm(count: string): CountForm | null {
  if (/[.,]/.test(count)) return "few";
  const last = /\d{1,2}$/.exec(count)?.[0];
  if (last === undefined) return null;
  const form = new Intl.PluralRules("ru").select(Number(last));
  return form === "one" || form === "few" ? form : "many";
}

/**
 * Whether `word` after the number `count` is a verb rather than the noun it counts: it ends as
 * a verb does, in a way no noun after such a count ends (VerbEnding).
 */
export function isVerbAfter(count: string, word: string, tests: readonly VerbTest[]): boolean {
  const form = countForm(count);
  if (!form) return false;
  const letters = [...word].length;
  return tests.some(
    (t) =>
      letters >= t.minLetters &&
      !t.nounsAfter.has(form) &&
      t.ending.test(word) &&
      !t.nouns.has(word.toLowerCase()),
  );
}

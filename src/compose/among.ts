import { decodeXML } from "entities";

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

import type { Warning } from "../errors.js";
import { ownOf } from "../own-of.js";
import { languageLabels } from "./language-labels.js";
import type { LoadedLetter } from "./load-letter.js";

/**
 * A warning for a dated letter in a language whose dates Intl (CLDR, as Node's ICU holds it)
 * cannot write, with no `longDate` label to write them: Intl writes them in English, so a
 * Dhivehi letter was dated "May 5, 2025" and nothing said so. None where a label writes the
 * date, where the letter has no date, nor for a language Intl knows.
 */
export function undatedLanguage(letter: LoadedLetter, lang: string): Warning[] {
  if (typeof letter.data.date !== "string" || knowsDates(lang)) return [];
  const base = lang.split("-")[0] ?? lang;
  const { labels } = letter.pack;
  const own = letter.data.labels as Record<string, unknown> | undefined;
  const packs = [ownOf(labels, lang), ownOf(labels, base)] as (
    | Record<string, unknown>
    | undefined
  )[];
  if ([own, ...packs].some((l) => l !== undefined && typeof l.longDate === "string")) return [];
  if (languageLabels(lang).longDate !== undefined) return [];
  return [
    {
      message: `dates in ${lang} are written in English: Node's CLDR data has no dates in that language; give longDate (and longDateMonths, the months' names) under labels, in the letter or its pack (docs/templates.md, "Labels")`,
      location: letter.yaml.locate("date"),
    },
  ];
}

function knowsDates(lang: string): boolean {
  try {
    return Intl.DateTimeFormat.supportedLocalesOf([lang]).length > 0;
  } catch {
    return true;
  }
}

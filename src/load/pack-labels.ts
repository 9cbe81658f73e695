import { ownOf } from "../own-of.js";
import { DATE_LABELS, languageLabels, tagKeys } from "./language-labels.js";
import type { LoadedLetter } from "./load-letter.js";
import type { TemplatePack } from "./pack-types.js";

/**
 * Labels for `de-AT` come from `de-AT`, then `de`, then missive's for the language
 * (language-labels.ts), then `en`; the letter's own (`labels:` in its data) over them all.
 * Between a tag and its language, the language in the tag's script (tagKeys): `sr-Latn-RS`
 * and `sr-ME` read `sr-Latn`'s labels, not Cyrillic `sr`'s.
 * Why English's date labels are left out for other languages: a pack's English date is no
 * better a default for them than their own long date.
 */
export function labelsFor(
  pack: Pick<TemplatePack, "labels">,
  lang: string,
  own: Record<string, string> = {},
): Record<string, string> {
  const base = lang.split("-")[0] ?? lang;
  const english = { ...pack.labels.en };
  if (base !== "en") for (const k of DATE_LABELS) delete english[k];
  // Once: finding the tag's script (Intl's likely subtags) costs more than the rest.
  const keys = tagKeys(lang);
  return {
    ...english,
    ...languageLabels(lang, keys),
    ...Object.assign({}, ...keys.map((k) => ownOf(pack.labels, k))),
    ...own,
  };
}

/** The letter's own labels (`labels:` in its data), as its schema has checked them. */
export function ownLabels(letter: LoadedLetter): Record<string, string> | undefined {
  return letter.data.labels as Record<string, string> | undefined;
}

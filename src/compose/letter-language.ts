import { canonicalTag } from "../load/check-lang.js";
import { labelsFor } from "../load/pack-labels.js";
import type { TemplatePack } from "../load/pack-types.js";

/** What a letter is written in: its language, and the labels that say how its words go. */
export interface LetterLanguage {
  lang: string;
  /** The pack's labels for `lang` under the letter's own (`labels:`); dates read `longDate`. */
  labels: Record<string, string>;
}

/**
 * The one place that decides a letter's language and labels from its data, for the pack's
 * template and for a merge's text templates alike. Why one: a merged body's `{{date}}` must
 * read as the letter's own date line does, `longDate` and all.
 */
export function letterLanguage(
  data: Readonly<Record<string, unknown>>,
  pack: Pick<TemplatePack, "lang" | "labels">,
): LetterLanguage {
  const lang = canonicalTag(
    typeof data.lang === "string" && data.lang !== "" ? data.lang : pack.lang,
  );
  return { lang, labels: labelsFor(pack, lang, ownTexts(data.labels)) };
}

/**
 * The letter's own labels. Why only text values: a merge's texts are personalised before the
 * letter's schema checks the record's `labels`, which then refuses anything else.
 */
function ownTexts(labels: unknown): Record<string, string> {
  if (labels === null || typeof labels !== "object" || Array.isArray(labels)) return {};
  return Object.fromEntries(Object.entries(labels).filter(([, v]) => typeof v === "string"));
}

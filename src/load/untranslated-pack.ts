import type { Warning } from "../errors.js";
import { ownOf } from "../own-of.js";
import type { LoadedLetter } from "./load-letter.js";

/**
 * A warning for a letter in a language its pack has no labels for, so that what the pack
 * writes itself (a default salutation and closing, "Enclosures", "Page 2", the PDF's title)
 * comes out in English, in a letter otherwise in Swahili, say. Why a warning and not an
 * error: the letter may set those parts itself; why at all: the English is silent otherwise.
 * None for a letter with labels of its own (it has seen to them), nor for English.
 */
export function untranslatedPack(letter: LoadedLetter, lang: string): Warning[] {
  const { labels, name } = letter.pack;
  const base = lang.split("-")[0] ?? lang;
  if (base === "en" || letter.data.labels !== undefined || !labels.en) return [];
  if (ownOf(labels, base) || ownOf(labels, lang)) return [];
  const location =
    typeof letter.data.lang === "string"
      ? letter.yaml.locate("lang")
      : { file: letter.pack.manifestFile };
  return [
    {
      message: `the ${name} pack has no labels in ${languageName(lang)}: what it writes itself (a salutation or closing the letter does not give, "Enclosures", "Page 2", the PDF's title) is in English; give them under labels: in the letter, as the pack's template.yaml gives them in English (docs/templates.md, "Labels")`,
      location,
    },
  ];
}

function languageName(lang: string): string {
  try {
    const name = new Intl.DisplayNames(["en"], { type: "language" }).of(lang);
    return name && name !== lang ? `${name} (${lang})` : lang;
  } catch {
    return lang;
  }
}

import { fail } from "../errors.js";
import type { YamlData } from "./parse-yaml.js";

/**
 * Refuses a language tag Intl cannot use (`en_US`, `x`), at its place in the data. Why here:
 * Intl would throw a RangeError deep inside date formatting instead.
 */
export function checkLang(lang: unknown, yaml: YamlData): void {
  if (lang === undefined) return;
  if (!(typeof lang === "string" && isLanguageTag(lang))) {
    throw fail("data", `${JSON.stringify(lang)} is not a language tag`, yaml.locate("lang"), [
      "write a BCP 47 tag such as en-US, en-GB or de-DE (with a hyphen)",
    ]);
  }
  const country = countryCodeAsLanguage(lang);
  if (country)
    throw fail(
      "data",
      `"${country.code}" is a country's code (${country.name}), not a language's`,
      yaml.locate("lang"),
      [
        `write ${country.language} (${country.languageName}), or ${country.language}-${country.code.toUpperCase()}`,
      ],
    );
}

/**
 * A tag whose language is no language Intl can name but a country's code that names one
 * (`jp` for `ja`, `cz` for `cs`, `gr` for `el`, `dk` for `da`, `ua` for `uk`): the country and
 * its language. Why: such a tag is well formed, so the letter came out with English dates,
 * labels and quotes, and a warning that named no language. A code that is a language too
 * (`se`, Northern Sami; `kr`, Kanuri) is taken as that language.
 */
function countryCodeAsLanguage(
  tag: string,
): { code: string; name: string; language: string; languageName: string } | undefined {
  const code = new Intl.Locale(tag).language;
  if (code.length !== 2) return undefined;
  const languages = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  if (languages.of(code) !== undefined) return undefined;
  const likely = new Intl.Locale(`und-${code.toUpperCase()}`).maximize();
  // A code that names no region maximizes to the United States' English: no guess then.
  if (likely.region !== code.toUpperCase()) return undefined;
  const language = likely.language;
  const name = new Intl.DisplayNames(["en"], { type: "region", fallback: "none" }).of(
    code.toUpperCase(),
  );
  const languageName = languages.of(language);
  if (language === "und" || !name || !languageName) return undefined;
  return { code, name, language, languageName };
}

/** Whether Intl takes `tag` as one language tag. */
export function isLanguageTag(tag: string): boolean {
  try {
    return tag !== "" && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

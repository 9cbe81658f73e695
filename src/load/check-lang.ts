import { fail } from "../errors.js";
import type { YamlData } from "./parse-yaml.js";

/**
 * Refuses a language tag Intl cannot use (`en_US`, `x`), at its place in the data. Why here:
 * Intl would throw a RangeError deep inside date formatting instead.
 */
export function checkLang(lang: unknown, yaml: YamlData): void {
  if (lang === undefined) return;
  if (typeof lang === "string" && lang.length > MAX_LANGUAGE_TAG)
    throw fail("data", tooLongTag(lang), yaml.locate("lang"), [
      "write a BCP 47 tag such as en-US, en-GB or de-DE (with a hyphen)",
    ]);
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
export function countryCodeAsLanguage(
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

/**
 * The most characters a language tag may have. Why: BCP 47 lets private-use and extension
 * subtags run on without end, and Intl takes a tag of 900,000 characters, then reads it all
 * again for each formatter a letter makes, and the PDF writes it twice; HarfBuzz keeps every
 * tag it is given for good, and finds each among those it has in a list. Why this many: a tag with a script, a region, a variant and every
 * Unicode extension keyword a letter's dates and numbers heed
 * (`ja-JP-u-ca-japanese-cu-jpy-hc-h23-nu-jpanfin-tz-jptyo`) is 51.
 */
export const MAX_LANGUAGE_TAG = 100;

/** The refusal of a tag of over MAX_LANGUAGE_TAG characters, naming its start. */
export function tooLongTag(tag: string): string {
  return `"${tag.slice(0, 24)}…" is not a language tag: it is ${tag.length.toLocaleString("en-US")} characters long, and a tag has at most ${MAX_LANGUAGE_TAG}`;
}

/** Whether Intl takes `tag` as one language tag, of at most MAX_LANGUAGE_TAG characters. */
export function isLanguageTag(tag: string): boolean {
  try {
    return (
      tag !== "" && tag.length <= MAX_LANGUAGE_TAG && Intl.getCanonicalLocales(tag).length === 1
    );
  } catch {
    return false;
  }
}

/**
 * The tag as Intl writes it: a deprecated language code as its successor (`iw-IL` is `he-IL`,
 * `in` is `id`, `cmn-Hant-TW` is `zh-Hant-TW`, `tl` is `fil`), letters' case as BCP 47 writes
 * them. Why: labels, quotes, ties and hyphenation are looked up by the language's code, and a
 * Java or .NET system writes Hebrew and Indonesian in their old codes, so a letter in `iw` came
 * out with English labels. A tag Intl does not take is kept as written (checkLang refuses it).
 */
export function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? tag;
  } catch {
    return tag;
  }
}

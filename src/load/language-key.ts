import {
  countryCodeAsLanguage,
  isLanguageTag,
  MAX_LANGUAGE_TAG,
  tooLongTag,
} from "./check-lang.js";

/**
 * Why a key of a pack's `labels:` names no language a letter's `lang:` could be, with a
 * guess at the tag meant, or undefined for a key that does. Why: any key was kept, so a
 * pack's `en_US:`, `english:` or `jp:` labels were passed over for every letter without a
 * word (a letter's `lang:` refuses those three, so no letter could ever reach them). The
 * rule is the letter's (checkLang): a well-formed BCP 47 tag of at most 100 characters whose
 * language is not a country's code; and a language's English name, which BCP 47 takes as a
 * well-formed subtag of five to eight letters, is not its tag either.
 */
export function languageKeyProblem(key: string): { message: string; hints: string[] } | undefined {
  const shown = JSON.stringify(key.length > 24 ? `${key.slice(0, 24)}…` : key);
  if (key.length > MAX_LANGUAGE_TAG) return { message: tooLongTag(key), hints: [GENERIC] };
  if (!isLanguageTag(key)) {
    const guess = guessedTag(key);
    return {
      message: `${shown} is not a language tag`,
      hints: [guess ? `did you mean \`${guess}\`?` : GENERIC],
    };
  }
  const named = key.length > 3 ? codeOfName(key) : undefined;
  if (named)
    return {
      message: `${shown} is a language's name, not its tag`,
      hints: [`did you mean \`${named}\`?`],
    };
  const country = countryCodeAsLanguage(key);
  if (!country) return undefined;
  return {
    message: `"${country.code}" is a country's code (${country.name}), not a language's`,
    hints: [`did you mean \`${country.language}\` (${country.languageName})?`],
  };
}

const GENERIC = "key each language's labels by a BCP 47 tag such as en, de-CH or pt-BR";

/**
 * The tag a malformed key most likely meant: `en_US` as `en-US` (the POSIX locale's
 * underscore), or a language's English name with spaces (`Northern Sami`) as its code.
 */
function guessedTag(key: string): string | undefined {
  const hyphened = key.replaceAll("_", "-");
  if (hyphened !== key && isLanguageTag(hyphened)) return Intl.getCanonicalLocales(hyphened)[0];
  return codeOfName(key);
}

/** The two-letter code of the language named `key` in English (`English`, `german`), if any. */
function codeOfName(key: string): string | undefined {
  const name = key.trim().toLowerCase();
  if (name.length > 40) return undefined;
  const names = new Intl.DisplayNames(["en"], { type: "language", fallback: "none" });
  for (let a = 97; a <= 122; a++)
    for (let b = 97; b <= 122; b++) {
      const code = String.fromCharCode(a, b);
      if (names.of(code)?.toLowerCase() === name) return code;
    }
  return undefined;
}

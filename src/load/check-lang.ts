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
}

/** Whether Intl takes `tag` as one language tag. */
export function isLanguageTag(tag: string): boolean {
  try {
    return tag !== "" && Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}

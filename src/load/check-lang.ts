import { fail } from "../errors.js";
import type { YamlData } from "./parse-yaml.js";

/**
 * Refuses a language tag Intl cannot use (`en_US`, `x`), at its place in the data. Why here:
 * Intl would throw a RangeError deep inside date formatting instead.
 */
export function checkLang(lang: unknown, yaml: YamlData): void {
  if (lang === undefined) return;
  let ok = typeof lang === "string" && lang !== "";
  try {
    if (ok) ok = Intl.getCanonicalLocales(lang as string).length === 1;
  } catch {
    ok = false;
  }
  if (!ok) {
    throw fail("data", `${JSON.stringify(lang)} is not a language tag`, yaml.locate("lang"), [
      "write a BCP 47 tag such as en-US, en-GB or de-DE (with a hyphen)",
    ]);
  }
}

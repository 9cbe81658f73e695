import type { Warning } from "../errors.js";
import type { LoadedLetter } from "../load/load-letter.js";
import { clipped } from "../shown-value.js";
import { LEGAL_FORMS } from "./legal-forms.js";

/**
 * What follows a name after a comma and is never a line or an entry of its own: a company's
 * legal form (legal-forms.ts), a person's generational suffix, degree or credential. Why a
 * warning for these: in a `[ … ]` list a comma ends an item, so `recipient: [Hale
 * Construction, Inc.]` printed "Inc." as an address line of its own and `cc: [Jane Doe,
 * Esq.]` copied "Esq." as a second person, silently. Elsewhere an item after a comma is most
 * often meant (`[Ann, Bo]`). Keyed as legal-forms.ts keys them: letters alone, small.
 */
const SUFFIXES: ReadonlySet<string> = new Set([
  ...LEGAL_FORMS,
  // Written out, or American professional firms' forms.
  ...["incorporated", "limited", "lp", "pllc", "pc", "ptyltd"],
  // A person's suffix, degree or credential.
  ...["jr", "sr", "ii", "iii", "iv", "esq", "phd", "md", "dds", "jd", "mba", "cpa", "pe"],
  ...["rn", "qc", "kc", "mp"],
]);

/**
 * Forms also written alone as an item for something else: a CV among enclosures, a "PT"
 * (part), the parts of "Sp. z o.o.". Compared as written, so "A/S" still counts.
 */
const ALSO_ITEMS: ReadonlySet<string> = new Set(["cv", "as", "pt", "se", "sp", "oo"]);

function keyOf(word: string): string {
  return word.toLowerCase().replace(/[^\p{L}]/gu, "");
}

function isSuffix(item: string): boolean {
  const word = item.trim();
  return SUFFIXES.has(keyOf(word)) && !ALSO_ITEMS.has(word.replace(/\.$/, "").toLowerCase());
}

/** A warning for each list item that is only such a suffix, split from its name by a comma. */
export function splitSuffixes(letter: LoadedLetter): Warning[] {
  return letter.yaml
    .splitItems()
    .filter((s) => isSuffix(s.item))
    .map((s) => ({
      message: `"${clipped(s.item, 20)}" is an item of its own: in [ … ] a comma ends an item; if ${clipped(JSON.stringify(s.joined), 100)} is one, quote it whole`,
      location: letter.yaml.locate(s.path),
    }));
}

import type { Warning } from "../errors.js";
import type { LoadedLetter } from "../load/load-letter.js";
import { clipped } from "../shown-value.js";

/**
 * What follows a name after a comma and is never a line or an entry of its own: a company's
 * legal form, a person's generational suffix, degree or credential. Why a warning for these:
 * in a `[ … ]` list a comma ends an item, so `recipient: [Hale Construction, Inc.]` printed
 * "Inc." as an address line of its own and `cc: [Jane Doe, Esq.]` copied "Esq." as a second
 * person, silently. Elsewhere an item after a comma is most often meant (`[Ann, Bo]`).
 */
const SUFFIXES: ReadonlySet<string> = new Set(
  [
    // legal forms of companies
    "Inc",
    "Incorporated",
    "LLC",
    "L.L.C",
    "LLP",
    "L.L.P",
    "LP",
    "L.P",
    "PLLC",
    "P.C",
    "PC",
    "Ltd",
    "Limited",
    "PLC",
    "Corp",
    "Co",
    "Pty Ltd",
    "GmbH",
    "AG",
    "KG",
    "e.V",
    "S.A",
    "SA",
    "SAS",
    "SARL",
    "S.r.l",
    "S.p.A",
    "B.V",
    "N.V",
    "AB",
    "A/S",
    "ASA",
    "Oy",
    "S.L",
    "Ltda",
    // a person's suffix, degree or credential
    "Jr",
    "Sr",
    "II",
    "III",
    "IV",
    "Esq",
    "PhD",
    "Ph.D",
    "MD",
    "M.D",
    "DDS",
    "JD",
    "J.D",
    "MBA",
    "CPA",
    "PE",
    "P.E",
    "RN",
    "QC",
    "KC",
    "MP",
  ].map(keyOf),
);

function keyOf(word: string): string {
  return word.replace(/\.$/, "").toUpperCase();
}

/** A warning for each list item that is only such a suffix, split from its name by a comma. */
export function splitSuffixes(letter: LoadedLetter): Warning[] {
  return letter.yaml
    .splitItems()
    .filter((s) => SUFFIXES.has(keyOf(s.item.trim())))
    .map((s) => ({
      message: `"${clipped(s.item, 20)}" is an item of its own: in [ … ] a comma ends an item; if ${clipped(JSON.stringify(s.joined), 100)} is one, quote it whole`,
      location: letter.yaml.locate(s.path),
    }));
}

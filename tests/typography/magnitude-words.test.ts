import { expect, it } from "vitest";
import { MAGNITUDES_BY_LANGUAGE } from "../../src/typography/magnitude-words.js";
import { MONTHS_BY_LANGUAGE } from "../../src/typography/month-names.js";

/** A word of letters (marks after the first count: Bengali "হাজার"), not a sign such as "K". */
const WORD = /\p{L}[\p{L}\p{M}]/u;
const SPACES = /[\s\u00a0\u202f]+/u;

/**
 * What ICU writes after a number for a language: each compact long magnitude of one word
 * ("4.5 billion"; not Romanian "de milioane"), and the long percent when it is one word
 * ("5 percent"; not "5 pour cent").
 */
function icuMagnitudes(lang: string): string[] {
  const words = new Set<string>();
  const compact = new Intl.NumberFormat(lang, { notation: "compact", compactDisplay: "long" });
  for (let e = 3; e <= 15; e++)
    for (const n of [1, 2, 3, 5, 11, 4.5])
      for (const p of compact.formatToParts(n * 10 ** e))
        if (p.type === "compact") {
          const w = p.value.trim();
          if (!SPACES.test(w) && WORD.test(w)) words.add(w);
        }
  const percent = new Intl.NumberFormat(lang, {
    style: "unit",
    unit: "percent",
    unitDisplay: "long",
  });
  for (const n of [1, 2, 5, 11, 4.5]) {
    const parts = percent.formatToParts(n);
    const at = parts.findIndex((p) => p.type === "integer");
    for (const [j, p] of parts.entries()) {
      const u = p.value.trim();
      if (j > at && p.type === "unit" && !SPACES.test(u) && WORD.test(u)) words.add(u);
    }
  }
  return [...words];
}

it("holds the magnitudes and percent ICU writes, for every language whose months tie-spaces knows", () => {
  for (const lang of MONTHS_BY_LANGUAGE.keys())
    expect(MAGNITUDES_BY_LANGUAGE.get(lang) ?? [], lang).toEqual(icuMagnitudes(lang));
});

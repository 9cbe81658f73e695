/**
 * A year written as an ordinal, as some languages date their letters: Azerbaijani "19 may
 * 2025-ci il" (the 2025th year), where CLDR's long date writes "19 may 2025". The place
 * `{yearOrdinal}` of the label `longDate` (src/load/language-labels.ts); a language without a
 * rule here, or a year not in Western digits, gets the year as the long date writes it.
 */
export function yearOrdinal(lang: string, year: string): string {
  const base = lang.split("-")[0];
  if (base === "az" && /^\d+$/.test(year))
    return `${year}-${azerbaijaniOrdinalEnding(Number(year))}`;
  return year;
}

/**
 * The ending of an Azerbaijani ordinal written in digits (1-ci, 3-cü, 6-cı, 9-cu): -cı, -ci,
 * -cu or -cü by the last vowel of the number's last word, as vowel harmony has it. The last
 * word is the units' name (bir, iki, üç, dörd, beş, altı, yeddi, səkkiz, doqquz), else the
 * tens' (on, iyirmi, otuz, qırx, əlli, altmış, yetmiş, səksən, doxsan), else yüz for a whole
 * hundred and min for a whole thousand.
 */
function azerbaijaniOrdinalEnding(n: number): string {
  const units = n % 10;
  const tens = Math.floor(n / 10) % 10;
  if (units > 0) return UNIT_ENDINGS[units - 1] as string;
  if (tens > 0) return TEN_ENDINGS[tens - 1] as string;
  return n % 1000 === 0 ? "ci" : "cü";
}

const UNIT_ENDINGS = ["ci", "ci", "cü", "cü", "ci", "cı", "ci", "ci", "cu"];
const TEN_ENDINGS = ["cu", "ci", "cu", "cı", "ci", "cı", "ci", "ci", "cı"];

/**
 * A date's parts without an era written in Latin letters where the date's own words (its month
 * or weekday) are in another script, and the space beside the era. Why: where CLDR has no
 * pattern for a language in a calendar, ICU writes its root pattern, whose era is Latin:
 * Pashto's Solar Hijri date came out "AP ۱۴۰۴ زمری ۲۳", an abbreviation no Pashto reader
 * writes. An era in the date's script (Japanese 令和, Thai พ.ศ., Arabic هـ), in a Latin-script
 * date ("AH"), or beside numbers only (Japanese "R2/3/10", a convention) stays.
 */
export function withoutForeignEra<P extends { type: string; value: string }>(
  parts: readonly P[],
): readonly P[] {
  const at = parts.findIndex((p) => p.type === "era");
  const era = parts[at];
  if (era === undefined || !/\p{Script=Latin}/u.test(era.value)) return parts;
  const named = parts.some(
    (p) =>
      (p.type === "month" || p.type === "weekday") && /[^\P{L}\p{Script=Latin}]/u.test(p.value),
  );
  if (!named) return parts;
  const beside = parts[at + 1]?.type === "literal" ? at + 1 : at - 1;
  const space = parts[beside];
  const drop = space?.type === "literal" && space.value.trim() === "" ? beside : -1;
  return parts.filter((_, i) => i !== at && i !== drop);
}

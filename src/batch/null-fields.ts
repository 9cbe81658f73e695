/**
 * A JSON or YAML record's data with its nulls taken out, as a CSV's empty cells are: a null
 * sets nothing (the base letter's value stays), a null item of a list is dropped (`recipient:
 * ["Ann", null, "Springfield"]` is two lines, as an empty `recipient.1` cell leaves them), and a
 * mapping or list that held nothing but nulls sets nothing either, as a row whose `signer.name`
 * and `signer.title` cells are empty makes no signer. A `{}` or `[]` written so stays as it is.
 * Why: a JSON export writes an empty field as null, which was refused "must be text, not
 * empty" where the same export as CSV kept the base letter's value. The record is freshly
 * parsed and owned by its reader, so it is changed in place (no copy of a large merge's every
 * record, and a key such as `__proto__` stays an own key, as JSON.parse made it).
 */
export function withoutNulls(data: Record<string, unknown>): Record<string, unknown> {
  for (const key of Object.keys(data)) if (setsNothing(data[key])) delete data[key];
  return data;
}

/** Whether `value`, its nulls dropped in place, sets nothing (nested at most 64 deep: checked before). */
function setsNothing(value: unknown): boolean {
  if (value === null) return true;
  if (!value || typeof value !== "object") return false;
  if (Array.isArray(value)) {
    if (value.length === 0) return false;
    let kept = 0;
    for (const item of value) if (!setsNothing(item)) value[kept++] = item;
    value.length = kept;
    return kept === 0;
  }
  const own = value as Record<string, unknown>;
  const keys = Object.keys(own);
  if (keys.length === 0) return false;
  for (const key of keys) if (setsNothing(own[key])) delete own[key];
  return Object.keys(own).length === 0;
}

/**
 * Whether the value at a data path (`sender.returnLine`, `recipient.2`) is the base letter's
 * own in every record: no record sets its field, and no text in it has a `{{…}}` a record
 * fills. Why it matters: a problem there (a return address too long for its box) is the
 * letter's to fix, not the record's where the merge met it, and the other records most likely
 * meet it too. False whenever unsure (a path the base letter does not hold), and for every
 * path when records set one of the letter's `settings` (letter-settings.ts: `template`,
 * `lang`, `paper`, …): another pack, language or paper lays the same text out otherwise, so
 * a return address too wide in one record's pack may fit the next record's.
 */
export function isBaseOwn(
  base: Record<string, unknown>,
  recordFields: ReadonlySet<string>,
  settings: ReadonlySet<string>,
  path: string,
): boolean {
  const parts = path.split(".");
  if (recordFields.has(parts[0] as string)) return false;
  for (const key of settings) if (recordFields.has(key)) return false;
  let value: unknown = base;
  for (const key of parts) {
    if (value === null || typeof value !== "object" || !Object.hasOwn(value, key)) return false;
    value = (value as Record<string, unknown>)[key];
  }
  return !holdsTemplate(value);
}

function holdsTemplate(value: unknown): boolean {
  if (typeof value === "string") return value.includes("{{");
  if (value === null || typeof value !== "object") return false;
  return Object.values(value).some(holdsTemplate);
}

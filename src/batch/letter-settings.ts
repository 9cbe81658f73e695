import { COMMON_KEY_NAMES, withCommonKeys } from "../load/validate-data.js";

/**
 * The fields of a letter that set how the whole of it is made, not text it prints: those
 * every letter may carry (`template`, `lang`, `fontChains`, …) and those the pack's schema
 * shapes as a setting, a choice from a list, a pattern, a number or a yes or no (`paper`,
 * `form`, `signatureIndent`, `columns`). Why: a record that sets one may lay the base
 * letter's own text out otherwise (on A5 paper, a letterhead placed for Letter reaches past
 * the page's edge), so no problem is the base letter's alone (base-own.ts).
 */
export function letterSettings(schema: Record<string, unknown> | undefined): Set<string> {
  const properties = (withCommonKeys(schema ?? {}).properties ?? {}) as Record<string, unknown>;
  const settings = new Set<string>();
  for (const [key, field] of Object.entries(properties))
    if (isSetting(key, field)) settings.add(key);
  return settings;
}

function isSetting(key: string, field: unknown): boolean {
  if (COMMON_KEY_NAMES.includes(key)) return true;
  if (field === null || typeof field !== "object") return false;
  const f = field as Record<string, unknown>;
  const types = Array.isArray(f.type) ? f.type : [f.type];
  return (
    "enum" in f ||
    "const" in f ||
    "pattern" in f ||
    types.some((t) => t === "number" || t === "integer" || t === "boolean")
  );
}

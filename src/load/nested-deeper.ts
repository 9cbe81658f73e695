/**
 * Whether a parsed value (YAML or JSON) holds anything more than `max` lists and mappings
 * deep. Why a limit: what walks the value afterwards (the schema compiler, JSON.stringify,
 * the scaffold of `missive init`) does so by recursion, and JSON.parse reads any depth.
 */
export function nestedDeeperThan(value: unknown, max: number, depth = 0): boolean {
  if (depth > max) return true;
  if (!value || typeof value !== "object") return false;
  return Object.values(value).some((v) => nestedDeeperThan(v, max, depth + 1));
}

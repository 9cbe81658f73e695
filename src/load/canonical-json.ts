/**
 * A value written as JSON with every mapping's keys in order, so two values are the same
 * text exactly when they are equal in ajv's sense (the same JSON, whatever the order of keys):
 * a key for a set or a map.
 */
export function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value).sort();
    const obj = value as Record<string, unknown>;
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonical(obj[k])}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "undefined";
}

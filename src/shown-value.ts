/**
 * A value as a message shows it: text quoted, long text cut to `max` characters. Why cut: a
 * message names the value, and a field of data may hold megabytes (the code frame shows where
 * it is).
 */
export function shown(v: unknown, max = 40): string {
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object" && v !== null) return "a mapping";
  const s = typeof v === "string" ? JSON.stringify(v) : String(v);
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

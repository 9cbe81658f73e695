/**
 * A value as a message shows it: text quoted, long text cut to `max` characters. Why cut: a
 * message names the value, and a field of data may hold megabytes (the code frame shows where
 * it is).
 */
export function shown(v: unknown, max = 40): string {
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object" && v !== null) return "a mapping";
  return clipped(typeof v === "string" ? JSON.stringify(v) : String(v), max);
}

/** `text`, or its first `max - 1` characters and "…". */
export function clipped(text: string, max = 40): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

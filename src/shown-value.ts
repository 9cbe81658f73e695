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

/**
 * `text`, or its first `max - 1` characters and "…". A character outside the BMP (an emoji, a
 * CJK extension) is kept whole or left out: cut in two, its lone half would reach the message
 * (and --json) as a character that is no character.
 */
export function clipped(text: string, max = 40): string {
  if (text.length <= max) return text;
  let end = max - 1;
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

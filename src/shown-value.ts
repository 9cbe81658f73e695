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

/** The most of one word (a run without spaces: a file name, an address) a message shows. */
const MAX_WORD = 300;

/**
 * A message with each word longer than MAX_WORD cut in its middle to its start, "…" and its
 * end. Why: messages name what the data names (an image, a pack, an address), which may be
 * any length; a name of 100 kB was printed whole, twice, on stderr and in --json. The start and
 * the end (a file's name) of a long path stay.
 */
export function clippedWords(text: string): string {
  if (text.length <= MAX_WORD) return text;
  return text.replace(/\S{301,}/g, (word) => {
    const start = clipped(word, 200).slice(0, -1);
    let end = word.slice(-99);
    const first = end.charCodeAt(0);
    if (first >= 0xdc00 && first <= 0xdfff) end = end.slice(1);
    return `${start}…${end}`;
  });
}

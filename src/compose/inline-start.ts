/** How far ahead an inline extension looks for where it may start. */
const WINDOW = 1_000;

/**
 * Where an inline extension opened by `[` (a language span, a footnote reference) may start
 * in `src`, for marked's `startInline`; undefined if not within WINDOW characters. Why a
 * window: marked asks once for every piece of text it reads, and a search to the end made a
 * paragraph of many short pieces (`![a![a…`) quadratic in its length. Why that is
 * enough: marked's own text rule stops before every `[`, so nothing past the first one
 * changes what it reads.
 */
export function nextBracket(src: string): number | undefined {
  const at = (src.length > WINDOW ? src.slice(0, WINDOW) : src).indexOf("[");
  return at < 0 ? undefined : at;
}

/**
 * Where the quote that csv-parse found never closed was opened, 1-based line and column.
 * Why: the parser reports the line it stopped at, the end of the file, which can be far from
 * the stray quote. `raw` is the unfinished record's text (its `raw` option) and `lines` the
 * parser's line count at the end, which leaves out a last line end.
 */
export function unclosedQuoteAt(raw: string, lines: number): { line: number; col: number } {
  const breaks = (s: string) => s.split("\n").length - 1;
  const firstLine = lines - breaks(raw) + (raw.endsWith("\n") ? 1 : 0);
  const at = openingQuote(raw);
  const before = raw.slice(0, at);
  return { line: firstLine + breaks(before), col: at - before.lastIndexOf("\n") };
}

/** The offset of the quote still open at the end of `raw` (a doubled `""` inside is text). */
function openingQuote(raw: string): number {
  let open = -1;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '"') continue;
    if (open < 0) open = i;
    else if (raw[i + 1] === '"') i++;
    else open = -1;
  }
  return Math.max(open, 0);
}

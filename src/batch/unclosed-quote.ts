/**
 * Where the quote that csv-parse found never closed was opened, 1-based line and column.
 * Why: the parser reports the line it stopped at, the end of the file, which can be far from
 * the stray quote. `raw` is the unfinished record's text (its `raw` option) and `lines` the
 * parser's line count at the end, which leaves out a last line end.
 */
export function unclosedQuoteAt(raw: string, lines: number): { line: number; col: number } {
  return placeIn(raw, lines, Math.max(openingQuote(raw), 0));
}

/**
 * The quote still open at the end of `raw`, a record the parser stopped in (at its size
 * limit), or undefined when no cell is open; `lines` as for unclosedQuoteAt.
 */
export function openQuoteAt(raw: string, lines: number): { line: number; col: number } | undefined {
  const at = openingQuote(raw);
  return at < 0 ? undefined : placeIn(raw, lines, at);
}

/** The line where the record in `raw` starts, after the empty lines the parser skipped. */
export function recordStartLine(raw: string, lines: number): number {
  return placeIn(raw, lines, raw.length - raw.replace(/^\n+/, "").length).line;
}

/** The line and column of offset `at` in `raw`. */
function placeIn(raw: string, lines: number, at: number): { line: number; col: number } {
  const breaks = (s: string) => s.split("\n").length - 1;
  const firstLine = lines - breaks(raw) + (raw.endsWith("\n") ? 1 : 0);
  const before = raw.slice(0, at);
  return { line: firstLine + breaks(before), col: at - before.lastIndexOf("\n") };
}

/** The offset of the quote still open at the end of `raw` (a doubled `""` inside is text), or -1. */
function openingQuote(raw: string): number {
  let open = -1;
  for (let i = 0; i < raw.length; i++) {
    if (raw[i] !== '"') continue;
    if (open < 0) open = i;
    else if (raw[i + 1] === '"') i++;
    else open = -1;
  }
  return open;
}

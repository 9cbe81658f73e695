/** Where one item of a JSON list is written: its text is `text.slice(start, end)`. */
export interface ListItemPlace {
  start: number;
  end: number;
  /** 1-based line and column (in UTF-16 units, as the YAML reader counts) of its first character. */
  line: number;
  col: number;
}

/**
 * A records file's text read as one JSON list: its items' values and where each is written,
 * found as they are asked for (a list of 8 million `0,` kept no 8 million places).
 */
export interface JsonList {
  values: unknown[];
  places: Iterable<ListItemPlace>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const LINE_FEED = 0x0a;

const opens = (c: number) => c === 0x5b || c === 0x7b; // [ {
const closes = (c: number) => c === 0x5d || c === 0x7d; // ] }
const blank = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d || c === LINE_FEED;

/**
 * The text as a JSON list, read by JSON.parse once and scanned once for where each item is;
 * `undefined` when it is not a JSON list (YAML, a JSON mapping, broken JSON), which the YAML
 * reader then reads and locates. Why: the YAML reader builds a syntax tree locating every
 * value, which for a JSON list of 200,000 tiny records (4 MB) took 7 s and 650 MB, and for
 * one of 16 MiB about a minute and 2.6 GB; JSON.parse and one scan take a second.
 */
export function jsonList(text: string): JsonList | undefined {
  if (!/^\s*\[/.test(text)) return undefined;
  let values: unknown;
  try {
    values = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(values)) return undefined;
  return { values, places: itemPlaces(text) };
}

/**
 * Where the items of a list's valid JSON text are, in one pass: an item starts at the first
 * character past `[` or a comma at depth 1 and ends at its last before the next comma or `]`. JSON
 * strings hold no raw line feed, so every line feed outside them ends a line.
 */
export function* itemPlaces(text: string): Generator<ListItemPlace> {
  let line = 1;
  let lineStart = 0;
  let depth = 0;
  let item: Omit<ListItemPlace, "end"> | undefined;
  // Just past the last character that is not blank (a string's closing quote).
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (blank(c)) {
      if (c === LINE_FEED) {
        line++;
        lineStart = i + 1;
      }
      continue;
    }
    if (depth === 1 && (c === COMMA || closes(c))) {
      if (item) yield { ...item, end: last };
      item = undefined;
    } else if (depth === 1 && !item) item = { start: i, line, col: i - lineStart + 1 };
    if (c === QUOTE) i = stringEnd(text, i);
    else if (opens(c)) depth++;
    else if (closes(c)) depth--;
    last = i + 1;
  }
}

/** The index of the quote that closes the JSON string opened at `open`. */
function stringEnd(text: string, open: number): number {
  for (let i = open + 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) i++;
    else if (c === QUOTE) return i;
  }
  return text.length;
}

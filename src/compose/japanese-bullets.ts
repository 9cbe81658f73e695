import { withoutTrailing } from "../without-trailing.js";

/**
 * The lines of a paragraph that are items of a list as Japanese writes one: `・項目` (the
 * katakana middle dot, or its half-width form, with no space after it) or `①項目`, `②項目`
 * (circled numbers ① to ㊿, counting on by one). Why: Markdown knows neither, so the items
 * ran together into one line of the paragraph. Each marker is printed as typed, hung as a
 * list's. The guards are those of fancy-lists.ts: an item needs a sibling (one `・` line, or a
 * lone `③`, stays text), the items are lines of one kind in a row (a line indented by spaces
 * under one goes on with its text), the lines above the first
 * are the paragraph that introduces the list, and the lines after the last (from the first
 * that is not an item: "以上、よろしくお願いいたします。") a paragraph of their own.
 */
export interface JapaneseItems {
  /** The lines above the first item: the paragraph that introduces the list, if any. */
  intro: string[];
  ordered: boolean;
  items: { marker: string; text: string }[];
  /** The lines after the last item: a paragraph that goes on after the list, if any. */
  rest: string[];
}

const DOT = /^ {0,3}([・･])(?![・･\s])(.*)$/u;
// ① to ⑳, ㉑ to ㉟ and ㊱ to ㊿: Unicode's circled numbers, in three runs.
const CIRCLED = /^ {0,3}([\u2460-\u2473\u3251-\u325F\u32B1-\u32BF])\s*(\S.*)$/u;

/**
 * A line indented by spaces or a tab with text on it: under an item, that item's text wrapped
 * ("・会場：本社ビル⏎   8階会議室"). Not the full-width space a paragraph may start with.
 */
const INDENTED = /^[ \t]+\S/;

export function japaneseItems(raw: string): JapaneseItems | undefined {
  const lines = withoutTrailing(raw, /\n/).split("\n");
  const first = lines.findIndex((l) => DOT.test(l) || CIRCLED.test(l));
  if (first < 0 || lines.length - first < 2) return undefined;
  const kind = DOT.test(lines[first] as string) ? DOT : CIRCLED;
  const items: JapaneseItems["items"] = [];
  let end = first;
  for (; end < lines.length; end++) {
    const line = lines[end] as string;
    const m = kind.exec(line);
    const last = items.at(-1);
    // A line indented under an item goes on with its text, as Markdown continues an item's.
    if (!m && last && INDENTED.test(line)) last.text += `\n${line.trim()}`;
    else if (!m) break;
    else if ((m[2] as string).trim() === "") return undefined;
    else items.push({ marker: m[1] as string, text: (m[2] as string).trim() });
  }
  if (items.length < 2) return undefined;
  if (
    kind === CIRCLED &&
    !items.every((it, i) => i === 0 || counts(items[i - 1]?.marker, it.marker))
  )
    return undefined;
  return {
    intro: lines.slice(0, first),
    ordered: kind === CIRCLED,
    items,
    rest: lines.slice(end),
  };
}

/** Whether circled number `b` comes right after `a` (② after ①, ㉑ after ⑳). */
function counts(a: string | undefined, b: string): boolean {
  return a !== undefined && circledValue(b) === circledValue(a) + 1;
}

/** The number a circled number stands for: 1 for ①, 21 for ㉑, 36 for ㊱. */
function circledValue(c: string): number {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x32b1) return code - 0x32b1 + 36;
  if (code >= 0x3251) return code - 0x3251 + 21;
  return code - 0x2460 + 1;
}

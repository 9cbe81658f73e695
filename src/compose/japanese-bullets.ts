/**
 * The lines of a paragraph that are items of a list as Japanese writes one: `・項目` (the
 * katakana middle dot, or its half-width form, with no space after it) or `①項目`, `②項目`
 * (circled numbers, counting on by one). Why: Markdown knows neither, so the items ran
 * together into one line of the paragraph. Each marker is printed as typed, hung as a list's.
 * The guards are those of fancy-lists.ts: an item needs a sibling (one `・` line, or a lone
 * `③`, stays text), every line after the first item is an item of the same kind, and the
 * lines above the first are the paragraph that introduces the list.
 */
export interface JapaneseItems {
  /** The lines above the first item: the paragraph that introduces the list, if any. */
  intro: string[];
  ordered: boolean;
  items: { marker: string; text: string }[];
}

const DOT = /^ {0,3}([・･])(?![・･\s])(.*)$/u;
const CIRCLED = /^ {0,3}([\u2460-\u2473])\s*(\S.*)$/u;

export function japaneseItems(raw: string): JapaneseItems | undefined {
  const lines = raw.replace(/\n+$/, "").split("\n");
  const first = lines.findIndex((l) => DOT.test(l) || CIRCLED.test(l));
  if (first < 0 || lines.length - first < 2) return undefined;
  const kind = DOT.test(lines[first] as string) ? DOT : CIRCLED;
  const items: JapaneseItems["items"] = [];
  for (const line of lines.slice(first)) {
    const m = kind.exec(line);
    if (!m || (m[2] as string).trim() === "") return undefined;
    items.push({ marker: m[1] as string, text: (m[2] as string).trim() });
  }
  if (
    kind === CIRCLED &&
    !items.every((it, i) => i === 0 || counts(items[i - 1]?.marker, it.marker))
  )
    return undefined;
  return { intro: lines.slice(0, first), ordered: kind === CIRCLED, items };
}

/** Whether circled number `b` comes right after `a` (② after ①). */
function counts(a: string | undefined, b: string): boolean {
  return a !== undefined && b.codePointAt(0) === (a.codePointAt(0) ?? 0) + 1;
}

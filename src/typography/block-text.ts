import { DOI_PREFIX } from "../model/doi.js";
import type { Run } from "../model/letter-doc.js";

/**
 * The text of one block (a paragraph, an address line) seen whole, across its runs and hard
 * line breaks. Why whole: a quote may open in plain text and close after an italic run, so
 * the typography passes must see the paragraph, not one run at a time. A pass writes what a
 * character becomes into `out` (keyed by its index in `text`; it may add a character before
 * or after it), and `runsOf` cuts the result back into the runs.
 */
export interface BlockText {
  /** The characters (UTF-16 code units); a field (page number) stands as "0", a line break as "\n". */
  text: string;
  /** What the characters the passes changed become, by index. */
  out: Map<number, string>;
  /** The language of each stretch of the text, in order. */
  langs: { start: number; end: number; lang: string }[];
  /** 1 where no pass may change the character: URLs, e-mail addresses, code, fields. */
  fixed: Uint8Array;
  /** 1 where a footnote mark stands (also fixed): it reads as the punctuation after a word. */
  notes: Uint8Array;
  /**
   * The block is prose (a paragraph, a list's item, a note), whose hard line breaks (Markdown's
   * `\` or two trailing spaces) break a line of it, not start an address's line (line-start.ts).
   */
  prose: boolean;
}

/** Where each run of each line sits in the block's text. */
interface Layout {
  lines: { run: Run; start: number; end: number }[][];
}

/**
 * A web address, an e-mail address or a DOI (model/doi.ts). Each starts only where its
 * characters start (the look-behinds): tried inside a long word, they would scan to its end
 * from every letter.
 */
const URL_OR_MAIL = new RegExp(
  String.raw`(?<![\p{L}\p{N}+.-])(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)'’]|(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+|(?<![\p{L}\p{N}.\/-])(?:doi:)?${DOI_PREFIX}[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)'’]`,
  "giu",
);

/** Gathers the lines of a block into one text; `lang` is the block's language. */
export function blockText(
  lines: Run[][],
  lang: string,
  prose = false,
): { block: BlockText; layout: Layout } {
  let text = "";
  const langs: BlockText["langs"] = [];
  const kept: { start: number; end: number }[] = [];
  const marks: { start: number; end: number }[] = [];
  const layout: Layout = { lines: [] };
  const add = (s: string, l: string) => {
    const last = langs[langs.length - 1];
    if (last && last.lang === l) last.end += s.length;
    else langs.push({ start: text.length, end: text.length + s.length, lang: l });
    text += s;
  };
  lines.forEach((runs, n) => {
    if (n > 0) add("\n", lang);
    layout.lines.push(
      runs.map((run) => {
        const start = text.length;
        add(run.field ? "0" : run.text, run.lang ?? lang);
        // Page fields, code and footnote marks are kept exactly: a mark "1" must not tie or curl.
        if (run.field || run.code || run.note) kept.push({ start, end: text.length });
        if (run.note) marks.push({ start, end: text.length });
        return { run, start, end: text.length };
      }),
    );
  });
  const fixed = new Uint8Array(text.length);
  for (const k of kept) fixed.fill(1, k.start, k.end);
  const notes = new Uint8Array(text.length);
  for (const m of marks) notes.fill(1, m.start, m.end);
  if (text.includes("@") || text.includes(":") || text.includes("www.") || text.includes("10."))
    for (const m of text.matchAll(URL_OR_MAIL)) fixed.fill(1, m.index, m.index + m[0].length);
  return { block: { text, out: new Map(), langs, fixed, notes, prose }, layout };
}

/** The block's lines of runs with the text the passes made. */
export function runsOf(block: BlockText, layout: Layout): Run[][] {
  if (block.out.size === 0) return layout.lines.map((line) => line.map(({ run }) => run));
  const edits = [...block.out.keys()].sort((a, b) => a - b);
  let next = 0;
  return layout.lines.map((line) =>
    line.map(({ run, start, end }) => {
      while ((edits[next] ?? Infinity) < start) next++;
      if ((edits[next] ?? Infinity) >= end || run.field) return run;
      let text = "";
      let from = start;
      for (; (edits[next] ?? Infinity) < end; next++) {
        const at = edits[next] as number;
        text += block.text.slice(from, at) + block.out.get(at);
        from = at + 1;
      }
      return { ...run, text: text + block.text.slice(from, end) };
    }),
  );
}

/** What the character at `i` is now: the passes' text for it, or the character itself. */
export function outAt(block: BlockText, i: number): string {
  return block.out.get(i) ?? block.text[i] ?? "";
}

/**
 * The language of the character at `i`: of the first stretch that ends after it. Why a binary
 * search: the passes ask at each space or character, and a paragraph of a span in each word
 * (`[x]{lang=fr} ` 100,000 times) was scanned from its first stretch each time, 80 s.
 */
export function langAt(block: BlockText, i: number): string {
  const { langs } = block;
  let low = 0;
  let high = langs.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (i < (langs[mid]?.end ?? 0)) high = mid;
    else low = mid + 1;
  }
  return (langs[low] ?? langs[langs.length - 1])?.lang ?? "";
}

/** Whether any of the block's text is in `language` (a primary subtag such as `fr`). */
export function hasLanguage(block: BlockText, language: string): boolean {
  return block.langs.some((s) => primaryLanguage(s.lang) === language);
}

/** The primary language of a tag: `de-CH` → `de`. */
export function primaryLanguage(tag: string): string {
  const dash = tag.search(/[-_]/);
  return (dash < 0 ? tag : tag.slice(0, dash)).toLowerCase();
}

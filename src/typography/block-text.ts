import type { Run } from "../model/letter-doc.js";

/**
 * The text of one block (a paragraph, an address line) seen whole, across its runs and hard
 * line breaks. Why whole: a quote may open in plain text and close after an italic run, so
 * the typography passes must see the paragraph, not one run at a time. Each pass writes what
 * a character becomes into `out` (the same index as in `text`, possibly with a character
 * added before or after it), and `runsOf` cuts the result back into the runs.
 */
export interface BlockText {
  /** The characters (UTF-16 code units); a field (page number) stands as "0", a line break as "\n". */
  text: string;
  /** What each character of `text` becomes. */
  out: string[];
  /** The language of each character. */
  lang: string[];
  /** Characters no pass may change: URLs, e-mail addresses, fields. */
  fixed: boolean[];
}

/** Where each run of each line sits in the block's text. */
interface Layout {
  lines: { run: Run; start: number; end: number }[][];
}

const URL_OR_MAIL =
  /\b(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)[^\s<>"“”«»]*[^\s<>"“”«».,;:!?)'’]|[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/giu;

/** Gathers the lines of a block into one text; `lang` is the block's language. */
export function blockText(lines: Run[][], lang: string): { block: BlockText; layout: Layout } {
  const block: BlockText = { text: "", out: [], lang: [], fixed: [] };
  const layout: Layout = { lines: [] };
  lines.forEach((runs, n) => {
    if (n > 0) add(block, "\n", lang, true);
    layout.lines.push(
      runs.map((run) => {
        const start = block.text.length;
        add(block, run.field ? "0" : run.text, run.lang ?? lang, !!run.field);
        return { run, start, end: block.text.length };
      }),
    );
  });
  for (const m of block.text.matchAll(URL_OR_MAIL))
    block.fixed.fill(true, m.index, m.index + m[0].length);
  return { block, layout };
}

function add(block: BlockText, text: string, lang: string, fixed: boolean): void {
  block.text += text;
  for (const ch of text) {
    // A character outside the BMP takes two code units; the second carries nothing.
    block.out.push(ch);
    block.lang.push(lang);
    block.fixed.push(fixed);
    if (ch.length === 2) {
      block.out.push("");
      block.lang.push(lang);
      block.fixed.push(fixed);
    }
  }
}

/** The block's lines of runs with the text the passes made. */
export function runsOf(block: BlockText, layout: Layout): Run[][] {
  return layout.lines.map((line) =>
    line.map(({ run, start, end }) =>
      run.field ? run : { ...run, text: block.out.slice(start, end).join("") },
    ),
  );
}

/** The character at `i` as the passes so far made it (its last character), or "" out of range. */
export function charAt(block: BlockText, i: number): string {
  const s = block.out[i];
  return s ? s.slice(-1) : "";
}

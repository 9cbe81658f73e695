import type { Warning } from "../errors.js";
import type { LoadedLetter } from "../load/load-letter.js";
import { opensBlockMarkup } from "./block-markup-line.js";
import type { BodyParagraph } from "./body-paragraphs.js";

/**
 * A warning for the first paragraph of the body made of three or more short lines (an
 * address, a list without markers, a verse), which Markdown joins into one line of text:
 * "Our office:⏎Harbor Dental Group⏎45 Ocean Ave" came out "Our office: Harbor Dental Group 45
 * Ocean Ave". Why a warning, not line breaks kept: a body wrapped short on purpose would
 * change; the warning says how to keep them. Lines in Chinese, Japanese or Korean are left
 * out (forty characters of them are a long line).
 */
export function joinedLines(letter: LoadedLetter, paragraphs: readonly BodyParagraph[]): Warning[] {
  for (const p of paragraphs) {
    const lines = p.text.split("\n");
    if (lines.length < 3 || !lines.every(isShortPlainLine)) continue;
    const joined = lines.map((l) => l.trim()).join(" ");
    return [
      {
        message: `these ${lines.length} lines are set as one line of text, as Markdown joins the lines of a paragraph ("${clip(joined)}"): end each line but the last with a backslash (\\) to keep it on a line of its own, or put an empty line between them`,
        location: letter.yaml.locateAt("body", p.at),
      },
    ];
  }
  return [];
}

/** A short line of text: not a list item, quote, table row or heading, nor a hard break. */
function isShortPlainLine(line: string): boolean {
  const text = line.trim();
  if (text.length > 40 || opensBlockMarkup(text) || line.includes("\t")) return false;
  return !/\\$| {2}$/.test(line) && !CJK.test(text);
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

function clip(text: string): string {
  return text.length <= 60 ? text : `${text.slice(0, 57)}…`;
}

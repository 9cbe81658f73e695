import type { Warning } from "../errors.js";
import type { LoadedLetter } from "../load/load-letter.js";

/**
 * Warnings for a body that begins with its own salutation or ends with its own closing while
 * the pack sets one too, as a whole letter pasted into `body:` does: the letter then reads
 * "Dear Sir or Madam:" above "Dear Ms. Lee," and "Sincerely," under "Best regards, Jane".
 * Why a warning and not a fix: which of the two the writer wants is theirs to say.
 * `labels`: the letter's labels (the pack's defaults for its language).
 */
export function greetingInBody(letter: LoadedLetter, labels: Record<string, string>): Warning[] {
  const { body, salutation, closing } = letter.data;
  if (typeof body !== "string") return [];
  const paragraphs = body
    .trim()
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim());
  const warnings: Warning[] = [];
  const first = paragraphs[0] ?? "";
  const own = labels.salutation;
  if (salutation === undefined && own && greets(first, own))
    warnings.push({
      message: `the body begins with a salutation ("${first}"), and the pack sets its own above it ("${own}"): move it to salutation:`,
      location: letter.yaml.locateText("body", first),
    });
  const end = paragraphs
    .slice(1)
    .slice(-2)
    .map((p) => p.split("\n"))
    .find((lines) => signedOff(lines, labels.closing ?? ""))?.[0];
  if (closing === undefined && labels.closing && end)
    warnings.push({
      message: `the body ends with a closing ("${end}"), and the pack sets its own below it ("${labels.closing}"): move it to closing: and the name to the signer, or write closing: "" for none`,
      location: letter.yaml.locateText("body", end),
    });
  return warnings;
}

/** A short line on its own that ends in a comma, or in a colon after the language's greeting. */
function greets(paragraph: string, label: string): boolean {
  if (!isShortLine(paragraph, 8)) return false;
  if (paragraph.endsWith(",") || paragraph.endsWith("，")) return true;
  return paragraph.endsWith(":") && firstWords(paragraph, 1) === firstWords(label, 1);
}

/**
 * A closing line, alone or above a name and a title or two (lines with no full stop): not a
 * sentence wrapped after a comma ("We will write again,⏎soon.").
 */
function signedOff([line = "", ...rest]: string[], label: string): boolean {
  if (rest.length > 2 || rest.some((r) => /[.!?。]$/.test(r) || !isShortLine(r, 6))) return false;
  return closes(line, label);
}

/** A short line that ends in a comma, or starts as the language's closing does. */
function closes(line: string, label: string): boolean {
  if (!isShortLine(line, 5)) return false;
  return line.endsWith(",") || (label !== "" && firstWords(line, 2) === firstWords(label, 2));
}

/** One line of a few words, not a list item, quote, table row or heading. */
function isShortLine(text: string, words: number): boolean {
  if (text.includes("\n") || text.length > 100 || /^[-*+>|#\d•]/.test(text)) return false;
  return text.split(/\s+/).length <= words;
}

function firstWords(text: string, n: number): string {
  return text.split(/\s+/).slice(0, n).join(" ").toLowerCase().replace(/[,:]$/, "");
}

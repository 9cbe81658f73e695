import { decodeXML } from "entities";
import type { Warning } from "../errors.js";
import type { LoadedLetter } from "../load/load-letter.js";
import { opensBlockMarkup } from "./block-markup-line.js";
import type { BodyParagraph } from "./body-paragraphs.js";

/** The salutation and closing a letter's markup prints, as text; none when it prints none. */
export interface PrintedParts {
  salutation?: string;
  closing?: string;
}

/**
 * The text of the `<salutation>` and `<closing>` the pack's template wrote. Why from the
 * markup and not the labels: the template chooses (business in en-GB closes "Yours
 * sincerely," under a salutation that names its reader, "Yours faithfully," otherwise), and a
 * pack may print none.
 */
export function printedParts(markup: string): PrintedParts {
  const textOf = (role: string) => {
    // Not an empty element (`<closing indent="2"/>`), which holds no text to quote.
    const inner = new RegExp(`<${role}(?:\\s[^>]*)?(?<!/)>([\\s\\S]*?)</${role}>`).exec(
      markup,
    )?.[1];
    if (inner === undefined) return undefined;
    const text = decodeXML(inner.replace(/<[^>]*>/g, " "))
      .replace(/\s+/g, " ")
      .trim();
    return text === "" ? undefined : text;
  };
  const salutation = textOf("salutation");
  const closing = textOf("closing");
  return { ...(salutation ? { salutation } : {}), ...(closing ? { closing } : {}) };
}

/**
 * Warnings for a body that begins with its own salutation or ends with its own closing while
 * the pack sets one too, as a whole letter pasted into `body:` does: the letter then reads
 * "Dear Sir or Madam:" above "Dear Ms. Lee," and "Sincerely," under "Best regards, Jane".
 * The same when the letter sets its own as well ("Dear Ann," twice); an empty `salutation:` or
 * `closing:` asks for none, and is the way to keep the body's.
 * Why a warning and not a fix: which of the two the writer wants is theirs to say.
 * `printed`: what the letter's markup prints (printedParts); `paragraphs`: its body's.
 */
export function greetingInBody(
  letter: LoadedLetter,
  printed: PrintedParts,
  paragraphs: readonly BodyParagraph[],
): Warning[] {
  const { salutation, closing } = letter.data;
  const at = (p: BodyParagraph) => letter.yaml.locateAt("body", p.at);
  const warnings: Warning[] = [];
  const first = paragraphs[0];
  // The letter's own salutation and closing (an empty one asks for none), else the pack's.
  const ownSalutation =
    typeof salutation === "string" && salutation !== "" ? salutation : undefined;
  const greeting = printed.salutation;
  // A letter's own salutation is doubled only by a line that opens as it does ("Dear …"): a
  // short lead-in ending in a comma ("As agreed on the phone,") is not a second one.
  const doubled = (text: string, label: string) =>
    greets(text, label) &&
    (ownSalutation === undefined || firstWords(text, 1) === firstWords(label, 1));
  if (greeting && first && doubled(first.text, greeting))
    warnings.push({
      message:
        ownSalutation === undefined
          ? `the body begins with a salutation ("${first.text}"), and the pack sets its own above it ("${greeting}"): move it to salutation:`
          : `the body begins with a salutation ("${first.text}") under the letter's salutation: ("${greeting}"): keep one of them`,
      location: at(first),
    });
  const ownClosing = typeof closing === "string" && closing !== "" ? closing : undefined;
  const farewell = printed.closing;
  const end = closingOf(paragraphs.slice(1), farewell ?? "");
  const line = end?.text.split("\n")[0];
  if (farewell && end)
    warnings.push({
      message:
        ownClosing === undefined
          ? `the body ends with a closing ("${line}"), and the pack sets its own below it ("${farewell}"): move it to closing: and the name to the signer, or write closing: "" for none`
          : `the body ends with a closing ("${line}") above the letter's closing: ("${farewell}"): keep one of them`,
      location: at(end),
    });
  return warnings;
}

// A comma in Latin, Chinese and Japanese, and Arabic script.
const COMMA = /[,，、،]$/;

/** A short line on its own that ends in a comma, or in a colon after the language's greeting. */
function greets(paragraph: string, label: string): boolean {
  if (!isShortLine(paragraph, 8)) return false;
  if (COMMA.test(paragraph)) return true;
  return /[:：]$/.test(paragraph) && firstWords(paragraph, 1) === firstWords(label, 1);
}

/**
 * The paragraph that closes the body: its last, a closing line with a name and a title or two
 * under it, or the one before it when the last is only a name ("Best regards,⏎⏎Jane Doe").
 * Not an address written with commas ("Flat 3, Rose Court,⏎London,⏎SW1A 1AA"): a name has no
 * digits.
 */
function closingOf(paragraphs: readonly BodyParagraph[], label: string): BodyParagraph | undefined {
  const last = paragraphs[paragraphs.length - 1];
  if (!last) return undefined;
  const [line = "", ...rest] = last.text.split("\n");
  if (rest.length <= 2 && rest.every(isNameLine) && closes(line, label)) return last;
  const before = paragraphs[paragraphs.length - 2];
  if (!before || !last.text.split("\n").every(isNameLine) || last.text.includes("\n\n"))
    return undefined;
  return !before.text.includes("\n") && closes(before.text, label) ? before : undefined;
}

/** A line of a name or a title: short, no digits, no full stop at its end. */
function isNameLine(line: string): boolean {
  return isShortLine(line, 6) && !/\d/.test(line) && !/[.!?。]$/.test(line);
}

/**
 * A short line that ends in a comma, or starts as the language's closing does and is hardly
 * longer. Not a sentence ("Best wishes to your family.", "Many thanks for your help."), which
 * a closing never ends as.
 */
function closes(line: string, label: string): boolean {
  if (!isShortLine(line, 5) || /\d/.test(line) || /[.!?。]$/.test(line)) return false;
  if (COMMA.test(line)) return true;
  const words = label.split(/\s+/).length;
  return (
    label !== "" &&
    firstWords(line, 2) === firstWords(label, 2) &&
    line.split(/\s+/).length <= words + 1
  );
}

/** One line of a few words, not a list item, quote, table row or heading. */
function isShortLine(text: string, words: number): boolean {
  if (text.includes("\n") || text.length > 100 || /^\d/.test(text) || opensBlockMarkup(text))
    return false;
  return text.split(/\s+/).length <= words;
}

function firstWords(text: string, n: number): string {
  return text.split(/\s+/).slice(0, n).join(" ").toLowerCase().replace(/[,:]$/, "");
}

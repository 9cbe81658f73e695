import { basename } from "node:path";
import type { DocMeta } from "../model/letter-doc.js";
import { documentTitle, type InfoText } from "../write/pdfkit-adapter.js";

/** The document information every letter so far gives alike; null where two letters differ. */
export type SharedInfo = { [K in keyof InfoText]: string | null };

/**
 * Adds a letter's information. Its title is the one a viewer shows (the subject when the
 * letter has no title), so two letters compare by what the file would say.
 */
export function shareInfo(shared: SharedInfo | undefined, meta: DocMeta): SharedInfo {
  const own = { ...meta, title: documentTitle(meta) };
  if (!shared) return own;
  const same = (k: keyof InfoText) => (shared[k] === own[k] ? own[k] : null);
  return {
    title: same("title"),
    author: same("author"),
    subject: same("subject"),
    keywords: same("keywords"),
  };
}

/**
 * A combined PDF's information: what is true of every letter in it. Why not the first
 * letter's: a personalised subject ("Thank you for your 4 gifts, Ann") would title a file of
 * everyone's letters. A title the letters do not share names the merge by its files
 * (`letters.yaml + people.csv`), which no language needs translating; the author, subject and
 * keywords they do not share are left out.
 */
export function combinedInfo(shared: SharedInfo, dataFile: string, records: string): InfoText {
  return {
    title: shared.title ?? `${basename(dataFile)} + ${basename(records)}`,
    author: shared.author ?? "",
    subject: shared.subject ?? "",
    keywords: shared.keywords ?? "",
  };
}

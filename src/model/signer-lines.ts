import type { Run, Signer } from "./letter-doc.js";
import { plainLines } from "./plain-lines.js";

/** A signer's name as lines of runs, in the signer's language if the grid or signer has one. */
export function signerNameLines(s: Signer): Run[][] {
  return plainLines(s.name, s.lang);
}

/** A signer's title lines as lines of runs, each in its own language, else the signer's. */
export function signerTitleLines(s: Signer): Run[][] {
  return s.titles.map((text, i) => {
    const lang = s.titleLangs?.[i] || s.lang;
    return [lang ? { text, lang } : { text }];
  });
}

/**
 * A signer's name and titles: the lines a signature grid's direction is read from, in the PDF
 * (layout/page-units.ts) and the text output alike.
 */
export function signerLines(s: Signer): Run[][] {
  return [...signerNameLines(s), ...signerTitleLines(s)];
}

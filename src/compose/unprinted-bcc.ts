import type { Warning } from "../errors.js";
import type { LoadedLetter } from "../load/load-letter.js";

/**
 * A warning for a letter whose blind copies (`bcc`) its pack did not print because it is not
 * the file copy: packs print `<bcc>` only under `fileCopy: true` (docs/templates.md, "Blind
 * copies"), so the addressee's copy never names them. Why a warning and not an error: that
 * copy is right as it is; why at all: a letter rendered once, without `fileCopy`, dropped its
 * bcc line silently, and no file copy was made. None when the letter says which copy it is
 * (`fileCopy: true` or `false`), nor when the pack printed the line anyway.
 * `markup`: the letter's markup, as the pack's template wrote it.
 */
export function unprintedBcc(letter: LoadedLetter, markup: string): Warning[] {
  const { bcc } = letter.data;
  const some = Array.isArray(bcc) ? bcc.length > 0 : typeof bcc === "string" && bcc !== "";
  if (!some || letter.yaml.written("fileCopy") || /<bcc[\s/>]/.test(markup)) return [];
  return [
    {
      message:
        'not printed on this copy: blind copies are listed only on the file copy (fileCopy: true), never on the copy the addressee receives; render the file copy with fileCopy: true as well, or write fileCopy: false to say this is the addressee\'s (docs/templates.md, "Blind copies")',
      location: letter.yaml.locate("bcc"),
    },
  ];
}

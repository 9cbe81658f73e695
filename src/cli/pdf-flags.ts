import { fail } from "../errors.js";
import {
  allowsAttachments,
  DEFAULT_STANDARDS,
  type PdfStandard,
  parseStandards,
} from "../pdf-standard.js";

/** `--pdf-standard` and `--embed-source`, shared by render, watch and merges. */
export interface PdfFlags {
  pdfStandard?: string;
  embedSource?: boolean;
}

/**
 * The standards a PDF claims. `--embed-source` alone moves the default from PDF/A-2a to
 * PDF/A-3a, the part that allows embedded files; named with an A-2 level it is refused.
 */
export function chosenStandards(flags: PdfFlags): PdfStandard[] {
  const embed = flags.embedSource === true;
  const standards =
    flags.pdfStandard !== undefined
      ? parseStandards(flags.pdfStandard)
      : DEFAULT_STANDARDS.map((s) => (embed && s === "a-2a" ? "a-3a" : s));
  if (embed && !allowsAttachments(standards))
    throw fail(
      "usage",
      "--embed-source needs PDF/A-3: PDF/A-2 allows no embedded source files",
      undefined,
      ["use --pdf-standard ua-1,a-3a (or a-3b)"],
    );
  return standards;
}

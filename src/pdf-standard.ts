import { fail } from "./errors.js";

/** The standards `--pdf-standard` may name (Typst's spelling). Every PDF is tagged whatever. */
export const PDF_STANDARDS = ["ua-1", "a-2b", "a-2a", "a-3b", "a-3a"] as const;
export type PdfStandard = (typeof PDF_STANDARDS)[number];

/**
 * Tagged PDF/UA-1 and PDF/A-2a: every built-in pack's letters meet both (tests/write/
 * pdf-standard.test.ts). A-3 only adds what A-2 forbids, embedded files, which are asked for.
 */
export const DEFAULT_STANDARDS: readonly PdfStandard[] = ["ua-1", "a-2a"];

/** Reads `--pdf-standard ua-1,a-2a`: known names, at most one PDF/A part. */
export function parseStandards(text: string): PdfStandard[] {
  const names = text
    .split(",")
    .map((s) => s.trim().toLowerCase())
    .filter((s) => s !== "");
  const known = new Set<string>(PDF_STANDARDS);
  const wrong = names.find((n) => !known.has(n));
  if (wrong !== undefined || names.length === 0)
    throw fail(
      "usage",
      `--pdf-standard ${wrong ?? text} is not a standard missive writes`,
      undefined,
      [`use one or more of ${PDF_STANDARDS.join(", ")}, separated by commas`],
    );
  const parts = names.filter((n) => n.startsWith("a-"));
  if (parts.length > 1)
    throw fail(
      "usage",
      `--pdf-standard names ${parts.join(" and ")}: a PDF is one PDF/A part`,
      undefined,
      ["keep one of them"],
    );
  return [...new Set(names)] as PdfStandard[];
}

/** pdfkit's name of the PDF/A part and level (`PDF/A-2a`), if one is asked for. */
export function pdfaSubset(standards: readonly PdfStandard[]): string | undefined {
  const a = standards.find((s) => s.startsWith("a-"));
  return a ? `PDF/A-${a.slice(2)}` : undefined;
}

/** Whether files may be embedded: PDF/A-2 allows only PDF/A files, PDF/A-3 any. */
export function allowsAttachments(standards: readonly PdfStandard[]): boolean {
  return !standards.some((s) => s.startsWith("a-2"));
}

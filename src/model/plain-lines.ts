import type { Run } from "./letter-doc.js";

/**
 * Plain model text whose line breaks are "\n" as hard lines of runs, each in `lang` when
 * given: a field's label, a signer's name (field-label.ts, signer-lines.ts).
 */
export function plainLines(text: string, lang?: string): Run[][] {
  return text.split("\n").map((t) => [lang === undefined ? { text: t } : { text: t, lang }]);
}

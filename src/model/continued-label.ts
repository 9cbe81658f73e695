import { fillPhrase } from "./phrases.js";

/**
 * The phrase a list of copies or enclosures' label takes over the entries a page break carried
 * on, where the letter's labels give none (`continued`, load/continued-labels.ts): `{label}` is
 * the label without its colon.
 */
export const DEFAULT_CONTINUED = "{label} (continued)";

/**
 * A list's label as it stands over the entries a page break carried on ("cc:" → "cc
 * (continued):", "Copie à :" → "Copie à (suite) :", "抄送：" → "抄送（续）："): the phrase filled
 * with the label, the label's colon, and the space a language writes before it, kept at the end.
 */
export function continuedLabel(label: string, phrase: string): string {
  const colon = LABEL_COLON.exec(label);
  const bare = colon ? label.slice(0, colon.index) : label;
  return `${fillPhrase(phrase, { label: bare })}${colon?.[0] ?? ""}`;
}

/** A label's closing colon, perhaps after a (no-break) space: ":", " :", "：". */
const LABEL_COLON = /[ \u00a0\u202f]?[:：]$/u;

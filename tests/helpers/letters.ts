import type { SourceText } from "../../src/load/read-text.js";
import { ROOT } from "./render.js";

/** A senate-pack letter with `n` signers in `columns` columns, as inline YAML. */
export function senateLetter(n: number, columns: number, extra = ""): SourceText {
  const signers = Array.from(
    { length: n },
    (_, i) => `  - name: Signer Number ${i + 1}\n    title: United States Senator`,
  ).join("\n");
  const body = Array.from(
    { length: 3 },
    (_, i) =>
      `  Paragraph ${i + 1} says something important about the matter at hand, with enough words to wrap across several lines of a justified paragraph in the letter body.`,
  ).join("\n\n");
  const text = `template: senate
letterhead:
  org: United States Senate
  lines: ["WASHINGTON, DC 20510"]
date: 2021-06-01
recipient:
  - The Honorable Jane Doe
  - Secretary
salutation: Dear Secretary Doe,
body: |
${body}
closing: Sincerely,
columns: ${columns}
signers:
${signers}
${extra}`;
  return { file: `${ROOT}/data/inline-${n}x${columns}.yaml`, text };
}

import { beforeAll, describe, expect, it } from "vitest";
import type { Rendered } from "../../src/pipeline.js";
import { expectInsideMargins } from "../helpers/pdf-checks.js";
import { extractPdf, type PdfContent } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

// A table whose first column holds a long web address and a long sentence: its words fit the
// page only together with the other columns' if each column gets its longest unbreakable
// piece (a web address breaks after a slash). Before, columns were cut in proportion to
// their longest space-separated word, and the address took the room of the numbers, so
// "1,234,567" and "$12,345,678.90" were cut in the middle, in the PDF and in the text.
const letter = {
  file: `${ROOT}/data/inline-table.yaml`,
  text: `template: senate
letterhead: { org: United States Senate }
date: 2020-01-01
recipient: [The Honorable Jane Doe]
salutation: Dear Secretary Doe,
body: |
  | Violation | Statute | Dates | Units | Proposed penalty |
  |---|---|---|--:|--:|
  | Failure to file the annual certification of compliance with the coordination requirements | 42 U.S.C. § 1234(a)(5) | 2021-01-01 to 2023-12-31 | 1,234,567 | $12,345,678.90 |
  | https://forc.example.gov/enforcement/dockets/exhibits/attachments/appendix-a | — | — | — | — |
closing: Sincerely,
signers:
  - name: Jane Doe
`,
};

const WHOLE = ["1,234,567", "$12,345,678.90", "2021-01-01", "2023-12-31", "Proposed", "penalty"];

describe("a table whose longest words fit only if no column takes another's room", () => {
  let r: Rendered;
  let pdf: PdfContent;
  beforeAll(async () => {
    r = await render(letter);
    pdf = await extractPdf(r.pdf as Uint8Array);
  });

  it("keeps every number and word whole in the PDF", () => {
    const words = pdf.items.flatMap((i) => i.str.split(/\s+/));
    for (const w of WHOLE) expect(words, w).toContain(w);
    expect(r.warnings.filter((w) => w.message.includes("wider than the line"))).toEqual([]);
    expectInsideMargins(pdf, 72);
  });

  it("keeps every number and word whole in the text", () => {
    const words = (r.txt as string).split(/\s+/);
    for (const w of WHOLE) expect(words, w).toContain(w);
  });
});

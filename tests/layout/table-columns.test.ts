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

// An invoice: the descriptions are long, the other cells short. Before, every column got its
// least width and a share of the rest in proportion to how much more it wanted, so an item
// code broke at its hyphen ("FP-" / "OM4-LCLC-3") and the header "Amount £" took two lines
// beside descriptions that wrap anyway.
const invoice = {
  file: `${ROOT}/data/inline-invoice.yaml`,
  text: `template: business
paper: a4
date: 2024-10-31
recipient: [Accounts Payable]
body: |
  | No. | Description | Item code | Qty | Unit £ | Amount £ |
  |---:|---|---|---:|---:|---:|
  | 6 | Fibre patch lead, OS2 LC/UPC–LC/UPC duplex, 2 m | FP-OS2-LCLC-2 | 48 | 11.20 | 537.60 |
  | 7 | Fibre patch lead, OM4 LC–LC duplex, 3 m, aqua | FP-OM4-LCLC-3 | 36 | 13.75 | 495.00 |
  | 8 | 19-inch floor cabinet, 42U, 800 × 1000 mm | CAB-42-810 | 2 | 1,180.00 | 2,360.00 |
  | 12 | Cable tray, wire mesh, 100 × 50 mm, 3 m length | CT-WM-10050 | 40 | 24.60 | 984.00 |
`,
};

describe("an invoice's table", () => {
  it("keeps its short cells on one line and wraps the descriptions", async () => {
    const r = await render(invoice);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const words = pdf.items.flatMap((i) => i.str.split(/\s+/));
    for (const w of ["FP-OS2-LCLC-2", "FP-OM4-LCLC-3", "CT-WM-10050", "2,360.00"])
      expect(words, w).toContain(w);
    const amount = pdf.items.find((i) => i.str.startsWith("Amount"));
    const unit = pdf.items.find((i) => i.str.startsWith("Unit"));
    expect(amount?.str).toBe("Amount £");
    expect(amount?.y).toBeCloseTo(unit?.y ?? 0, 1);
    // The descriptions take what is left, and wrap.
    const lead = pdf.items.filter((i) => i.str.includes("Fibre patch lead"));
    expect(lead.length).toBe(2);
    expect(lead.every((i) => !i.str.includes("duplex, 2 m"))).toBe(true);
  });
});

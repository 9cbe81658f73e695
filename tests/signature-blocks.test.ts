import { expect, it } from "vitest";
import { extractPdf } from "./helpers/pdf-text.js";
import { ROOT, render } from "./helpers/render.js";

/** A business-pack letter; `extra` is appended YAML (signer, signatureIndent, …). */
function business(extra: string) {
  const text = `template: business
sender:
  company: Northwind Traders, Inc.
  address: [1200 Harbor Boulevard, "Boston, MA 02110"]
date: 2024-05-14
recipient: [Ms. Dana Whitfield]
salutation: "Dear Ms. Whitfield:"
body: Thank you for your order.
closing: Sincerely,
${extra}`;
  return { file: `${ROOT}/data/inline-signature-block.yaml`, text };
}

// Issue 18: a US modified-block letter signs from the centre line.
it("indents the closing and the signature block together by signatureIndent", async () => {
  const plain = await extractPdf(
    (await render(business("signer: {name: Jordan Alvarez}"))).pdf as Uint8Array,
  );
  const moved = await extractPdf(
    (
      await render(
        business("signatureIndent: 3in\nsigner: {name: Jordan Alvarez, titles: [Director]}"),
      )
    ).pdf as Uint8Array,
  );
  const x = (pdf: typeof plain, s: string) => pdf.items.find((i) => i.str === s)?.x ?? NaN;
  expect(x(moved, "Sincerely,") - x(plain, "Sincerely,")).toBeCloseTo(216, 0);
  expect(x(moved, "Jordan Alvarez") - x(plain, "Jordan Alvarez")).toBeCloseTo(216, 0);
  expect(x(moved, "Director")).toBeCloseTo(x(moved, "Jordan Alvarez"), 0);
  expect(x(moved, "Thank you for your order.")).toBeCloseTo(
    x(plain, "Thank you for your order."),
    0,
  );
});

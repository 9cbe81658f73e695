import { beforeAll, describe, expect, it } from "vitest";
import type { TextItem } from "../../src/layout/laid-out-doc.js";
import type { Rendered } from "../../src/pipeline.js";
import { ROOT, render } from "../helpers/render.js";

/**
 * A table in a list item, as a Spanish council's "RESUELVE" writes its third point: the
 * item's text, then the fees, indented under it. Before, Markdown put the table in the item
 * and the letter failed with "<table> is not allowed here" at the template's markup.
 */
const letter = {
  file: `${ROOT}/data/table-in-item.yaml`,
  text: `template: business
date: 2024-10-21
recipient: [Jane Doe]
body: |
  We resolve:

  1. To grant the licence.
  2. To approve the fees, as follows:

     | Item | Amount |
     | :--- | ---: |
     | Licence fee | $276.75 |

  3. To notify the applicant.
signer: { name: Ann Lee }
`,
};

describe("a table in a list item", () => {
  let r: Rendered;
  beforeAll(async () => {
    r = await render(letter);
  });

  it("starts where the item's text does on the page", () => {
    const items = (r.laidOut?.pages ?? [])
      .flatMap((p) => p.items)
      .filter((i): i is TextItem => i.kind === "text");
    const at = (text: string) => items.find((i) => i.text.startsWith(text)) as TextItem;
    expect(at("Item").x).toBeCloseTo(at("To approve").x, 1);
    expect(at("Licence fee").x).toBeCloseTo(at("To approve").x, 1);
    expect(at("We resolve").x).toBeLessThan(at("Item").x - 10);
  });

  it("starts where the item's text does in the text output, the next item after it", () => {
    const lines = (r.txt ?? "").split("\n");
    const row = lines.find((l) => l.includes("Licence fee")) as string;
    expect(row.startsWith("   Licence fee")).toBe(true);
    expect(lines.some((l) => l.startsWith("3. To notify"))).toBe(true);
  });
});

import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import { ROOT, render } from "../helpers/render.js";

/** The laid-out lines of the first page's fields block. */
async function fieldWords(pack: string, references: string): Promise<TextItem[]> {
  const r = await render({
    file: join(ROOT, "data", "fields-width.yaml"),
    text: `template: ${pack}\nlang: en-GB\nreferences:\n${references}body: Text.\n${pack === "senate" ? "signers: [{ name: Ann Lee }]\n" : ""}`,
  });
  const doc = r.laidOut as LaidOutDoc;
  return (doc.pages[0]?.items ?? []).filter(
    (i): i is TextItem => i.kind === "text" && (i.block ?? "").startsWith("fields"),
  );
}

// letters30: a council's parking decision turned its label "Penalty Charge Notice" over
// beside the short "CU39274615" in the packs' 1.4in label column, where the text output,
// fitted to its labels, kept it on one line.
describe("a fields block's label column", () => {
  it.each(["business", "personal", "senate"])(
    "%s: widens to hold its widest label on one line, up to label-max-width",
    async (pack) => {
      const words = await fieldWords(
        pack,
        '  - { label: "Penalty Charge Notice", value: "CU39274615" }\n  - { label: "Our ref", value: "REP/8812" }\n',
      );
      const word = (t: string) => words.find((w) => w.text.trim() === t) as TextItem;
      const [label, value] = [word("Penalty Charge Notice"), word("CU39274615")];
      expect(label).toBeDefined();
      expect(value.x).toBeGreaterThan(label.x + label.width);
      // Every value starts at the one column's edge.
      expect(word("REP/8812").x).toBeCloseTo(value.x, 3);
    },
  );

  it("stays label-width wide when its labels fit, and turns over a label past its most", async () => {
    const short = await fieldWords("business", '  - { label: "Ref", value: "A1" }\n');
    const value = short.find((w) => w.text.trim() === "A1") as TextItem;
    const left = (short.find((w) => w.text.trim() === "Ref") as TextItem).x;
    expect(value.x - left).toBeCloseTo(1.4 * 72 + 6, 1);
    const long = await fieldWords(
      "business",
      `  - { label: "${"Reference ".repeat(6).trim()}", value: "A1" }\n`,
    );
    expect(long.filter((w) => w.text.startsWith("Reference")).length).toBeGreaterThan(1);
    const longValue = long.find((w) => w.text.trim() === "A1") as TextItem;
    expect(longValue.x - left).toBeCloseTo(2.2 * 72 + 6, 1);
  });
});

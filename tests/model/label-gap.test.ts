import { describe, expect, it } from "vitest";
import type { TextItem } from "../../src/layout/laid-out-doc.js";
import { labelSpaced } from "../../src/model/label-gap.js";
import { ROOT, render } from "../helpers/render.js";

/** A business letter with one copy under the label `cc`, as PDF items and text. */
const copied = async (cc: string) => {
  const r = await render({
    file: `${ROOT}/data/label-gap.yaml`,
    text: `template: business\ndate: 2024-01-02\nrecipient: [Jane Doe]\nbody: Hello.\nsigner: { name: Ann Lee }\ncc: [Bo Chen]\nlabels: { cc: "${cc}" }\n`,
  });
  const items = (r.laidOut?.pages ?? [])
    .flatMap((p) => p.items)
    .filter((i): i is TextItem => i.kind === "text");
  const label = items.find((i) => i.text === cc) as TextItem;
  const name = items.find((i) => i.text.startsWith("Bo")) as TextItem;
  return { gap: name.x - (label.x + label.width), txt: r.txt ?? "" };
};

// letters35: a Chinese letter's copies read "抄送： 西湖区财政局", a space after the full-width
// colon, whose glyph already holds one; GB/T 9704 sets "附件：1．…".
describe("a hanging label's gap", () => {
  it("is left out after full-width punctuation, kept after any other", () => {
    expect(labelSpaced("抄送：")).toBe(false);
    expect(labelSpaced("写し送付先：")).toBe(false);
    expect(labelSpaced("cc:")).toBe(true);
    expect(labelSpaced("Copy to:")).toBe(true);
    expect(labelSpaced("نسخة إلى:")).toBe(true);
  });

  it("in the PDF and the text output alike", async () => {
    const fullWidth = await copied("Copies：");
    const ascii = await copied("Copies:");
    expect(fullWidth.gap).toBeCloseTo(0, 1);
    expect(ascii.gap).toBeGreaterThan(3);
    expect(fullWidth.txt).toContain("Copies：Bo Chen");
    expect(ascii.txt).toContain("Copies: Bo Chen");
  });
});

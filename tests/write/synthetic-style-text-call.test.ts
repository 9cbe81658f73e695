import { describe, expect, it, vi } from "vitest";
import type { TextItem } from "../../src/layout/laid-out-doc.js";
import { oneFaceJapaneseLetter } from "../helpers/letters.js";
import { pdfDump } from "../helpers/pdf-dump.js";
import { render } from "../helpers/render.js";

// A pdfkit without what the line painter needs: the adapter paints through pdfkit's text().
vi.mock("../../src/write/pdfkit-line.js", async (original) => ({
  ...(await original<typeof import("../../src/write/pdfkit-line.js")>()),
  canPaintLines: () => false,
}));

describe("a synthetic bold or italic painted through pdfkit's own text()", () => {
  it("is filled and stroked, and sheared, as the line painter does it", async () => {
    const r = await render(oneFaceJapaneseLetter("本件は**重要**で*至急*です。"));
    const items = (r.laidOut?.pages ?? []).flatMap((p) => p.items as TextItem[]);
    const bold = items.filter((it) => it.kind === "text" && it.embolden !== undefined);
    expect(bold.length).toBeGreaterThan(1);
    const content = pdfDump(r.pdf as Uint8Array).replace(/^ {2}/gm, "");
    expect(content.match(/\n2 Tr\n/g)).toHaveLength(bold.length);
    expect(content).toMatch(/\n0\.468075 w\n1 j\n/);
    // pdfkit shears in y-down space: a quarter, leftwards there.
    expect(content.match(/\n1 0 -0\.25 1 [-\d.]+ 0 cm\n/g)).toHaveLength(1);
  });
});

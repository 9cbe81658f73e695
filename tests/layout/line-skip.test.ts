import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import { ROOT, render } from "../helpers/render.js";

const require = createRequire(import.meta.url);
/** The font of the business pack's company style, at 15 pt with a leading of 18. */
const BOLD = create(
  readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf")),
);

/** How far the glyphs of `text` reach above the baseline (top) and below it, in points at 15 pt. */
function ink(text: string): { top: number; bottom: number } {
  const boxes = [...text].map((c) => BOLD.glyphForCodePoint(c.codePointAt(0) ?? 0).bbox);
  const pt = 15 / BOLD.unitsPerEm;
  return {
    top: Math.max(...boxes.map((b) => b?.maxY ?? 0)) * pt,
    bottom: -Math.min(...boxes.map((b) => b?.minY ?? 0)) * pt,
  };
}

/** The lines of the letterhead's company name (business pack: sans 15/18), top to bottom. */
async function companyLines(company: string): Promise<{ y: number; text: string }[]> {
  const text = `template: business
lang: vi
sender: { company: "${company}", address: ["Cần Thơ"], logo: false }
recipient: [Ông Nguyễn Hữu Thưởng]
body: Trân trọng.
`;
  const r = await render({ file: join(ROOT, "data", "caps-vi.yaml"), text }, ["pdf"]);
  const items = ((r.laidOut as LaidOutDoc).pages[0]?.items ?? []).filter(
    (i): i is TextItem => i.kind === "text" && i.block === "head/letterhead#0",
  );
  const ys = [...new Set(items.map((i) => i.y))].sort((a, b) => a - b);
  return ys.map((y) => ({
    y,
    text: items
      .filter((i) => i.y === y)
      .map((i) => i.text)
      .join(" "),
  }));
}

// letters24: a Vietnamese company's name in capitals on two lines: the stacked accents of
// "BẰNG", "CỬU" reach above the font's ascent and touched the dot under "MẠI" on the line above.
describe("lines whose glyphs would touch", () => {
  it("stand apart by a twentieth of an em more than the leading, only as far as needed", async () => {
    const [first, second, more] = await companyLines(
      "CÔNG TY TNHH XUẤT NHẬP KHẨU THƯƠNG MẠI ĐỒNG BẰNG SÔNG CỬU LONG",
    );
    expect([first?.text, second?.text, more]).toEqual([
      "CÔNG TY TNHH XUẤT NHẬP KHẨU THƯƠNG MẠI ĐỒNG BẰNG",
      "SÔNG CỬU LONG",
      undefined,
    ]);
    // The ink of the two lines as the font draws them ("Ạ" below, "Ử" above) would touch at
    // the leading of 18 pt; a twentieth of 15 pt is left between them.
    const reach = ink(first?.text ?? "").bottom + ink(second?.text ?? "").top;
    expect(reach).toBeGreaterThan(18);
    expect((second?.y ?? 0) - (first?.y ?? 0)).toBeCloseTo(reach + 0.75, 3);
    // Capitals without accents keep the leading.
    const plain = await companyLines(
      "CONG TY TNHH XUAT NHAP KHAU THUONG MAI DONG BANG SONG CUU LONG HA NOI",
    );
    expect(plain).toHaveLength(2);
    expect((plain[1]?.y ?? 0) - (plain[0]?.y ?? 0)).toBeCloseTo(18, 5);
  });
});

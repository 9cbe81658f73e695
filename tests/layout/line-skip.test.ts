import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { create } from "fontkit";
import { describe, expect, it } from "vitest";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import { ROOT, render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

const require = createRequire(import.meta.url);
/** The font of the business pack's company style, at 15 pt with a leading of 18. */
const BOLD = create(
  readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed-Bold.ttf")),
);

/** The regular face of that font, the tight pack's below. */
const BOOK = create(readFileSync(require.resolve("dejavu-fonts-ttf/ttf/DejaVuSansCondensed.ttf")));

/** How far the glyphs of `text` reach above the baseline (top) and below it, in points (15 pt bold). */
function ink(text: string, font = BOLD, size = 15): { top: number; bottom: number } {
  const boxes = [...text].map((c) => font.glyphForCodePoint(c.codePointAt(0) ?? 0).bbox);
  const pt = size / font.unitsPerEm;
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

/** The business pack in DejaVu Sans at 11 pt, with leadings tighter than its own. */
const TIGHT = `name: tight
extends: business
styles:
  default: { font: sans, size: 11, leading: 12.5 }
  item: { spaceAfter: 0 }
  table: { size: 11, leading: 9.5 }
  signer-name: { size: 11, leading: 12.5 }
  signer-title: { size: 11, leading: 12.5 }
`;

/** The text lines of page 1 laid out in the tight pack, each with its block and glyph reach. */
async function tightLines(body: string, signers: string) {
  const dir = tempDir("line-skip");
  mkdirSync(join(dir, "tight"));
  writeFileSync(join(dir, "tight", "template.yaml"), TIGHT);
  const text = `template: ${join(dir, "tight")}
lang: vi
sender: { company: C, address: [H], logo: false }
recipient: [Ông Nguyễn]
body: |
${body.replace(/^/gm, "  ")}
closing: "Trân trọng,"
signers:
${signers}
`;
  const r = await render({ file: join(dir, "letter.yaml"), text }, ["pdf"]);
  const items = ((r.laidOut as LaidOutDoc).pages[0]?.items ?? []).filter(
    (i): i is TextItem => i.kind === "text" && i.font.includes("DejaVuSansCondensed.ttf"),
  );
  return items.map((i) => {
    const reach = ink(i.text, BOOK, i.size);
    return { ...i, top: i.y - reach.top, bottom: i.y + reach.bottom };
  });
}

// letters26: the line skip held within a paragraph only; between list items (blocks), a
// table's rows and a cell's lines, a signer's name and title lines, stacked accents touched.
describe("lines of different blocks, rows and signers whose glyphs would touch", () => {
  const body = `- QUỴ THỊ MẠI
- Ở ĐÂY ẤN ĐỘ

| A | B |
|---|---|
| THỊ ỆNH | QUỴ THỊ |
| Ở ĐÂY | ẤN ĐỘ |
| QUỴ THỊ QUỴ THỊ QUỴ THỊ QUỴ THỊ QUỴ THỊ QUỴ THỊ QUỴ THỊ QUỴ THỊ QUỴ THỊ QUỴ THỊ QUỴ THỊ ỞỞ ỞỞ | Ở |`;
  const signers = `  - { name: NGUYỄN THỊ QUỴ, title: Ở ĐÂY ẤN ĐỘ }
  - { name: "QUỴ THỊ\\nỞ ĐÂY", title: ẤN ĐỘ }`;

  it("stand apart by a twentieth of an em wherever they stand one under the other", async () => {
    const lines = await tightLines(body, signers);
    const pairs = lines.flatMap((a) =>
      lines
        .filter((b) => b.y > a.y && b.y - a.y < 2 * a.size)
        .filter((b) => b.x < a.x + a.width && a.x < b.x + b.width)
        .map((b) => ({ a: a.text, b: b.text, gap: b.top - a.bottom })),
    );
    // Every case above: items, rows, a cell's two lines, name over title, name over name.
    expect(pairs.length).toBeGreaterThanOrEqual(8);
    for (const p of pairs) expect(p.gap, `${p.a} / ${p.b}`).toBeGreaterThan(0.55 - 0.01);
  });

  it("keep their leading where nothing would touch", async () => {
    const lines = await tightLines(
      "- QUY THI MAI\n- O DAY AN DO\n\n| A |\n|---|\n| THI |\n| O DAY |",
      "  - { name: NGUYEN THI QUY, title: O DAY AN DO }",
    );
    const y = (text: string) => lines.find((l) => l.text === text)?.y ?? Number.NaN;
    expect(y("O DAY AN DO") - y("QUY THI MAI")).toBeCloseTo(12.5, 5);
    expect(y("O DAY") - y("THI")).toBeCloseTo(9.5 + 4, 5);
    const signer = lines.filter((l) => l.block?.startsWith("signer:")).map((l) => l.y);
    expect((signer[1] ?? 0) - (signer[0] ?? 0)).toBeCloseTo(12.5, 5);
  });
});

import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { describe, expect, it } from "vitest";
import { emitStage } from "../../src/cli/emit.js";
import { expectGolden } from "../helpers/golden.js";
import { pdfDump } from "../helpers/pdf-dump.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

/** Each built-in pack with its example letter and the pages the example should take. */
const EXAMPLES = [
  { pack: "senate", data: "senate-itu-2020.yaml", pages: 3 },
  { pack: "business", data: "business-northwind-2024.yaml", pages: 2 },
  { pack: "din5008", data: "din5008-angebot-2024.yaml", pages: 2 },
  { pack: "personal", data: "personal-cover-letter.yaml", pages: 1 },
];

describe.each(EXAMPLES)("built-in pack $pack", ({ pack, data, pages }) => {
  it("renders its example to markup, text and PDF (goldens)", async () => {
    const r = await render(join(ROOT, "data", data));
    expect(r.template).toBe(pack);
    // The same text `missive render --emit markup` prints.
    expectGolden(`packs/${pack}/letter.markup.xml`, emitStage(r, "markup", ROOT));
    expectGolden(`packs/${pack}/letter.txt`, r.txt ?? "");
    expect(r.pages).toBe(pages);
    // The PDF, readable (objects, content decompressed), so a diff shows what changed; then
    // its bytes: the writer's use of pdfkit internals must not change them unnoticed.
    expectGolden(`packs/${pack}/letter.pdf.txt`, pdfDump(r.pdf as Uint8Array));
    const sha = createHash("sha256")
      .update(r.pdf as Uint8Array)
      .digest("hex");
    expectGolden(`packs/${pack}/letter.pdf.sha256`, `${sha}\n`);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    expect(pdf.pages).toHaveLength(pages);
    expect(pdf.items.length).toBeGreaterThan(20);
  });
});

// script34: business's only fallback was its sans, DejaVu Sans Condensed, so Armenian in its
// Source Serif body was set in a sans serif; the other packs set it in a font of their body's
// design (personal and senate in DejaVu Serif, din5008 in its own DejaVu Sans Condensed).
describe("Armenian, which Source Serif lacks, in each built-in pack", () => {
  const body = "Խնդրում եմ վերանայել 2024 թվականի հաշիվը։";
  it.each([
    ["senate", "senate-itu-2020.yaml", "DejaVuSerif.ttf"],
    ["business", "business-northwind-2024.yaml", "DejaVuSerif.ttf"],
    ["din5008", "din5008-angebot-2024.yaml", "DejaVuSansCondensed.ttf"],
    ["personal", "personal-cover-letter.yaml", "DejaVuSerif.ttf"],
  ])("%s sets it in a font of its body's design", async (_, data, font) => {
    const file = join(ROOT, "data", data);
    const text = readFileSync(file, "utf8").replace(
      /^body: \|\n(?: {2}.*\n|\n)*/m,
      `body: |\n  ${body}\n\n`,
    );
    const r = await render({ file, text }, ["pdf"]);
    const items = r.laidOut?.pages.flatMap((p) => p.items) ?? [];
    const fonts = items.flatMap((i) =>
      i.kind === "text" && /[\u0531-\u058f]/u.test(i.text) ? [i.font] : [],
    );
    expect(fonts.length).toBeGreaterThan(0);
    expect(new Set(fonts.map((f) => basename(f)))).toEqual(new Set([font]));
  });
});

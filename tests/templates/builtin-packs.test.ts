import { createHash } from "node:crypto";
import { join } from "node:path";
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

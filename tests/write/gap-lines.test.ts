import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { japaneseLetter } from "../helpers/letters.js";
import { pdfDump } from "../helpers/pdf-dump.js";
import { ROOT, render } from "../helpers/render.js";

/** The texts the PDF's Spans give (ActualText), in the order written. */
function actualTexts(pdf: Uint8Array): string[] {
  return [...pdfDump(pdf).matchAll(/ActualText <FEFF([0-9A-F]*)>/g)].map((m) =>
    Buffer.from(m[1] ?? "", "hex")
      .swap16()
      .toString("utf16le"),
  );
}

// A line spread at gaps where no space was typed (the quarter em beside Latin letters and
// digits in Japanese; Chinese or Thai justified) was painted as separate runs: readers took
// each gap for a word space, and "8月23日" copied out as "8 月 23 日" (in Thai, where a space
// ends a phrase, the sentence read wrong). Such a line now gives its text once.
describe("a line spread at gaps where no space was typed", () => {
  it("gives its text as typed, and a line without such gaps gives none", async () => {
    const body = "注文番号はMS-2024-08117です。8月23日に発送します。";
    const r = await render(japaneseLetter(body, "ja-gaps"));
    const texts = actualTexts(r.pdf as Uint8Array);
    expect(texts).toContain(body);
    expect(texts).toContain("2024年8月20日");
    // "拝啓" and "敬具" have no gaps: no Span.
    expect(texts.filter((t) => t.includes("拝啓") || t.includes("敬具"))).toEqual([]);
  });
});

// scripts28: a justified Khmer line spread by less than a tenth of an em at its word breaks
// carried no text of its own, and poppler still read "សម្រាប់ ស្ថាប័ន" with a space: it
// measures a gap from where a word's last glyph is drawn, and "់" sits back over its letter.
describe("a Khmer line spread a little at its word breaks", () => {
  it("gives its text as typed", async () => {
    const r = await render(join(ROOT, "tests/corpus/ok-khmer-ministry-proposal/letter.yaml"));
    const texts = actualTexts(r.pdf as Uint8Array);
    expect(texts.some((t) => t.includes("សម្រាប់ស្ថាប័នរដ្ឋ និងវិស័យឯកជន។"))).toBe(true);
  });
});

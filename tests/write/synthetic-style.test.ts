import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { TextItem } from "../../src/layout/laid-out-doc.js";
import { emboldenWidth } from "../../src/layout/synthetic-style.js";
import { japaneseLetter, oneFaceJapaneseLetter } from "../helpers/letters.js";
import { pdfDump } from "../helpers/pdf-dump.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { hasPdftotext as poppler } from "../helpers/poppler.js";
import { render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

const textItems = (r: { laidOut?: { pages: { items: unknown[] }[] } }) =>
  (r.laidOut?.pages ?? []).flatMap((p) => p.items as TextItem[]).filter((it) => it.kind === "text");

/** The text objects (BT … ET) of the PDF's page content, each with the operators before it. */
function textObjects(pdf: Uint8Array): string[] {
  return pdfDump(pdf)
    .replace(/^ {2}/gm, "")
    .split(/\nq\n/)
    .filter((chunk) => chunk.includes("\nBT\n"));
}

/** The PDF's text as pdftotext reads it (with the layout of its lines). */
function popplerText(pdf: Uint8Array): string {
  const file = join(tempDir("pdftotext"), "letter.pdf");
  writeFileSync(file, pdf);
  return execFileSync("pdftotext", ["-layout", file, "-"], { encoding: "utf8" });
}

/** The page's text as pdf.js reads it, runs joined. */
async function readText(pdf: Uint8Array): Promise<string> {
  return (await extractPdf(pdf)).items.map((i) => i.str).join("");
}

// A run in bold or italic drawn in a font with no such face (a script's fallback font) was
// painted regular: the subject line and a body's **強調** lost their emphasis in silence.
describe("a run whose font lacks the weight or slant asked for", () => {
  it("is stroked to bold (render mode 2, a line width by its size) and reads the same", async () => {
    const r = await render(oneFaceJapaneseLetter("本件は**重要**です。"));
    const items = textItems(r);
    const bold = items.filter((it) => it.embolden !== undefined);
    expect(bold.map((it) => it.text).join("")).toBe("契約更新のお知らせ重要");
    for (const it of bold) expect(it.embolden).toBeCloseTo(emboldenWidth(it.size), 9);
    expect(items.filter((it) => it.slant !== undefined)).toEqual([]);
    const painted = textObjects(r.pdf as Uint8Array);
    const stroked = painted.filter((t) => t.includes("\n2 Tr\n"));
    expect(stroked).toHaveLength(bold.length);
    // 11.5 pt, the personal pack's size: about a 25th of it.
    for (const t of stroked) expect(t).toMatch(/^1 0 0 -1 0 792 cm\n0\.468075 w\n1 j\nBT\n/);
    // The text layer is the plain letter's: the stroke is paint, not text.
    const plain = await render(oneFaceJapaneseLetter("本件は重要です。"));
    expect(await readText(r.pdf as Uint8Array)).toBe(await readText(plain.pdf as Uint8Array));
    if (poppler)
      expect(popplerText(r.pdf as Uint8Array)).toBe(popplerText(plain.pdf as Uint8Array));
    expect(r.txt).toBe(plain.txt);
  });

  it("is sheared to italic in its text matrix, and a face the family has is used as it is", async () => {
    // The bundled Chinese pack's font has a bold face and no italic one.
    const r = await render(japaneseLetter("本件は**重要**で*至急*です。", "ja-emphasis"));
    const items = textItems(r);
    expect(items.filter((it) => it.embolden !== undefined)).toEqual([]);
    const slanted = items.filter((it) => it.slant !== undefined);
    expect(slanted.map((it) => [it.text, it.slant])).toEqual([["至急", 0.25]]);
    const bold = items.find((it) => it.text === "重要");
    expect(bold?.font).toMatch(/NotoSerifSC_700Bold\.ttf$/);
    const painted = textObjects(r.pdf as Uint8Array);
    expect(painted.filter((t) => t.includes(" Tr\n"))).toEqual([]);
    const sheared = painted.filter((t) => /\n1 0 0\.25 1 [\d.]+ [\d.]+ Tm\n/.test(t));
    expect(sheared).toHaveLength(1);
    expect(sheared[0]).toContain(`Tm\n/F`);
    const plain = await render(japaneseLetter("本件は**重要**で至急です。", "ja-emphasis"));
    expect(await readText(r.pdf as Uint8Array)).toBe(await readText(plain.pdf as Uint8Array));
    if (poppler)
      expect(popplerText(r.pdf as Uint8Array)).toBe(popplerText(plain.pdf as Uint8Array));
    expect(r.txt).toBe(plain.txt);
  });

  it("is stroked in its own colour, black and coloured runs one after another", async () => {
    const red = 'styles:\n  subject: { color: "#aa0000" }\n';
    const r = await render(oneFaceJapaneseLetter("本件は**重要**です。", red));
    const strokedIn = strokeColours(r.pdf as Uint8Array).flat();
    // The subject's four lines of text in red, then the body's 重要 in black.
    expect(new Set(strokedIn)).toEqual(new Set(["0.6666666666666666 0 0", "0 0 0"]));
  });

  // A new page starts with a black stroke: the adapter must set the colour again there.
  it("is stroked in its own colour on every page", async () => {
    const red = 'styles:\n  body: { color: "#aa0000" }\n';
    const body = Array.from({ length: 40 }, () => "本件は**重要**です。").join("\\n\\n");
    const r = await render(oneFaceJapaneseLetter(body, red));
    const pages = strokeColours(r.pdf as Uint8Array).filter((p) => p.length > 0);
    expect(pages.length).toBeGreaterThan(1);
    for (const p of pages) expect(p).toContain("0.6666666666666666 0 0");
  });
});

/**
 * The stroke colour of each stroked text object, by the object (a page's content) it is in;
 * expects each to be stroked in the fill colour set before it in that content.
 */
function strokeColours(pdf: Uint8Array): string[][] {
  const out: string[][] = [];
  let fill = "";
  let stroke = "";
  for (const line of pdfDump(pdf)
    .split("\n")
    .map((l) => l.trim())) {
    if (/^\d+ \d+ obj\b/.test(line)) {
      out.push([]);
      fill = "";
      stroke = "";
    }
    if (line.endsWith(" scn")) fill = line.slice(0, -4);
    if (line.endsWith(" SCN")) stroke = line.slice(0, -4);
    if (line === "2 Tr") {
      expect(stroke).toBe(fill);
      out.at(-1)?.push(stroke);
    }
  }
  return out;
}

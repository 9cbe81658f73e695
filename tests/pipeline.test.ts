import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { emitStage } from "../src/cli/emit.js";
import type { MissiveError } from "../src/errors.js";
import type { Rendered } from "../src/pipeline.js";
import { expectGolden } from "./helpers/golden.js";
import {
  expectCellsApart,
  expectFontsEmbedded,
  expectInsideMargins,
  expectNamesInOrder,
  expectRowsWhole,
} from "./helpers/pdf-checks.js";
import { pdfDump } from "./helpers/pdf-dump.js";
import { extractPdf, type PdfContent, pageWords } from "./helpers/pdf-text.js";
import { ROOT, render, SEED } from "./helpers/render.js";

// The original letter as published (a copy of shared/seed), the reference for words and names.
const seedText = readFileSync(`${ROOT}/tests/fixtures/seed/senate-itu-2020.txt`, "utf8");
const SIGNERS = (() => {
  const lines = seedText.split("\n");
  const tail = lines
    .slice(lines.indexOf("Sincerely,") + 1)
    .map((l) => l.trim())
    .filter((l) => l !== "");
  return Array.from({ length: tail.length / 2 }, (_, i) => ({
    name: tail[2 * i] as string,
    title: tail[2 * i + 1] as string,
  }));
})();
const PARAGRAPHS = (() => {
  const lines = seedText.split("\n");
  const body = lines
    .slice(lines.indexOf("Dear Secretary Pompeo,") + 1, lines.indexOf("Sincerely,"))
    .filter((l) => l.trim() !== "");
  const out: string[] = [];
  for (const l of body) {
    if (out.length && /^[a-z]/.test(l)) out[out.length - 1] += ` ${l}`;
    else out.push(l);
  }
  return out;
})();

/** The seed as published has straight quotes; the letter curls them. */
const straightQuotes = (s: string) => s.replace(/[‘’]/g, "'").replace(/[“”]/g, '"');

describe("the seed letter (senate-itu-2020)", () => {
  let r: Rendered;
  let pdf: PdfContent;
  beforeAll(async () => {
    r = await render(SEED);
    pdf = await extractPdf(r.pdf as Uint8Array);
  });

  it("has the seed's 17 signers and 7 paragraphs (test data sanity)", () => {
    expect(SIGNERS).toHaveLength(17);
    expect(PARAGRAPHS).toHaveLength(7);
  });

  it("matches the goldens of every stage: markup, model, layout and text", () => {
    expectGolden("senate-itu-2020/letter.txt", r.txt as string);
    expectGolden("senate-itu-2020/markup.xml", emitStage(r, "markup", ROOT));
    expectGolden("senate-itu-2020/model.json", emitStage(r, "model", ROOT));
    expectGolden("senate-itu-2020/layout.json", emitStage(r, "layout", ROOT));
    // The PDF, readable (objects, content decompressed), so a diff shows what changed; then
    // its bytes: catches a pdfkit change under the adapter's use of its internals.
    expectGolden("senate-itu-2020/pdf.txt", pdfDump(r.pdf as Uint8Array));
    expectGolden(
      "senate-itu-2020/pdf.sha256",
      `${createHash("sha256")
        .update(r.pdf as Uint8Array)
        .digest("hex")}\n`,
    );
  });

  it("keeps every paragraph's words, in order, in the text output", () => {
    const words = straightQuotes(r.txt as string)
      .split(/\s+/)
      .join(" ");
    for (const p of PARAGRAPHS) expect(words).toContain(p.split(/\s+/).join(" "));
  });

  it("writes a plain text without trailing spaces, wrapped at 72 columns", () => {
    for (const line of (r.txt as string).split("\n")) {
      expect(line).not.toMatch(/\s$/);
      expect([...line].length).toBeLessThanOrEqual(72);
    }
  });

  it("prints the words of every paragraph in order in the PDF", () => {
    // Only body-size text (the continuation header is smaller); hyphenated line ends are
    // joined back before comparing (pdf.js reads the added hyphen as drawn, poppler as the
    // soft hyphen its ActualText says).
    const body = { ...pdf, items: pdf.items.filter((i) => Math.abs(i.height - 11) < 0.01) };
    const text = straightQuotes(pageWords(body).join(" ")).replace(
      /(\p{L}) ?[-\u00AD] (\p{Ll})/gu,
      "$1$2",
    );
    let from = 0;
    for (const p of PARAGRAPHS) {
      const words = p.split(/\s+/).join(" ");
      const at = text.indexOf(words, from);
      expect(at, `paragraph "${p.slice(0, 40)}…" in order`).toBeGreaterThanOrEqual(from);
      from = at + words.length;
    }
  });

  it("curls the seed's straight quotes and apostrophes, in the PDF and in the text", () => {
    const text = pageWords(pdf).join(" ");
    for (const t of [text, r.txt as string]) {
      expect(t).toMatch(/People’s\s+Republic/);
      expect(t).toMatch(/“artificial\s+intelligence\s+race”/);
      expect(t).not.toMatch(/['"]/);
    }
  });

  it("prints the 17 names once each, in the data's order, with whole rows", () => {
    expectNamesInOrder(
      pdf,
      SIGNERS.map((s) => s.name),
    );
    expectRowsWhole(pdf, SIGNERS, 2);
  });

  it("draws nothing outside the 1-inch margins and no cells overlap", () => {
    expectInsideMargins(pdf, 72);
    for (const page of (r.laidOut as NonNullable<Rendered["laidOut"]>).pages) {
      for (const it of page.items) {
        const hang = it.kind === "text" ? (it.hang ?? 0) : 0;
        expect(it.x + it.width - hang, "laid out within the measure").toBeLessThanOrEqual(540.001);
        // Only punctuation hangs, and only part of it.
        if (hang > 0 && it.kind === "text") {
          expect(it.text).toMatch(/[.,;:!?\u00AD\-\u2010-\u2014\u2019\u201D'")\u00BB]$/u);
          expect(hang).toBeLessThan(it.size * 0.4);
        }
      }
    }
    expectCellsApart(r.laidOut as NonNullable<Rendered["laidOut"]>);
  });

  it("embeds subset fonts only", () => {
    expectFontsEmbedded(r.pdf as Uint8Array);
  });

  it("puts the letterhead on page 1 only and a continuation header with the page number on pages 2+", () => {
    const heads = pdf.items.filter((i) => i.str === "United States Senate");
    expect(heads.map((h) => h.page)).toEqual([1]);
    expect(pdf.items.find((i) => i.page === 1 && /^Page/.test(i.str))).toBeUndefined();
    for (let p = 2; p <= pdf.pages.length; p++) {
      const top = pdf.items
        .filter((i) => i.page === p)
        .sort((a, b) => a.y - b.y)
        .slice(0, 1)
        .map((i) => i.str);
      expect(top).toEqual([`The Honorable Michael R. Pompeo — March 11, 2020 — Page ${p}`]);
    }
  });

  it("fits three pages, as LaTeX and Typst set it, with few hyphens and none in a name", () => {
    const doc = r.laidOut as NonNullable<Rendered["laidOut"]>;
    expect(doc.pages).toHaveLength(3);
    // The body's lines in order, each as its last piece of text.
    const ends: string[] = [];
    for (const page of doc.pages) {
      const byLine = new Map<string, string>();
      for (const it of page.items)
        if (it.kind === "text" && it.block?.startsWith("p#"))
          byLine.set(`${it.block}@${it.y}`, it.text);
      ends.push(...byLine.values());
    }
    const hyphenated = ends.map((e) => /[\u00AD-]$/.test(e));
    expect(hyphenated.filter(Boolean).length).toBeLessThanOrEqual(4);
    expect(hyphenated.join(",")).not.toContain("true,true,true");
    const broken = ends.filter((e) => e.endsWith("\u00AD")).map((e) => e.split(" ").pop() ?? "");
    for (const word of broken) expect(word, "a capitalised word hyphenated").toMatch(/^\P{Lu}*$/u);
  });

  it("takes the body's last two lines along with 'Sincerely,'", () => {
    const doc = r.laidOut as NonNullable<Rendered["laidOut"]>;
    const pageOf = (pred: (t: string, block: string) => boolean) =>
      doc.pages.flatMap((p, i) =>
        p.items.some((it) => it.kind === "text" && pred(it.text, it.block ?? "")) ? [i] : [],
      );
    const closing = pageOf((t) => t === "Sincerely,");
    const lastParagraph = pageOf((t, b) => b.startsWith("p#") && t.endsWith("facial recognition."));
    expect(closing).toHaveLength(1);
    expect(lastParagraph).toEqual(closing);
  });

  it("keeps 'Sincerely,' on the page of the first signature row", () => {
    const closing = pdf.items.find((i) => i.str === "Sincerely,");
    const first = pdf.items.find((i) => i.str === SIGNERS[0]?.name);
    expect(closing?.page).toBe(first?.page);
  });

  it("leaves no widow or orphan: at least two lines of a paragraph on each side of a break", () => {
    const doc = r.laidOut as NonNullable<Rendered["laidOut"]>;
    const lines = new Map<string, Map<number, Set<number>>>();
    doc.pages.forEach((page, p) => {
      for (const it of page.items) {
        if (it.kind !== "text" || !it.block?.startsWith("p#")) continue;
        const perPage = lines.get(it.block) ?? new Map<number, Set<number>>();
        perPage.set(p, (perPage.get(p) ?? new Set()).add(Math.round(it.y)));
        lines.set(it.block, perPage);
      }
    });
    expect(lines.size).toBe(7);
    for (const [block, perPage] of lines) {
      if (perPage.size < 2) continue;
      for (const ys of perPage.values())
        expect(ys.size, `${block} split with a lone line`).toBeGreaterThanOrEqual(2);
    }
  });

  it("justifies body lines to the full measure except each paragraph's last line", () => {
    const doc = r.laidOut as NonNullable<Rendered["laidOut"]>;
    const rightEdges = new Map<string, number[]>();
    for (const page of doc.pages) {
      const byLine = new Map<string, number>();
      for (const it of page.items) {
        if (it.kind !== "text" || !it.block?.startsWith("p#")) continue;
        const key = `${it.block}@${Math.round(it.y)}`;
        // Punctuation that hangs into the margin is not part of the measure.
        byLine.set(key, Math.max(byLine.get(key) ?? 0, it.x + it.width - (it.hang ?? 0)));
      }
      for (const [key, right] of byLine) {
        const block = key.split("@")[0] as string;
        rightEdges.set(block, [...(rightEdges.get(block) ?? []), right]);
      }
    }
    for (const [block, edges] of rightEdges) {
      for (const e of edges.slice(0, -1)) expect(e, block).toBeCloseTo(612 - 72, 1);
    }
  });

  it("records title, author (the signers), subject and language in the PDF", () => {
    expect(pdf.info.Title).toBe(
      "Letter on China and international standards for surveillance technology",
    );
    expect(pdf.info.Author).toBe(SIGNERS.map((s) => s.name).join(", "));
    expect(String(pdf.info.Subject)).toContain("Pompeo");
    expect(Buffer.from(r.pdf as Uint8Array).toString("latin1")).toContain("/Lang (en-US)");
  });

  it("is byte-identical when rendered twice with the same creation date", async () => {
    const again = await render(SEED);
    expect(Buffer.from(again.pdf as Uint8Array).equals(Buffer.from(r.pdf as Uint8Array))).toBe(
      true,
    );
    expect(again.txt).toBe(r.txt);
  });
});

async function renderFailure(file: string, edit: (text: string) => string): Promise<MissiveError> {
  const text = edit(readFileSync(join(ROOT, "data", file), "utf8"));
  try {
    await render({ file: `data/${file}`, text });
  } catch (e) {
    return e as MissiveError;
  }
  throw new Error("expected the render to fail");
}

describe("missing assets", () => {
  it("names the data field of a missing logo", async () => {
    const e = await renderFailure("business-northwind-2024.yaml", (t) =>
      t.replace("  logo: logos/northwind.png", "  logo: img/nope.png"),
    );
    expect(e.kind).toBe("asset");
    expect(e.problems[0]?.message).toMatch(/^image not found: .*img\/nope\.png$/);
    expect(e.problems[0]?.location).toMatchObject({ line: 12, col: 9, path: "sender.logo" });
  });

  it("names the data field of a missing signature image", async () => {
    const e = await renderFailure("senate-itu-2020.yaml", (t) =>
      t.replace("  - name: Tom Cotton\n", "  - name: Tom Cotton\n    image: sig/cotton.png\n"),
    );
    expect(e.kind).toBe("asset");
    expect(e.problems[0]?.location?.path).toBe("signers.3.image");
  });
});

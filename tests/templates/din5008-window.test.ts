import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/load/read-text.js";
import { extractPdf, type PdfText } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

const MM = 72 / 25.4;
const EXAMPLE = join(ROOT, "data", "din5008-angebot-2024.yaml");

/**
 * The window of a DL or C6/5 envelope (DIN 680): 90 × 45 mm, 20 mm from the left edge and
 * 45 mm (form B) or 27 mm (form A) from the top of the folded A4 sheet.
 */
function windowFor(form: "A" | "B") {
  const top = (form === "A" ? 27 : 45) * MM;
  return { left: 20 * MM, right: 110 * MM, top, bottom: top + 45 * MM };
}

function inside(t: PdfText, w: ReturnType<typeof windowFor>): boolean {
  return t.x >= w.left && t.x + t.width <= w.right && t.top >= w.top && t.y <= w.bottom;
}

async function firstPage(form: "A" | "B", extra = "") {
  const src = readText(EXAMPLE);
  const text = src.text.replace("form: B", `form: ${form}${extra}`);
  const r = await render({ file: src.file, text });
  const pdf = await extractPdf(r.pdf as Uint8Array);
  return pdf.items.filter((i) => i.page === 1);
}

describe.each(["A", "B"] as const)("din5008 form %s", (form) => {
  it("puts every recipient line and the return address inside the envelope window", async () => {
    const items = await firstPage(form);
    const w = windowFor(form);
    const lines = [
      "Frau",
      "Dr. Anna Schäfer",
      "Wohnungsbaugesellschaft Rheinblick eG",
      "Uferstraße 7",
      "53111 Bonn",
    ];
    for (const line of lines) {
      const hit = items.find((i) => i.str === line);
      expect(hit, line).toBeDefined();
      expect(inside(hit as PdfText, w), `${line} at ${hit?.x},${hit?.top}`).toBe(true);
    }
    const back = items.find((i) => i.str.startsWith("Muster Haustechnik GmbH ·"));
    expect(back && inside(back, w)).toBe(true);
    // The return address sits in the top 5 mm of the field, above the recipient.
    expect((back as PdfText).y).toBeLessThanOrEqual(w.top + 5 * MM);
  });

  it("keeps the information block out of the window, at 125 mm from the left", async () => {
    const items = await firstPage(form);
    const label = items.find((i) => i.str === "Ihr Zeichen") as PdfText;
    expect(label.x).toBeCloseTo(125 * MM, 0);
    expect(label.top).toBeGreaterThanOrEqual((form === "A" ? 32 : 50) * MM - 1);
  });
});

describe.each(["A", "B"] as const)("din5008 form %s with a reference line", (form) => {
  it("sets the four labelled columns under the address field, which stays in the window", async () => {
    const items = await firstPage(form, "\ninfoStyle: line");
    const top = (form === "A" ? 79.4 : 97.4) * MM;
    const columns = [
      ["Ihr Zeichen, Ihre Nachricht vom", 25],
      ["Unser Zeichen, unsere Nachricht vom", 75.8],
      ["Telefon, Name", 126.6],
      ["Datum", 177.4],
    ] as const;
    for (const [label, x] of columns) {
      const hit = items.find((i) => i.str === label) as PdfText;
      expect(hit.x, label).toBeCloseTo(x * MM, 0);
      expect(hit.top, label).toBeGreaterThanOrEqual(top - 1);
      expect(hit.top, label).toBeLessThan(top + 4 * MM);
    }
    expect(items.some((i) => i.str === "Ihr Zeichen")).toBe(false);
    const bonn = items.find((i) => i.str === "53111 Bonn") as PdfText;
    expect(inside(bonn, windowFor(form))).toBe(true);
  });
});

describe("din5008 example", () => {
  it("formats dates for de-DE and numbers pages as Seite n von N", async () => {
    const r = await render(EXAMPLE, ["txt", "pdf"]);
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const strings = pdf.items.map((i) => i.str);
    expect(strings).toContain("11.03.2024");
    expect(strings).toContain("28.02.2024");
    expect(strings.filter((s) => /^Seite \d von 2$/.test(s))).toEqual([
      "Seite 1 von 2",
      "Seite 2 von 2",
    ]);
  });
});

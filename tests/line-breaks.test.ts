import { beforeAll, describe, expect, it } from "vitest";
import type { Rendered } from "../src/pipeline.js";
import { extractPdf, type PdfContent } from "./helpers/pdf-text.js";
import { ROOT, render } from "./helpers/render.js";

// Text that used to be lost on the way to paper: line breaks in data and in <field>, and the
// second paragraph of a list item (issue 18).
const letter = {
  file: `${ROOT}/data/inline-breaks.yaml`,
  text: `template: din5008
sender:
  name: Muster GmbH
  address: [Lindenallee 12, 50667 Köln]
recipient:
  - "The Honorable Jeff Sessions\\nRanking Minority Member"
  - Washington, DC 20510
info:
  yourRef: "AS/2024-117\\nbitte angeben"
date: 2024-03-11
subject: "Angebot\\nzweite Zeile\\ndritte Zeile"
salutation: "Sehr geehrte Damen,\\nsehr geehrte Herren,"
body: |
  1. Erster Punkt (21 CFR 211.22).

     Zweiter Absatz des Punktes.
     - tiefer
  2. Weiter.
closing: Mit freundlichen Grüßen
signer:
  name: Jonas Weber
  titles: ["Geschäftsführer\\nVertrieb"]
`,
};

/** The PDF's runs as lines: runs on one baseline joined, top to bottom. */
function pdfLines(pdf: PdfContent): { y: number; x: number; text: string }[] {
  const rows = new Map<number, PdfContent["items"]>();
  for (const it of pdf.items) {
    const y = Math.round(it.y);
    rows.set(y, [...(rows.get(y) ?? []), it]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([y, items]) => ({
      y,
      x: Math.min(...items.map((i) => i.x)),
      text: items
        .sort((a, b) => a.x - b.x)
        .map((i) => i.str)
        .join(" "),
    }));
}

describe("line breaks and paragraphs that must survive", () => {
  let r: Rendered;
  let lines: { y: number; x: number; text: string }[];
  beforeAll(async () => {
    r = await render(letter);
    lines = pdfLines(await extractPdf(r.pdf as Uint8Array));
  });
  const find = (text: string) => {
    const hit = lines.find((l) => l.text.includes(text));
    expect(hit, `"${text}" in the PDF`).toBeDefined();
    return hit as { y: number; x: number; text: string };
  };

  it("sets each line of a multi-line field on its own line in the PDF", () => {
    for (const [a, b] of [
      ["Angebot", "zweite Zeile"],
      ["zweite Zeile", "dritte Zeile"],
      ["Sehr geehrte Damen,", "sehr geehrte Herren,"],
      ["The Honorable Jeff Sessions", "Ranking Minority Member"],
      ["AS/2024-117", "bitte angeben"],
      ["Geschäftsführer", "Vertrieb"],
    ] as const) {
      expect(find(b).y, `${b} below ${a}`).toBeGreaterThan(find(a).y);
      expect(find(a).text).not.toContain(b);
    }
  });

  it("keeps an item's second paragraph apart, at the item's indent", () => {
    const first = find("Erster Punkt");
    const second = find("Zweiter Absatz des Punktes.");
    expect(second.text).toBe("Zweiter Absatz des Punktes.");
    expect(second.y).toBeGreaterThan(first.y);
    expect(find("tiefer").x).toBeGreaterThan(second.x);
  });

  it("keeps the same lines and paragraphs in the text output", () => {
    const txt = r.txt as string;
    expect(txt).toContain("Angebot\nzweite Zeile\ndritte Zeile");
    expect(txt).toContain("Sehr geehrte Damen,\nsehr geehrte Herren,");
    expect(txt).toContain("The Honorable Jeff Sessions\nRanking Minority Member");
    expect(txt).toMatch(/AS\/2024-117\n +bitte angeben/);
    expect(txt).toContain(
      // The paragraph that introduces the nested list stays with it, as in the PDF.
      // (21 CFR 211.22). keeps its label with its number: letters41's identifier before ").".
      "1. Erster Punkt (21 CFR\u00a0211.22).\n\n   Zweiter Absatz des Punktes.\n   • tiefer\n\n2. Weiter.",
    );
  });
});

// text32: an American date broke between its day and its year ("dated July 15,⏎2025"), in the
// PDF and in the text output; the year is now part of the date's soft tie (date-spaces.ts).
describe("a date written month first", () => {
  const words =
    "This firm represents Bluebonnet Medical Properties in connection with the roof system that Lone Star installed at the plaza".split(
      " ",
    );
  /** A letter whose paragraph reaches "July 15, 2025" after `n` words. */
  const dated = (n: number) => ({
    file: `${ROOT}/data/dated.yaml`,
    text: `template: business
sender:
  company: Hargrove LLP
  address: [2200 Ross Avenue, "Dallas, TX 75201"]
date: 2024-08-19
recipient: [Mr. Gerald Whitaker, 14500 North Central Expressway, "Richardson, TX 75080"]
salutation: "Dear Mr. Whitaker:"
body: |
  ${[...words, ...words, ...words].slice(0, n).join(" ")} under the Subcontract dated July 15, 2025 and the notice that followed it. ${"Filler text of the paragraph goes on here for a while. ".repeat(3)}
closing: "Sincerely,"
signer: {name: Mai Pham}
`,
  });

  // 34 words put the year at a PDF line's start without the tie, 35 at the text's.
  it.each([34, 35])("never ends a line at the day's comma (%i words before it)", async (n) => {
    const r = await render(dated(n));
    const pdf = pdfLines(await extractPdf(r.pdf as Uint8Array));
    expect(pdf.find((l) => l.text.includes("July"))?.text).toMatch(/July 15, 2025/);
    expect(r.txt as string).not.toMatch(/15,\n/);
    expect(r.txt as string).toMatch(/July\u00a015,\u00a02025/);
  });
});

// ties34: a range across two months broke between its dates ("15 July –⏎3 August 2025"); it is
// now one date's soft tie, kept whole in the text output and, where the line allows, the PDF.
describe("a range of dates across two months", () => {
  const words =
    "This firm represents Bluebonnet Medical Properties in connection with the roof system".split(
      " ",
    );
  /** A British letter whose paragraph reaches the range after `n` words. */
  const ranged = (n: number) => ({
    file: `${ROOT}/data/ranged.yaml`,
    text: `template: business
lang: en-GB
sender:
  company: Hargrove LLP
  address: [2200 Ross Avenue, "Dallas, TX 75201"]
date: 2024-08-19
recipient: [Mr. Gerald Whitaker, 14500 North Central Expressway, "Richardson, TX 75080"]
salutation: "Dear Mr Whitaker,"
body: |
  ${words.slice(0, n).join(" ")} during the works from 15 July – 3 August 2025 and the notice that followed it. ${"Filler text of the paragraph goes on here for a while. ".repeat(3)}
closing: "Yours sincerely,"
signer: {name: Mai Pham}
`,
  });

  // 4 to 6 words put the line's end inside the range without its tie.
  it.each([4, 5, 6])("never ends a line inside the range (%i words before it)", async (n) => {
    const r = await render(ranged(n));
    const pdf = pdfLines(await extractPdf(r.pdf as Uint8Array));
    expect(pdf.find((l) => l.text.includes("July"))?.text).toMatch(/15 July – 3 August 2025/);
    expect(r.txt as string).toMatch(/15\u00a0July\u00a0–\u00a03\u00a0August\u00a02025/);
  });
});

// audit34: U+2028 broke a line while U+2029 (typed in the data) was drawn as nothing in the PDF
// ("Apt 3Rear") and written raw into the text output. Both are mandatory breaks (UAX #14):
// each now starts a new line, in the PDF and in the text alike.
describe("a line or paragraph separator typed in the data", () => {
  const letter = {
    file: `${ROOT}/data/separators.yaml`,
    text: `template: business
sender:
  company: Hargrove LLP
  address: ["2200 Ross Avenue\\u2029Suite 3", "Dallas, TX 75201"]
date: 2024-08-19
recipient: ["Mr. Gerald Whitaker\\u2028Director\\u2029Facilities", "Richardson, TX 75080"]
subject: "Roof system\\u2029second line"
salutation: "Dear Mr. Whitaker:"
body: "First part\\u2029second part of one paragraph."
closing: Sincerely,
signer:
  name: Dana Hargrove
  titles: ["Partner\\u2029Litigation"]
`,
  };
  let r: Rendered;
  let lines: { y: number; x: number; text: string }[];
  beforeAll(async () => {
    r = await render(letter);
    lines = pdfLines(await extractPdf(r.pdf as Uint8Array));
  });
  const pairs = [
    ["2200 Ross Avenue", "Suite 3"],
    ["Mr. Gerald Whitaker", "Director"],
    ["Director", "Facilities"],
    ["Roof system", "second line"],
    ["First part", "second part of one paragraph."],
    ["Partner", "Litigation"],
  ] as const;

  it("starts a new line in the PDF at either", () => {
    for (const [a, b] of pairs) {
      const above = lines.find((l) => l.text.includes(a));
      const below = lines.find((l) => l.text.includes(b));
      expect(above?.text, a).not.toContain(b);
      expect(below?.y, `${b} below ${a}`).toBeGreaterThan(above?.y ?? Infinity);
    }
  });

  it("starts a new line in the text output at either, and writes neither", () => {
    const txt = r.txt as string;
    expect(txt).not.toMatch(/[\u2028\u2029]/);
    // Ties set no-break spaces ("2200 Ross"): compared as spaces.
    const rows = txt.split("\n").map((l) => l.replace(/\u00a0/g, " ").trim());
    for (const [a, b] of pairs) expect(rows[rows.indexOf(a) + 1], `${b} after ${a}`).toBe(b);
  });
});

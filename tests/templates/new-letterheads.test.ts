import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractPdf, type PdfText } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";

// Two letterheads made from docs/templates.md alone, as a new user would, each a folder next
// to its letter (tests/fixtures/letterheads/): a clinic's referral with its clinicians down
// page 1, and a council's letter with a reference box and a bar across the foot of each page.
const MM = 72 / 25.4;
const fixture = (name: string) =>
  join(ROOT, "tests", "fixtures", "letterheads", name, "letter.yaml");

async function pages(name: string): Promise<PdfText[][]> {
  const r = await render(fixture(name), ["pdf"]);
  const { items } = await extractPdf(r.pdf as Uint8Array);
  const count = Math.max(...items.map((t) => t.page));
  return Array.from({ length: count }, (_, n) => items.filter((t) => t.page === n + 1));
}

const find = (items: PdfText[] | undefined, start: string) =>
  items?.find((t) => t.str.startsWith(start));

describe("a clinic's referral letterhead: clinicians beside page 1 only", () => {
  it("sets page 1's text beside the sidebar, and page 2's at the page's margin", async () => {
    const [one, two] = await pages("clinic");
    expect(two).toBeDefined();
    // The sidebar at 15 mm; page 1's text from 65 mm (the pack's sidebar.column).
    expect(find(one, "Dr Amara Osei")?.x).toBeCloseTo(15 * MM, 0);
    expect(find(one, "Thank you")?.x).toBeCloseTo(65 * MM, 0);
    const sidebarRight = Math.max(
      ...(one ?? []).filter((t) => t.x < 60 * MM && t.top > 50 * MM).map((t) => t.x + t.width),
    );
    expect(sidebarRight).toBeLessThan(65 * MM);
    // Page 2 has no sidebar: its text starts at the 20 mm margin and runs to the right one.
    const body = (two ?? []).filter((t) => t.top > 22 * MM);
    expect(Math.min(...body.map((t) => t.x))).toBeCloseTo(20 * MM, 0);
    expect(Math.max(...body.map((t) => t.x + t.width))).toBeGreaterThan(170 * MM);
    expect(find(two, "Dr Tomasz")).toBeUndefined();
  });

  it("shades the results table's header, asked for with {header=shaded}", async () => {
    const [one] = await pages("clinic");
    // Half a column gap (5pt) inside the fill, which starts at the column's edge.
    expect(find(one, "Test")?.x).toBeCloseTo(65 * MM + 5, 0);
  });
});

describe("a council's letterhead: a reference box and a bar across the foot", () => {
  it("prints the offices on the bar on every page, below the letter's text", async () => {
    const all = await pages("council");
    expect(all.length).toBe(2);
    for (const page of all) {
      const label = find(page, "Civic Centre");
      expect(label?.x).toBeCloseTo(25 * MM, 0);
      expect(label?.top).toBeGreaterThan(267 * MM);
      const above = page.filter((t) => t.top < 267 * MM);
      expect(Math.max(...above.map((t) => t.y))).toBeLessThan(267 * MM - 5);
    }
  });

  it("puts the references in the box at the top right, the address below it", async () => {
    const [one] = await pages("council");
    const ref = find(one, "HT/TRO/2025/117");
    expect(ref?.x).toBeGreaterThan(118 * MM);
    expect(ref?.top).toBeGreaterThan(40 * MM);
    expect(find(one, "Ms Lorraine Dutton")?.top).toBeGreaterThan(74 * MM);
  });
});

// column39: the clinic's letterhead with page 1's column set in its template.yaml
// (page.firstMargin) rather than on <letter> in letter.hbs, its results table running on
// from page 1 to page 2.
describe("a letterhead whose pack sets page 1's column (page.firstMargin)", () => {
  const starts = (items: PdfText[] | undefined, word: string) =>
    (items ?? []).filter((t) => t.str.startsWith(word));

  it("sets page 1 beside the sidebar with no first-margin-left in the letter", async () => {
    const [one, two] = await pages("partners");
    expect(find(one, "Dr Amara Osei")?.x).toBeCloseTo(15 * MM, 0);
    expect(find(one, "Thank you")?.x).toBeCloseTo(65 * MM, 0);
    expect(find(two, "Plan.")?.x).toBeCloseTo(20 * MM, 0);
  });

  it("re-measures the table's rows that run on to page 2 in the page's full width", async () => {
    const [one, two] = await pages("partners");
    // Half a column gap (5pt) inside the shaded header's fill, at each page's column.
    const [first, second] = [starts(one, "Reading"), starts(two, "Reading")];
    expect(first.length).toBeGreaterThan(0);
    expect(second.length).toBeGreaterThan(0);
    for (const t of first) expect(t.x).toBeCloseTo(65 * MM + 5, 0);
    for (const t of second) expect(t.x).toBeCloseTo(20 * MM + 5, 0);
    expect(find(two, "Test")?.x).toBeCloseTo(20 * MM + 5, 0);
    // Each reading wraps to two lines in page 1's column and fits on one across page 2.
    const step = (rows: PdfText[]) => (rows[1]?.top ?? 0) - (rows[0]?.top ?? 0);
    expect(step(first)).toBeGreaterThan(step(second) + 8);
    expect(first.length + second.length).toBe(26);
  });

  // tables41: page 2 set the table at its natural width, 38 mm short of the text's right
  // margin, while page 1 narrowed it to fill its column: two tables, columns moved.
  it("keeps the table across page 2's full column, its columns in page 1's proportions", async () => {
    const [one, two] = await pages("partners");
    // The header's text, 5pt inside the fill: the table's left and right edges and where its
    // last two columns end (both aligned right), on each page.
    const edges = (items: PdfText[] | undefined) => {
      const right = (word: string) => {
        const t = find(items, word);
        return (t?.x ?? 0) + (t?.width ?? 0);
      };
      return { left: find(items, "Test")?.x ?? 0, result: right("Result"), range: right("Range") };
    };
    const [a, b] = [edges(one), edges(two)];
    expect(a.left).toBeCloseTo(65 * MM + 5, 0);
    expect(b.left).toBeCloseTo(20 * MM + 5, 0);
    // Both reach the right margin (190 mm), 5pt inside the fill.
    expect(a.range).toBeCloseTo(190 * MM - 5, 0);
    expect(b.range).toBeCloseTo(190 * MM - 5, 0);
    // The last column's share of the columns' room (the table's width less two 10pt gaps).
    const share = (e: typeof a) => (e.range - e.result - 10) / (e.range - e.left - 20);
    expect(share(b)).toBeCloseTo(share(a), 3);
  });
});

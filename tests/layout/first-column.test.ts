import { beforeAll, describe, expect, it } from "vitest";
import type { LaidOutPage } from "../../src/layout/laid-out-doc.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { caught } from "../helpers/errors.js";
import { laidOutOn } from "../helpers/laid-out.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

// business: US Letter, 1in margins left and right.
const pack = loadPack(findPack("business", { cwd: ROOT }), ROOT, res);
const IN = 72;

const laidOut = laidOutOn(pack);

const para = (n: number) =>
  `<p>Paragraph ${n}. ${"The quick brown fox jumps over the lazy dog and keeps running through the meadow. ".repeat(5)}</p>`;
const sidebar =
  '<place x="0.75in" y="2in" width="1.4in"><line>A. Partner</line><line>B. Partner</line></place>';

/** The body's text items (not the sidebar's) on a page, by the paragraph they start. */
const texts = (p: LaidOutPage | undefined) =>
  (p?.items ?? []).filter((i) => i.kind === "text" && /^p#/.test(i.block ?? ""));
const xs = (p: LaidOutPage | undefined) => new Set(texts(p).map((i) => Math.round(i.x)));
const right = (p: LaidOutPage | undefined) =>
  Math.max(...texts(p).map((i) => (i.kind === "text" ? i.x + i.width : 0)));

describe("page 1's own text column (first-margin-left)", () => {
  const paras = Array.from({ length: 9 }, (_, i) => para(i + 1)).join("");
  let r: ReturnType<typeof laidOut>;
  beforeAll(() => {
    r = laidOut(`<letter first-margin-left="2.5in">${sidebar}${paras}</letter>`);
  });

  it("sets page 1's text in its column, beside the sidebar, and the pages after at the margins", () => {
    expect(r.pages.length).toBeGreaterThan(1);
    expect([...xs(r.pages[0])]).toEqual([2.5 * IN]);
    expect(right(r.pages[0])).toBeLessThanOrEqual(612 - IN + 1);
    // Page 2: every paragraph that starts there stands at the page's margin.
    const starts = texts(r.pages[1]).filter(
      (i) => i.kind === "text" && i.text.startsWith("Paragraph"),
    );
    expect(starts.length).toBeGreaterThan(0);
    for (const s of starts) expect(s.x).toBeCloseTo(IN);
    expect(right(r.pages[1])).toBeGreaterThan(612 - IN - 3);
  });

  it("keeps every paragraph, in order, each line once", () => {
    const all = r.pages.flatMap((p) =>
      texts(p)
        .filter((i) => i.kind === "text" && i.text.startsWith("Paragraph"))
        .map(() => 1),
    );
    expect(all.length).toBe(9);
  });

  it("flows the paragraph page 1 ends in on at the page's margins, every word once", () => {
    // One paragraph longer than page 1: its lines on page 2 stand at 1in, not page 1's 2.5in.
    const long = `<p>${"The quick brown fox jumps over the lazy dog and keeps running through the meadow. ".repeat(60)}</p>`;
    const one = laidOut(`<letter first-margin-left="2.5in">${sidebar}${long}</letter>`);
    expect(one.pages.length).toBe(2);
    expect([...xs(one.pages[0])]).toEqual([2.5 * IN]);
    expect([...xs(one.pages[1])]).toEqual([IN]);
    // Wider than page 1's 4.5in column: broken anew at 6.5in.
    expect(right(one.pages[1])).toBeGreaterThan(IN + 4.5 * IN + 36);
    const words = one.pages
      .flatMap((p) => texts(p))
      .map((i) => (i.kind === "text" ? i.text : ""))
      .join(" ");
    expect(words.match(/\bfox\b/g)?.length).toBe(60);
  });

  it("sets a footnote on page 1, and its rule, in page 1's column", () => {
    const noted = `<p>First.<note>A note on page one.</note></p>`;
    const one = laidOut(`<letter first-margin-left="2.5in">${sidebar}${noted}</letter>`);
    const items = one.pages[0]?.items ?? [];
    const rule = items.find((i) => i.kind === "rule");
    const note = items.find((i) => i.kind === "text" && i.text.startsWith("A note"));
    expect(rule?.x).toBeCloseTo(2.5 * IN);
    expect(note?.x).toBeGreaterThan(2.5 * IN);
  });

  // A paragraph page 1's column ends in, with a note referred to from its lines on page 2:
  // the note stood on page 2 in page 1's column (x 2.5in), under a rule at the pages' margin.
  it("sets a footnote referred to from the paragraph's lines on page 2 in the pages' column", () => {
    const s = "The quick brown fox jumps over the lazy dog and keeps running through the meadow. ";
    const long = `<p>${s.repeat(60)}Last.<note>A note on page two.</note></p>`;
    const two = laidOut(`<letter first-margin-left="2.5in">${sidebar}${long}</letter>`);
    expect(two.pages.length).toBe(2);
    const note = two.pages[1]?.items.find((i) => i.kind === "text" && i.text.startsWith("A note"));
    expect(note?.x).toBeGreaterThanOrEqual(IN);
    expect(note?.x).toBeLessThan(2.5 * IN);
  });

  it("fills page 1 as far as a letter without the column would fill it", () => {
    // Page 1 ends at its foot, not a paragraph early: its last line is within two lines of
    // the bottom of the body's room.
    const ys = texts(r.pages[0]).map((i) => i.y);
    const plain = laidOut(`<letter>${paras}</letter>`);
    const plainYs = texts(plain.pages[0]).map((i) => i.y);
    expect(Math.max(...ys)).toBeGreaterThan(Math.max(...plainYs) - 2 * 14 - 1);
  });

  it("does not refuse a sidebar beside page 1's column", () => {
    expect(r.pages[0]?.items.some((i) => i.kind === "text" && i.text.startsWith("A."))).toBe(true);
  });

  it("without it, the sidebar in the text column is refused as over the text", async () => {
    const e = await caught(() => laidOut(`<letter>${sidebar}${paras}</letter>`));
    expect(e.kind).toBe("layout");
  });

  it("refuses a column narrower than an inch, at the letter element", async () => {
    const e = await caught(() => laidOut(`<letter first-margin-left="7in"><p>x</p></letter>`));
    expect(e.problems[0]?.message).toMatch(/^page 1: page margins leave/);
    expect(e.problems[0]?.location?.line).toBe(1);
  });
});

// column39: a table, a signature grid, a list of copies or a paragraph written the other way
// that page 1's column ends in kept page 1's width and place on page 2 (signers 5–7 stood at
// x 180pt there): what lands on page 2 is set in the pages' column.
describe("a block that runs on from page 1's column takes the pages' column on page 2", () => {
  const filler = Array.from({ length: 4 }, (_, i) => para(i + 1)).join("");
  const onPage = (r: ReturnType<typeof laidOut>, n: number, block: RegExp) =>
    (r.pages[n]?.items ?? []).filter((i) => "block" in i && block.test(i.block ?? ""));
  const left = (items: { x: number }[]) => Math.min(...items.map((i) => i.x));
  const rightEdge = (items: { x: number; width?: number }[]) =>
    Math.max(...items.map((i) => i.x + (i.width ?? 0)));

  it("re-measures a table's rows on page 2 at the pages' width", () => {
    const cell = "A long cell of text that wraps in the column it stands in, well past an inch. ";
    const rows = Array.from(
      { length: 40 },
      (_, i) => `<row><cell>Row ${i + 1}</cell><cell>${cell.repeat(2)}</cell></row>`,
    ).join("");
    const r = laidOut(
      `<letter first-margin-left="2.5in">${sidebar}${filler}<table><row header="true"><cell>N</cell><cell>Text</cell></row>${rows}</table></letter>`,
    );
    const one = onPage(r, 0, /table/);
    const two = onPage(r, 1, /table/);
    expect(one.length).toBeGreaterThan(0);
    expect(two.length).toBeGreaterThan(0);
    expect(left(one)).toBeCloseTo(2.5 * IN);
    expect(left(two)).toBeCloseTo(IN);
    // Its rules and text reach the pages' right margin, not page 1's column's width from 1in.
    const rules = (r.pages[1]?.items ?? []).filter((i) => i.kind === "rule");
    expect(Math.max(...rules.map((i) => (i.kind === "rule" ? i.x + i.width : 0)))).toBeGreaterThan(
      612 - IN - 2,
    );
    expect(rightEdge(two.filter((i) => i.kind === "text"))).toBeGreaterThan(IN + 4.5 * IN + 36);
    // Every row once, in order.
    const labels = r.pages
      .flatMap((p) => p.items)
      .filter((i) => i.kind === "text" && /^Row \d+$/.test(i.text));
    expect(labels.length).toBe(40);
  });

  it("re-spaces a signature grid's columns on page 2", () => {
    const signers = Array.from(
      { length: 12 },
      (_, i) => `<signer name="Signer ${i + 1}" title="Director of Something"/>`,
    ).join("");
    const r = laidOut(
      `<letter first-margin-left="2.5in">${sidebar}${filler}${para(5)}<signatures columns="3">${signers}</signatures></letter>`,
    );
    const xsOf = (n: number) =>
      [
        ...new Set(
          (r.pages[n]?.items ?? [])
            .filter((i) => i.kind === "text" && /^Signer \d+$/.test(i.text))
            .map((i) => Math.round(i.x)),
        ),
      ].sort((a, b) => a - b);
    expect(xsOf(0).length).toBeGreaterThan(0);
    expect(xsOf(1).length).toBe(3);
    expect(xsOf(0)[0]).toBe(2.5 * IN);
    expect(xsOf(1)[0]).toBe(IN);
    // Spread over 6.5in: the third column past page 1's, whose cells are 4.5in / 3 wide.
    expect(xsOf(1)[2]).toBeGreaterThan(IN + (2 * (6.5 * IN)) / 3 - 12);
  });

  it('sets a list of copies kept by its entries (keep="fit") at the pages\' margin on page 2', () => {
    const copies = Array.from(
      { length: 40 },
      (_, i) => `<line>Copy ${i + 1} to a recipient whose name and address run long, and on</line>`,
    ).join("");
    const r = laidOut(
      `<letter first-margin-left="2.5in">${sidebar}${filler}${para(5)}<cc>${copies}</cc></letter>`,
    );
    expect(left(onPage(r, 0, /^cc#/))).toBeCloseTo(2.5 * IN);
    expect(left(onPage(r, 1, /^cc#/))).toBeCloseTo(IN);
    const lines = r.pages
      .flatMap((p) => p.items)
      .filter((i) => i.kind === "text" && /^Copy \d+ /.test(i.text));
    expect(lines.length).toBe(40);
  });

  it("re-breaks a paragraph written the other way at the pages' width", () => {
    const he = "שלום עולם זה משפט ארוך בעברית שממשיך הלאה ועוד הלאה בשורה. ".repeat(70);
    const r = laidOut(
      `<letter first-margin-left="2.5in">${sidebar}${para(1)}<p lang="he">${he}</p></letter>`,
    );
    expect(r.pages.length).toBe(2);
    const one = onPage(r, 0, /^p#1/);
    const two = onPage(r, 1, /^p#1/);
    // Set from the right margin, in page 1's column on page 1 and across the page on page 2.
    expect(rightEdge(one)).toBeCloseTo(612 - IN, 0);
    expect(left(one)).toBeGreaterThan(2.5 * IN - 1);
    expect(rightEdge(two)).toBeCloseTo(612 - IN, 0);
    expect(left(two)).toBeLessThan(2.5 * IN - 36);
  });
});

// column39: a letterhead pack gives page 1 its column (template.yaml's page.firstMargin), so
// each letter need not; the letter's first-margin-left or -right still wins, side by side.
describe("page 1's column given by the pack (page.firstMargin)", () => {
  const packed = laidOutOn({ ...pack, page: { ...pack.page, firstMargin: { left: 2.5 * IN } } });
  const paras = Array.from({ length: 9 }, (_, i) => para(i + 1)).join("");

  it("sets page 1 in the pack's column and page 2 at the margins", () => {
    const r = packed(`<letter>${sidebar}${paras}</letter>`);
    expect([...xs(r.pages[0])]).toEqual([2.5 * IN]);
    expect([...xs(r.pages[1])]).toEqual([IN]);
  });

  it("takes the letter's first-margin-left over the pack's", () => {
    const r = packed(`<letter first-margin-left="2in">${paras}</letter>`);
    expect([...xs(r.pages[0])]).toEqual([2 * IN]);
    // The letter's right side is the pack's (none: the page's margin).
    expect(right(r.pages[0])).toBeGreaterThan(612 - IN - 3);
  });

  it("refuses, at <letter>, a pack's column the letter's paper leaves too narrow", async () => {
    const narrow = laidOutOn({ ...pack, page: { ...pack.page, firstMargin: { left: 5.2 * IN } } });
    const e = await caught(() => narrow(`<letter page="a5"><p>x</p></letter>`));
    expect(e.problems[0]?.message).toMatch(/^page 1: page margins leave/);
    expect(e.problems[0]?.hints?.[0]).toMatch(/page\.firstMargin/);
  });
});

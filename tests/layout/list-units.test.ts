import { beforeAll, describe, expect, it } from "vitest";
import type { TextItem } from "../../src/layout/laid-out-doc.js";
import { layout } from "../../src/layout/layout.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const texts = (markup: string) => {
  const doc = toModel(parseXml(markup, "m.xml"), pack, "m.xml", () => {
    throw new Error("no images");
  });
  return (layout(doc, res).pages[0]?.items ?? []).filter((i): i is TextItem => i.kind === "text");
};
const at = (items: TextItem[], text: string) =>
  items.find((i) => i.text.startsWith(text)) as TextItem;

describe("lists on the page", () => {
  it("indent each level by the item style's indent, markers hung before the text", () => {
    const items = texts(
      '<letter><list ordered="true"><item>One<list><item>Two<list><item>Three</item></list></item></list></item></list></letter>',
    );
    const [one, two, three] = ["One", "Two", "Three"].map((t) => at(items, t));
    // The senate pack's item style indents 18pt.
    expect((two?.x ?? 0) - (one?.x ?? 0)).toBeCloseTo(18);
    expect((three?.x ?? 0) - (two?.x ?? 0)).toBeCloseTo(18);
    expect(at(items, "1.").x).toBeLessThan(one?.x ?? 0);
    expect(at(items, "•").x).toBeLessThan(two?.x ?? 0);
    expect(at(items, "–").x).toBeLessThan(three?.x ?? 0);
  });

  it("set a list apart from the paragraph after it as from the one before it", () => {
    const items = texts(
      "<letter><p>Before.</p><list><item>Alpha</item><item>Beta</item></list><p>After.</p></letter>",
    );
    const gap = (a: string, b: string) => at(items, b).y - at(items, a).y;
    expect(gap("Beta", "After.")).toBeCloseTo(gap("Before.", "Alpha"));
    expect(gap("Alpha", "Beta")).toBeLessThan(gap("Before.", "Alpha"));
  });

  // letters23: a numbered list and then a bulleted one were set as one list, "• note a" 4pt
  // under "2. second", and a lease notice's "(a)", "(b)" ran into its clause "3.".
  it("set a list apart from a list right before it, and a nested list close to its item", () => {
    const items = texts(
      '<letter><p>Before.</p><list ordered="true"><item>Alpha</item><item>Beta<list><item>Nested</item></list></item></list><list><item>Gamma</item></list></letter>',
    );
    const gap = (a: string, b: string) => at(items, b).y - at(items, a).y;
    expect(gap("Nested", "Gamma")).toBeCloseTo(gap("Before.", "Alpha"));
    expect(gap("Beta", "Nested")).toBeCloseTo(gap("Alpha", "Beta"));
  });

  // letters21: a GP's referral letter set "Current medication" 6pt under the list of its
  // "Past medical history" section, 10pt under a paragraph: the heading's small space after
  // was taken for the list's.
  it("set a list under a heading apart from the next heading as paragraphs are", () => {
    const items = texts(
      '<letter><p>Before.</p><heading level="2">History</heading><list><item>Alpha</item><item>Beta</item></list><heading level="2">Medication</heading><p>After.</p></letter>',
    );
    const gap = (a: string, b: string) => at(items, b).y - at(items, a).y;
    expect(gap("Beta", "Medication")).toBeCloseTo(gap("Before.", "History"));
    expect(gap("History", "Alpha")).toBeLessThan(gap("Beta", "Medication"));
  });

  it("hang a label before a line group and indent every line past it", () => {
    const items = texts(
      '<letter><cc label="cc:"><line>Jeff Sessions<br/>Ranking Member</line><line>Marcus Lee</line></cc></letter>',
    );
    const label = at(items, "cc:");
    const lines = ["Jeff Sessions", "Ranking Member", "Marcus Lee"].map((t) => at(items, t));
    for (const l of lines) expect(l.x).toBeGreaterThan(label.x + label.width);
    expect(new Set(lines.map((l) => l.x.toFixed(2))).size).toBe(1);
  });

  it("widen a level whose markers would reach past its parent's text edge, for every item of it", () => {
    const items = texts(
      '<letter><p>Before.</p><list ordered="true" start="998"><item>Nine</item><item>Ten<list start="1000" numbering="1."><item>Deep</item></list></item><item>Last</item></list></letter>',
    );
    const left = at(items, "Before.").x;
    const thousands = items.filter((i) => i.text === "1000.");
    const markers = [at(items, "998."), at(items, "999."), thousands[1] as TextItem];
    for (const m of markers) expect(m.x).toBeGreaterThanOrEqual(left - 0.01);
    // Items of one list keep one text edge, wide marker or not, and right-align their numbers.
    const texts3 = ["Nine", "Ten", "Last"].map((t) => at(items, t));
    expect(new Set(texts3.map((t) => t.x.toFixed(2))).size).toBe(1);
    expect(new Set(markers.map((m) => (m.x + m.width).toFixed(2))).size).toBe(1);
    // The nested list starts from its parent's text edge, not from the style's indent alone.
    const deep = thousands[0] as TextItem;
    expect(deep.x).toBeGreaterThanOrEqual((texts3[0]?.x ?? 0) - 0.01);
  });

  it("keep the style's indent where the markers fit in it", () => {
    const items = texts(
      '<letter><p>Before.</p><list ordered="true"><item>One</item></list></letter>',
    );
    expect(at(items, "One").x - at(items, "Before.").x).toBeCloseTo(18);
  });

  // A contract's clauses written as paragraphs (blank lines between them, a loose list) ran
  // together 4pt apart; Typst and pandoc's LaTeX space a loose list as paragraphs.
  it("set a loose list's items apart as paragraphs, a nested list close to its item", () => {
    const items = texts(
      '<letter><p>Before.</p><p>Para.</p><list loose="true"><item>Alpha</item><item>Beta<list><item>Nested</item><item>More</item></list></item><item>Gamma</item></list></letter>',
    );
    const gap = (a: string, b: string) => at(items, b).y - at(items, a).y;
    expect(gap("Alpha", "Beta")).toBeCloseTo(gap("Before.", "Para."));
    expect(gap("More", "Gamma")).toBeCloseTo(gap("Before.", "Para."));
    expect(gap("Beta", "Nested")).toBeLessThan(gap("Alpha", "Beta"));
    expect(gap("Nested", "More")).toBeCloseTo(gap("Beta", "Nested"));
  });

  // tables41: a list nested 200 deep (Markdown indented under each item) ran its items' text
  // off the paper from level 30, a letter a line, with only "wider than the line" warnings.
  it("indent a list nested deeper than the page is wide within half the measure", () => {
    const depth = 24;
    const open = Array.from({ length: depth }, (_, l) => `<list><item>Level${l + 1}`).join("");
    const close = "</item></list>".repeat(depth);
    const items = texts(`<letter><p>Before.</p>${open}${close}</letter>`);
    const left = at(items, "Before.").x;
    // The senate pack's measure: 468pt (1in margins on US Letter); its item indent 18pt.
    const levels = items.filter((t) => t.text.startsWith("Level"));
    expect(levels.length).toBeGreaterThan(15);
    for (const t of levels) {
      expect(t.text).toMatch(/^Level\d+$/);
      expect(t.x).toBeLessThanOrEqual(left + 234 + 0.01);
      expect(t.x + t.width).toBeLessThanOrEqual(left + 468 + 0.01);
    }
    expect(at(items, "Level2").x - at(items, "Level1").x).toBeCloseTo(18);
    expect(levels.at(-1)?.x).toBeCloseTo(left + 234);
  });
});

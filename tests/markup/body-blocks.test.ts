import { describe, expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { MAX_MARKUP_DEPTH, parseXml } from "../../src/markup/xml-tree.js";
import { MAX_LIST_LEVELS } from "../../src/model/list-levels.js";
import { caught } from "../helpers/errors.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const noImages = () => {
  throw new Error("no images here");
};
const model = (xml: string) =>
  toModel(parseXml(`<letter>${xml}</letter>`, "m.xml"), pack, "m.xml", noImages);
const error = async (xml: string) => (await caught(() => model(xml))).problems[0]?.message;

describe("headings, quotes, tables and footnotes in the model", () => {
  it("styles a heading by its level and keeps it with what follows", () => {
    const [a, b, c] = model(
      '<heading level="1">A</heading><heading level="5">B</heading><heading>C</heading>',
    ).body;
    expect([a, b, c].map((h) => h?.kind === "text" && [h.style, h.keepWithNext])).toEqual([
      ["heading-1", true],
      ["heading", true],
      ["heading", true],
    ]);
  });

  it("sets a run-in heading in bold at the start of its paragraph", () => {
    expect(model("<p><run-in>Quality unit.</run-in> Your firm</p>").body[0]).toMatchObject({
      lines: [[{ text: "Quality unit.", bold: true }, { text: " Your firm" }]],
    });
  });

  it("makes each paragraph of a quote a block in the quote style", () => {
    const body = model("<quote><p>One</p><p>Two</p></quote><quote>Three</quote>").body;
    expect(body.map((b) => b.kind === "text" && [b.role, b.style])).toEqual([
      ["quote", "quote"],
      ["quote", "quote"],
      ["quote", "quote"],
    ]);
  });

  // corpus25: a statute's numbered conditions quoted in a letter were refused.
  it("sets a list in a quote as list paragraphs in the quote style, its own style kept", () => {
    const body = model(
      '<quote><p>If</p><list ordered="true"><item>one</item></list><list style="body"><item>two</item></list></quote>',
    ).body;
    expect(body.map((b) => b.kind === "text" && [b.role, b.style, b.marker, b.quoted])).toEqual([
      ["quote", "quote", undefined, undefined],
      ["item", "quote", "1.", true],
      ["item", "body", "•", true],
    ]);
  });

  // structure28: the points under a quoted list's item were set in the body's style (11pt
  // in the business pack), the item above them in the quote's (10pt).
  it("sets a list nested in a quoted list's item in the quote style, its own style kept", () => {
    const body = model(
      '<quote><list ordered="true"><item>one<list><item>a</item></list><p>more</p></item><item>two<list style="body"><item>b</item></list></item></list></quote>',
    ).body;
    expect(body.map((b) => b.kind === "text" && [b.style, b.level, b.quoted])).toEqual([
      ["quote", 1, true],
      ["quote", 2, true],
      ["quote", 1, true],
      ["quote", 1, true],
      ["body", 2, true],
    ]);
  });

  // corpus26: a letter quoting a tenant's e-mail, which quoted her earlier one ("> > …"), was
  // refused: "a block quote holds paragraphs and lists, not a block quote".
  it("sets a quote in a quote one level deeper, in the PDF and the text", async () => {
    const body = model(
      "<quote><p>Wrote:</p><quote><p>Earlier.</p><list><item>x</item></list></quote><p>Then.</p></quote>",
    ).body;
    expect(body.map((b) => b.kind === "text" && [b.role, b.quoteDepth])).toEqual([
      ["quote", undefined],
      ["quote", 2],
      ["item", 2],
      ["quote", undefined],
    ]);
    const r = await render({
      file: `${ROOT}/data/inline.yaml`,
      text: "template: business\nrecipient: [X]\nbody: |\n  > Wrote:\n  >\n  > > Earlier.\n  >\n  > Then.\n",
    });
    expect(r.txt).toContain("\n    Wrote:\n\n        Earlier.\n\n    Then.\n");
    const x = (text: string) =>
      r.laidOut?.pages[0]?.items.find((i) => i.kind === "text" && i.text === text)?.x ?? 0;
    // The business pack's quote style indents 24 pt.
    expect(x("Earlier.") - x("Wrote:")).toBeCloseTo(24, 5);
    expect(x("Then.")).toBe(x("Wrote:"));
  });

  it("reads a table's header rows, cells and alignment; header cells bold without a style", () => {
    expect(
      model(
        '<table><row header="true"><cell>A</cell><cell align="right">B</cell></row><row><cell>1</cell></row></table>',
      ).body[0],
    ).toEqual({
      kind: "table",
      style: "table",
      headerStyle: "table",
      headerRows: 1,
      rows: [
        [
          { lines: [[{ text: "A", bold: true }]] },
          { lines: [[{ text: "B", bold: true }]], align: "right" },
        ],
        [{ lines: [[{ text: "1" }]] }],
      ],
    });
  });

  it("numbers footnotes in order and keeps their text apart from the reference", () => {
    const doc = model("<p>A<note>First.</note> b<note>Second <i>one</i>.</note></p>");
    expect(doc.body[0]).toMatchObject({
      lines: [
        [{ text: "A" }, { text: "1", note: true }, { text: " b" }, { text: "2", note: true }],
      ],
    });
    expect(doc.notes?.map((n) => [n.marker, n.style, n.lines])).toEqual([
      ["1", "footnote", [[{ text: "First." }]]],
      ["2", "footnote", [[{ text: "Second " }, { text: "one", italic: true }, { text: "." }]]],
    ]);
  });

  it("refuses what would be lost or ambiguous, with its place", async () => {
    expect(await error("<letterhead><line>x<note>n</note></line></letterhead>")).toBe(
      "<note> is not allowed here",
    );
    expect(await error("<p>x<note>n<note>m</note></note></p>")).toBe("<note> is not allowed here");
    expect(await error('<heading level="7">x</heading>')).toBe("level must be 1 to 6, not 7");
    expect(await error("<quote><p>x</p><heading>h</heading></quote>")).toBe(
      "<quote> holds <p>, <list> and <quote> elements or text, not <heading>",
    );
    expect(await error('<table><row><cell>x</cell></row><row header="true"/></table>')).toBe(
      'header rows (header="true") come first in a <table>',
    );
    expect(await error('<table><row><cell align="justify">x</cell></row></table>')).toBe(
      "align must be left, center, right, not justify",
    );
  });
});

describe("links on paper", () => {
  const runs = (xml: string) => {
    const b = model(`<p>${xml}</p>`).body[0];
    return b?.kind === "text" ? b.lines[0] : [];
  };

  it("print their address after the text, as part of the link", () => {
    expect(runs('See <a href="https://fda.gov/x">the guidance</a>.')).toEqual([
      { text: "See " },
      { text: "the guidance", href: "https://fda.gov/x" },
      { text: " (https://fda.gov/x)", href: "https://fda.gov/x", code: true },
      { text: "." },
    ]);
    expect(runs('<a href="mailto:a@b.org">write to us</a>')).toEqual([
      { text: "write to us", href: "mailto:a@b.org" },
      { text: " (a@b.org)", href: "mailto:a@b.org", code: true },
    ]);
  });

  // The address is kept as written, as code is. Before, the typography of the letter's
  // language went through it: a French letter printed "(tel :+33123456789)" with a narrow
  // space, and a quote in an address was curled.
  it("keep the address they print exactly as written", async () => {
    const text = `template: personal\nlang: fr-FR\nrecipient: [Bob]\nbody: "Appelez [le standard](tel:+33123456789) ; voir [le site](https://ex.fr/a\\"b)."\nsignature: X\n`;
    const r = await render({ file: `${ROOT}/data/inline-links.yaml`, text }, ["txt"]);
    expect(r.txt).toContain(
      'Appelez le standard (tel:+33123456789)\u202f; voir le site\n(https://ex.fr/a"b).',
    );
  });

  it("print nothing more when the text is the address", () => {
    for (const [text, href] of [
      ["https://fda.gov/", "https://fda.gov"],
      ["www.fda.gov", "https://www.fda.gov/"],
      ["a@b.org", "mailto:a@b.org"],
    ])
      expect(runs(`<a href="${href}">${text}</a>`)).toEqual([{ text, href }]);
  });
});

describe("style on any element", () => {
  it("is honoured on a list, for its items", () => {
    const body = model(
      '<list style="body"><item>a</item><item style="closing">b</item></list>',
    ).body;
    expect(body.map((b) => b.kind === "text" && b.style)).toEqual(["body", "closing"]);
  });

  it("is refused where nothing would use it", async () => {
    expect(await error('<rule style="body"/>')).toBe("<rule> takes no style");
    expect(await error('<address><line style="body">x</line></address>')).toBe(
      "<line> takes no style",
    );
    expect(await error('<signatures><signer name="A" style="body"/></signatures>')).toBe(
      "<signer> takes no style",
    );
    expect(await error('<table><row><cell style="body">x</cell></row></table>')).toBe(
      "<cell> takes no style",
    );
    expect(await error('<footer style="body"/>')).toBe("<footer> takes no style");
  });
});

// letters21: align="…" on a paragraph or heading (Markdown's {align=center}) sets it so in the
// PDF and in the text output, in a style of its own that leaves the pack's style as it was.
describe("a block's own alignment", () => {
  it("sets the block in its style aligned as it says, and only that block", () => {
    const doc = model(
      '<p align="center">Centred.</p><p>Justified.</p><p align="justify">Same.</p>',
    );
    const [a, b, c] = doc.body.map((x) => (x.kind === "text" ? x.style : ""));
    expect([a, b, c]).toEqual(["body (center)", "body", "body"]);
    expect(doc.styles[a as string]).toEqual({ ...pack.styles.body, align: "center" });
    expect(pack.styles["body (center)"]).toBeUndefined();
    expect(model("<p>Plain.</p>").styles).toBe(pack.styles);
  });

  it("refuses an alignment it does not know, at its element", async () => {
    expect(await error('<p align="middle">x</p>')).toBe(
      "align must be left, center, right, justify, not middle",
    );
  });

  it("centres the text in the PDF and in the text output", async () => {
    const text = `template: senate
signers: [{ name: Jane Doe }]
closing: ""
body: |
  # Proclamation {align=center}

  WHEREAS, trees are a source of joy and spiritual renewal; and

  **ARBOR DAY** {align=center}

  The End {align=right}
`;
    const r = await render({ file: `${ROOT}/data/inline-align.yaml`, text });
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const width = pdf.pages[0]?.width ?? 0;
    const at = (s: string) => pdf.items.find((i) => i.str === s);
    for (const s of ["Proclamation", "ARBOR DAY"]) {
      const hit = at(s);
      expect(Math.abs((hit?.x ?? 0) + (hit?.width ?? 0) / 2 - width / 2), s).toBeLessThan(1);
    }
    const right = at("The End");
    expect((right?.x ?? 0) + (right?.width ?? 0)).toBeCloseTo(width - 72, 0);
    expect(at("WHEREAS,")?.x ?? pdf.items.find((i) => i.str.startsWith("WHEREAS"))?.x).toBeCloseTo(
      72,
      0,
    );
    expect(r.txt).toMatch(/^ {20,}Proclamation$/m);
    expect(r.txt).toMatch(/^ {20,}ARBOR DAY$/m);
    expect(r.txt).toMatch(/^ {40,}The End$/m);
    expect(r.txt).not.toContain("{align");
  });
});

// A pack's template of 5,000 nested <quote> (or <b>, or <list><item>) ran the markup's reader
// out of stack: exit 70 with a stack trace.
describe("markup nested deeply", () => {
  // Lists stop first, at MAX_LIST_LEVELS (a list and its item are two elements).
  it.each([
    [
      "quote",
      MAX_MARKUP_DEPTH - 4,
      (n: number) => `${"<quote>".repeat(n)}<p>x</p>${"</quote>".repeat(n)}`,
    ],
    ["b", MAX_MARKUP_DEPTH - 4, (n: number) => `<p>${"<b>".repeat(n)}x${"</b>".repeat(n)}</p>`],
    [
      "list",
      2 * MAX_LIST_LEVELS,
      (n: number) => `${"<list><item>x".repeat(n / 2)}${"</item></list>".repeat(n / 2)}`,
    ],
  ])(
    "reads <%s> as deep as it may be and refuses it deeper, at the element",
    async (_, most, nest) => {
      expect(model(nest(most)).body.length).toBeGreaterThan(0);
      const e = await caught(() => model(nest(20_000)));
      expect(e.kind).toBe("markup");
      expect(e.problems[0]?.message).toMatch(
        /^malformed letter markup: <\w+> is nested more than 1,000 elements deep$/,
      );
      expect(e.problems[0]?.location?.col).toBeGreaterThan(1000);
    },
  );
});

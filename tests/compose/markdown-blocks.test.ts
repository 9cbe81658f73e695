import { describe, expect, it } from "vitest";
import { lexedMarkdownToMarkup } from "../../src/compose/markdown.js";
import { MAX_MARKDOWN_DEPTH } from "../../src/compose/markdown-depth.js";
import { MAX_MARKUP_DEPTH } from "../../src/markup/xml-tree.js";
import { caught } from "../helpers/errors.js";

// Locations are the text searched for, so a test can see which source each error points at.
const md = (text: string) => lexedMarkdownToMarkup(text, (s) => ({ file: s }));
const problem = async (text: string) => (await caught(() => md(text))).problems[0];

describe("Markdown blocks of official letters", () => {
  it("makes headings, and run-in headings of level 4 and more before a paragraph", () => {
    expect(md("## Findings\n\n#### Quality unit.\nYour firm failed.")).toBe(
      '<heading level="2">Findings</heading><p><run-in>Quality unit.</run-in> Your firm failed.</p>',
    );
    expect(md("#### Alone")).toBe('<heading level="4">Alone</heading>');
  });

  it("makes block quotes of paragraphs and rules of horizontal rules", () => {
    expect(md("> One\n> line.\n>\n> Two.\n\n---\n\nAfter.")).toBe(
      '<quote><p>One\nline.</p><p>Two.</p></quote><rule space-before="4" space-after="14"/><p>After.</p>',
    );
  });

  it("makes GFM pipe tables with the header row and column alignment", () => {
    expect(md("| A | B |\n|:--|--:|\n| 1 | **2** |")).toBe(
      '<table><row header="true"><cell align="left">A</cell><cell align="right">B</cell></row><row><cell align="left">1</cell><cell align="right"><b>2</b></cell></row></table>',
    );
  });

  it("puts each footnote's text where it is referenced, numbered by the markup", () => {
    expect(md("Text[^a] and more.[^b]\n\n[^b]: Second *note*.\n[^a]: First,\n    continued.")).toBe(
      "<p>Text<note>First,\ncontinued.</note> and more.<note>Second <i>note</i>.</note></p>",
    );
  });

  it("reports footnote mistakes where they are written", async () => {
    expect(await problem("Text[^1].")).toMatchObject({
      message: "footnote [^1] has no text",
      location: { file: "[^1]" },
    });
    expect((await problem("Text.\n\n[^x]: A note."))?.message).toBe(
      "footnote [^x] is never referenced",
    );
    expect((await problem("A[^1] b[^1]\n\n[^1]: n"))?.message).toBe(
      "footnote [^1] is referenced twice",
    );
    expect((await problem("A[^1]\n\n[^1]: n\n[^1]: m"))?.message).toBe(
      "footnote [^1] has two texts",
    );
    // Before, this passed as markup and failed there: "<note> is not allowed here", blamed on
    // the template (exit 5) at a line of the markup.
    expect(await problem("A[^a]\n\n[^a]: Note with its own[^b] note.\n[^b]: Inner.")).toEqual({
      message: "footnote [^b] is referenced inside footnote [^a]",
      location: { file: "[^b]" },
      hints: ["a footnote cannot hold another; refer to [^b] from the text, or write it into [^a]"],
    });
  });

  // Before, `<a href="">` reached the markup: "link target  has no scheme", blamed on the
  // template (exit 5) at a line of the markup.
  it("refuses a link with no target, at the link", async () => {
    expect(await problem("See [the form]() today.")).toEqual({
      message: "the link [the form]() has no target",
      location: { file: "[the form]()" },
      hints: ["write where it goes: [the form](https://…)"],
    });
  });

  // Before, the markup refused the scheme it read ("link target javascript:alert(1) uses the
  // scheme javascript:") but could not find that target in the data, so it blamed the pack's
  // template: exit 5, at a line of the markup.
  it("refuses a link whose scheme is written with character references, at the link", async () => {
    const hidden: [string, string][] = [
      ["&#106;avascript:alert(1)", "javascript"],
      ["java&#x73;cript:x", "javascript"],
      ["java&Tab;script:x", "javascript"],
      ["javascript&colon;x", "javascript"],
      ["<java&#x73;cript:x>", "javascript"],
      ["&#104;ttps://example.com", "https"],
    ];
    for (const [target, scheme] of hidden) {
      const written = target.replace(/^<|>$/g, "");
      expect(await problem(`See [here](${target}) now.`)).toEqual({
        message: `link target ${written} writes its scheme ${scheme}: with character references`,
        location: { file: `[here](${target})` },
        hints: ["write the scheme in plain letters, as it is read: [text](https://…)"],
      });
    }
    // References after the scheme are read as ever.
    expect(md("[a](https://example.com/?a=1&amp;b=2)")).toBe(
      '<p><a href="https://example.com/?a=1&amp;b=2">a</a></p>',
    );
  });

  // A letter's pictures (a map, a chart, a photograph of the damage) stand between paragraphs.
  // Before, any image was "not supported in a letter body".
  it("makes a paragraph that is one image an <image> block, sized as pandoc writes it", () => {
    expect(md("See below.\n\n![A map of the site](maps/site.png)\n\nAfter.")).toBe(
      '<p>See below.</p><image src="maps/site.png" alt="A map of the site"/><p>After.</p>',
    );
    expect(md("![Q3 & Q4 <sales>](chart.png){width=4in}")).toBe(
      '<image src="chart.png" alt="Q3 &amp; Q4 &lt;sales&gt;" width="4in"/>',
    );
    // No alt: drawn as decorative, and warned about when laid out (as <image> without alt).
    expect(md("![](chart.png)")).toBe('<image src="chart.png"/>');
    // A merge writes a record's 41.5 as 41\.5 (markdownLiteral): an escape, read as CommonMark
    // reads it. Before, "an image must be a paragraph of its own".
    expect(md("![Logo](logo.png){width=41\\.5mm}")).toBe(
      '<image src="logo.png" alt="Logo" width="41.5mm"/>',
    );
  });

  it("refuses an image inside text, with a title, a size it cannot read or no file, where written", async () => {
    const said = async (text: string) => {
      const p = await problem(text);
      return `${p?.location?.file} | ${p?.message}`;
    };
    expect(await said("See ![chart](c.png) here.")).toBe(
      "![chart](c.png) | an image must be a paragraph of its own",
    );
    expect(await said("- ![chart](c.png)")).toBe(
      "![chart](c.png) | an image must be a paragraph of its own",
    );
    expect(await said('![chart](c.png "Figure 1")')).toBe(
      '![chart](c.png "Figure 1") | an image\'s title ("Figure 1") is not printed',
    );
    expect(await said("![chart](c.png){height=2in}")).toBe(
      "{height=2in} | {height=2in} is not an image size missive reads",
    );
    expect(await said("![chart](c.png){width=-1in}")).toBe(
      "{width=-1in} | {width=-1in} is not an image size missive reads",
    );
    expect(await said("![chart]()")).toBe("![chart]() | the image ![chart]() names no file");
  });

  it("names what it cannot set in words users know", async () => {
    expect((await problem("```\ncode\n```"))?.message).toBe(
      "a code block is not supported in a letter body",
    );
    // Before, an indented paragraph was "a code block" with no word of the indent.
    expect((await problem("Dear Ann,\n\n    Thank you."))?.hints?.[0]).toBe(
      "Markdown reads a paragraph indented by four spaces or a tab as code: remove the indent",
    );
    expect((await problem("```\ncode\n```"))?.hints?.[0]).toBe(
      "``` or ~~~ opens a code block: remove the fence, or write the text as a paragraph",
    );
    expect((await problem("[home]: https://example.org"))?.message).toBe(
      "a link reference definition ([name]: https://…) is not supported in a letter body",
    );
    expect((await problem("> # a heading in a quote"))?.message).toBe(
      "a block quote holds paragraphs, lists and quotes, not a heading",
    );
  });

  // corpus25: a tenant quoting § 558 BGB with its numbered conditions got "a block quote holds
  // paragraphs, not a list" and no way to quote the statute as it stands.
  it("sets a list in a block quote as a list, in the quote", () => {
    expect(
      md(
        "> Der Prozentsatz beträgt 15, wenn\n>\n> 1. die Versorgung gefährdet ist und\n> 2. diese Gebiete bestimmt sind.",
      ),
    ).toBe(
      '<quote><p>Der Prozentsatz beträgt 15, wenn</p><list ordered="true"><item>die Versorgung gefährdet ist und</item><item>diese Gebiete bestimmt sind.</item></list></quote>',
    );
  });

  it("sets a quote in a quote as a <quote> in the quote", () => {
    expect(md("> From: A\n>\n> > Earlier.\n>\n> Later.")).toBe(
      "<quote><p>From: A</p><quote><p>Earlier.</p></quote><p>Later.</p></quote>",
    );
  });

  // letters24: a Japanese letter's `<p align="right">敬具</p>` printed its tags, its quotes
  // made curly (「right」), and was not aligned; docs/markup.md said an HTML block is an error.
  it("refuses an HTML block at its line, saying how to align or print it", async () => {
    for (const html of ['<p align="right">敬具</p>', "<div>", "<!-- draft: check the date -->"]) {
      const p = await problem(`Thank you.\n\n${html}\n\nRegards.`);
      expect(p?.message, html).toBe("an HTML block is not supported in a letter body");
      expect(p?.location?.file, html).toBe(html);
      expect(p?.hints?.[0], html).toMatch(/^Markdown reads a line that starts with an HTML tag/);
    }
    expect(md("敬具 {align=right}")).toBe('<p align="right">敬具</p>');
    expect(md("\\<p> is a tag.")).toBe("<p>&lt;p&gt; is a tag.</p>");
  });
});

// Before, "1998." then "2004." printed "1998." and "1999.": Markdown counts on from the first.
describe("numbers typed in a numbered list", () => {
  it("are kept where counting would print others, and counted on from", () => {
    expect(md("1998. Founded.\n\n2004. Grew.")).toBe(
      '<list ordered="true" start="1998" loose="true"><item>Founded.</item><item value="2004">Grew.</item></list>',
    );
    expect(md("3. c\n4. d\n7. g\n8. h")).toBe(
      '<list ordered="true" start="3"><item>c</item><item>d</item><item value="7">g</item><item>h</item></list>',
    );
  });

  it("are counted when every item has the first's number, or they count already", () => {
    expect(md("1. a\n1. b\n1. c")).toBe(
      '<list ordered="true"><item>a</item><item>b</item><item>c</item></list>',
    );
    expect(md("2) b\n3) c")).toBe(
      '<list ordered="true" start="2"><item>b</item><item>c</item></list>',
    );
  });
});

describe("list markers chosen by the template", () => {
  it("gives each depth its numbering or bullet, the last repeating", () => {
    const out = lexedMarkdownToMarkup(
      "1. a\n   1. b\n      1. c\n- d\n  - e",
      (s) => ({ file: s }),
      {
        numbering: ["(1)", "(a)"],
        bullets: ["none", "–"],
      },
    );
    expect(out).toBe(
      '<list ordered="true" numbering="(1)"><item>a<list ordered="true" numbering="(a)"><item>b<list ordered="true" numbering="(a)"><item>c</item></list></item></list></item></list><list bullet=""><item>d<list bullet="–"><item>e</item></list></item></list>',
    );
  });
});

describe("page control in Markdown", () => {
  it("starts a new page at a paragraph of just \\newpage or \\pagebreak", () => {
    expect(md("Letter.\n\n\\newpage\n\n# Annex\n\n\\pagebreak")).toBe(
      '<p>Letter.</p><page-break/><heading level="1">Annex</heading><page-break/>',
    );
  });

  it("starts a page without the continuation header at \\newpage[head=none]", () => {
    expect(md("Letter.\n\n\\newpage[head=none]\n\n# Annex")).toBe(
      '<p>Letter.</p><page-break head="none"/><heading level="1">Annex</heading>',
    );
  });
});

// letters21: a governor's proclamation, a Japanese letter (敬具, 記, 以上) and an open letter
// set their titles and formulas centred or flush right; the body had no way to say so.
describe("a paragraph's or heading's alignment, written after it", () => {
  it("centres or sets flush right a heading or paragraph that ends in {align=…}", () => {
    expect(
      md("# Proclamation {align=center}\n\n**ARBOR DAY** {align=center}\n\n以上 {align=right}"),
    ).toBe(
      '<heading level="1" align="center">Proclamation</heading><p align="center"><b>ARBOR DAY</b></p><p align="right">以上</p>',
    );
    expect(md("Flush left.{align=left}\n\nJustified {align=justify}")).toBe(
      '<p align="left">Flush left.</p><p align="justify">Justified</p>',
    );
  });

  it("leaves an attribute that is not at the end, or not align, as text", () => {
    expect(md("Set {align=center} here.\n\nA {width=2in}")).toBe(
      "<p>Set {align=center} here.</p><p>A {width=2in}</p>",
    );
  });

  it("reports an alignment it does not know where it is written", async () => {
    expect(await problem("Title {align=middle}")).toMatchObject({
      message: "{align=middle} is not an alignment",
      location: { file: "{align=middle}" },
    });
  });
});

// letters21: a school's reply slip wrote a table without a header (| | |, as GFM must) and got
// an empty header row under a rule; its checkboxes (- [ ]) stopped the render.
describe("reply slips: tables without a header, and boxes to tick", () => {
  it("leaves out a header row whose cells are all empty", () => {
    expect(md("| | |\n|---|---|\n| Name | ____ |")).toBe(
      "<table><row><cell>Name</cell><cell>____</cell></row></table>",
    );
  });

  it("marks a task list's items with a box, ticked or not", () => {
    expect(md("- [ ] I give permission.\n- [x] I have paid.\n- Plain.")).toBe(
      '<list><item bullet="☐">I give permission.</item><item bullet="☒">I have paid.</item><item>Plain.</item></list>',
    );
  });
});

// Block quotes some 1,500 deep, which marked reads, made markup deeper than markup may nest
// (xml-tree.ts): refused as the pack's markup (exit 5), where the data is at fault.
describe("Markdown nested deeply", () => {
  it("reads a list 100 deep, and refuses quotes 600 deep at the Markdown (exit 4)", async () => {
    const list = Array.from({ length: 100 }, (_, i) => `${"  ".repeat(i)}- x`).join("\n");
    expect(md(list).match(/<list/g)).toHaveLength(100);
    const e = await caught(() => md(`${"> ".repeat(600)}x`));
    expect(e.kind).toBe("data");
    expect(e.problems[0]?.message).toBe(
      `Markdown nested more than ${MAX_MARKDOWN_DEPTH} levels deep`,
    );
    expect(e.problems[0]?.location?.file).toBe(`${"> ".repeat(600)}x`);
  });

  // review41: a table's cells were not counted, so emphasis in a table 498 quotes deep passed
  // the check and became markup deeper than markup may nest.
  it("counts a table's cells as a level", async () => {
    const quoted = (line: string) => `${"> ".repeat(498)}${line}`;
    const table = ["| a | b |", "|---|---|", "| *x* | y |"].map(quoted).join("\n");
    const e = await caught(() => md(table));
    expect([e.kind, e.problems[0]?.message]).toEqual([
      "data",
      `Markdown nested more than ${MAX_MARKDOWN_DEPTH} levels deep`,
    ]);
    expect(md(["| a | b |", "|---|---|", "| *x* | y |"].join("\n"))).toContain("<i>x</i>");
  });

  it("nests no deeper than markup may", () => {
    expect(2 * MAX_MARKDOWN_DEPTH).toBeLessThanOrEqual(MAX_MARKUP_DEPTH);
  });
});

import { describe, expect, it } from "vitest";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import { render } from "../helpers/render.js";

const where = (source: string) => ({ file: source });

// A line or paragraph separator in a cell (pasted from a word processor, or written \u2029 in
// YAML) ended marked's table there: the rest of the table printed as a paragraph of pipes.
describe("a table cell holding U+2028 or U+2029", () => {
  it.each(["\u2028", "\u2029"])("stays a table, the cell holding the separator (%j)", (sep) => {
    const markup = markdownToMarkup(`| a | b |\n|---|---|\n| x${sep}y | z |\n| p | q |`, where);
    expect(markup).toBe(
      `<table><row header="true"><cell>a</cell><cell>b</cell></row><row><cell>x${sep}y</cell><cell>z</cell></row><row><cell>p</cell><cell>q</cell></row></table>`,
    );
  });

  it("in a header cell, after a paragraph's line", () => {
    const markup = markdownToMarkup("Fees:\n| a\u2029b | c |\n|---|---|\n| x | y |", where);
    expect(markup).toBe(
      '<p>Fees:</p><table><row header="true"><cell>a\u2029b</cell><cell>c</cell></row><row><cell>x</cell><cell>y</cell></row></table>',
    );
  });

  it("breaks the cell's line in the text output, as <br/> does", async () => {
    const body =
      '"Before.\\n\\n| a | b |\\n|---|---|\\n| x\\u2029y | z |\\n| p\\u2028q | r |\\n\\nAfter."';
    const letter = `template: business\nrecipient: [Ms Ann Lee]\ndate: 2024-05-14\nbody: ${body}\n`;
    const { txt } = await render({ file: "cell.yaml", text: letter }, ["txt"]);
    expect(txt).toContain("Before.\n\na  b\n-  -\nx  z\ny\np  r\nq\n\nAfter.");
  });
});

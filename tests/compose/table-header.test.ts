import { describe, expect, it } from "vitest";
import { lexedMarkdownToMarkup } from "../../src/compose/markdown.js";
import { caught } from "../helpers/errors.js";

// Locations are the text searched for, so a test can see which source each error points at.
const styles = new Set(["default", "table", "table-header-shaded", "table-header-plain"]);
const md = (text: string) =>
  lexedMarkdownToMarkup(text, (s) => ({ file: s }), {}, undefined, { cells: 0, styles });

const TABLE = "| A | B |\n|---|---|\n| 1 | 2 |";

describe("a table's header look, {header=…} under it", () => {
  it("as the paragraph after the table: the pack's style table-header-NAME", () => {
    expect(md(`${TABLE}\n\n{header=shaded}\n\nAfter.`)).toBe(
      '<table header-style="table-header-shaded"><row header="true"><cell>A</cell><cell>B</cell></row><row><cell>1</cell><cell>2</cell></row></table><p>After.</p>',
    );
  });

  it("as the line right under the table, which Markdown reads as its last row", () => {
    expect(md(`${TABLE}\n{header=plain}`)).toBe(
      '<table header-style="table-header-plain"><row header="true"><cell>A</cell><cell>B</cell></row><row><cell>1</cell><cell>2</cell></row></table>',
    );
  });

  it("one table shaded, the next as the pack sets tables", () => {
    const out = md(`${TABLE}\n\n{header=shaded}\n\n${TABLE}`);
    expect(out.match(/<table[^>]*>/g)).toEqual([
      '<table header-style="table-header-shaded">',
      "<table>",
    ]);
  });

  it("a look the pack lacks is a data error at it, with a guess and the pack's looks", async () => {
    const e = await caught(() => md(`${TABLE}\n\n{header=shadd}`));
    expect(e.kind).toBe("data");
    expect(e.problems[0]?.location).toEqual({ file: "{header=shadd}" });
    expect(e.problems[0]?.hints).toEqual([
      "did you mean {header=shaded}?",
      "its table headers: {header=shaded}, {header=plain}",
    ]);
  });

  it("leaves a paragraph {header=…} not under a table, and one with markup in it, as text", () => {
    expect(md("{header=shaded}")).toBe("<p>{header=shaded}</p>");
    expect(md(`${TABLE}\n\n{header="x"}`)).toContain("<table>");
  });
});

// column39: a table in a list item ("1. Results:" and the table indented under it) left its
// {header=…} unread: its header was the pack's, and the line stood as a paragraph or a row.
describe("{header=…} under a table in a list item", () => {
  const inItem = (after: string) =>
    `1. Results:\n\n   ${TABLE.replaceAll("\n", "\n   ")}${after}\n2. Next.`;

  it("as the line right under it", () => {
    const out = md(inItem("\n   {header=shaded}\n"));
    expect(out).toContain('<table header-style="table-header-shaded">');
    expect(out).not.toContain("{header");
  });

  it("as the paragraph after it", () => {
    const out = md(inItem("\n\n   {header=plain}\n"));
    expect(out).toContain('<table header-style="table-header-plain">');
    expect(out).not.toContain("{header");
  });

  it("a look the pack lacks is a data error there too", async () => {
    const e = await caught(() => md(inItem("\n\n   {header=shadd}\n")));
    expect(e.problems[0]?.location).toEqual({ file: "{header=shadd}" });
  });
});

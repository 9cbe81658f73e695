import { describe, expect, it } from "vitest";
import { markdownToMarkup, type TableTally } from "../../src/compose/markdown.js";
import { caught } from "../helpers/errors.js";

/** Where a piece of the body is: its first line, as a file name, so a test sees which it was. */
const where = (source: string) => ({ file: source });

/** A pipe table of `rows` rows under a header, of `columns` cells of one letter each. */
function pipeTable(rows: number, columns: number, head = "H"): string {
  const row = (c: string) => `|${` ${c} |`.repeat(columns)}\n`;
  return `${row(head)}|${"---|".repeat(columns)}\n${row("a").repeat(rows)}`;
}

// Before, such a table was read whole (its cells' Markdown and all), turned into markup and
// read again, some 15 s for 1.3 MB, before the layout refused it, of no line when its cells
// were a letter or two (src/model/table-cell-limit.ts).
describe("the table cells a letter's Markdown may hold", () => {
  it("refuses a table past the letter's cells at its first line, as it is read", async () => {
    const body = `Intro.\n\n${pipeTable(100_000, 5)}`;
    const e = await caught(() => markdownToMarkup(body, where));
    expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
      "layout",
      "the letter's tables reach 500,005 cells with this one of 100,001 rows of 5 columns; a letter lays out at most 200,000",
      { file: "| H | H | H | H | H |" },
    ]);
  });

  it("counts the tables of every Markdown field of the letter together", async () => {
    const tables: TableTally = { cells: 0 };
    markdownToMarkup(pipeTable(60_000, 2), where, {}, tables);
    expect(tables.cells).toBe(120_002);
    const e = await caught(() => markdownToMarkup(pipeTable(40_000, 2, "N"), where, {}, tables));
    expect(e.problems[0]?.message).toContain("reach 200,004 cells with this one of 40,001 rows");
    expect(e.problems[0]?.location).toEqual({ file: "| N | N |" });
  });

  // Before, a pasted table was placed at its field only (`body:`): the row the lexer found was
  // the pipe row written for it, which the data does not hold.
  it("refuses a pasted table (tab-separated lines) at the line it was pasted as", async () => {
    const body = `Prices.\n\nName\tA\tB\n${"r\tx\ty\n".repeat(70_000)}`;
    const e = await caught(() => markdownToMarkup(body, where));
    expect([e.problems[0]?.message, e.problems[0]?.location]).toEqual([
      "the letter's tables reach 210,003 cells with this one of 70,001 rows of 3 columns; a letter lays out at most 200,000",
      { file: "Name\tA\tB" },
    ]);
  });

  it("counts a table read again (a body with (a) lines) once, and an empty header not at all", () => {
    const tables: TableTally = { cells: 0 };
    markdownToMarkup(`(a) first\n\n(b) second\n\n${pipeTable(10, 3)}`, where, {}, tables);
    expect(tables.cells).toBe(33);
    markdownToMarkup(pipeTable(10, 3, " "), where, {}, tables);
    expect(tables.cells).toBe(63);
  });
});

// text36: GitHub's tables break a cell's line with <br>, and a letter printed "x<br>y".
describe("<br> in a pipe table's cell", () => {
  it("is a line break there, and text elsewhere", () => {
    const table = markdownToMarkup(
      "| a | b |\n|---|---|\n| x<br>y | **p<BR />q** |\n\nNo <br> here.",
      where,
    );
    expect(table).toContain("<cell>x<br/>y</cell><cell><b>p<br/>q</b></cell>");
    expect(table).toContain("<p>No &lt;br&gt; here.</p>");
  });
});

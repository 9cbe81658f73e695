import { describe, expect, it } from "vitest";
import { markdownToMarkup } from "../../src/compose/markdown.js";
import { pastedTables } from "../../src/compose/pasted-tables.js";

const md = (text: string) => markdownToMarkup(text, (s) => ({ file: s }));

// Before, the rows ran together into the paragraph: "Your order: Item Qty Price Widget 2 …".
describe("tab-separated lines (a table pasted from a spreadsheet)", () => {
  it("make a table, its first line the header, amounts right-aligned, text around it kept", () => {
    expect(
      md("Your order:\nItem\tQty\tPrice\nWidget\t2\t$10.00\nGadget\t1\t$1,200.50\nThanks."),
    ).toBe(
      '<p>Your order:</p><table><row header="true"><cell>Item</cell><cell align="right">Qty</cell><cell align="right">Price</cell></row><row><cell>Widget</cell><cell align="right">2</cell><cell align="right">$10.00</cell></row><row><cell>Gadget</cell><cell align="right">1</cell><cell align="right">$1,200.50</cell></row></table><p>Thanks.</p>',
    );
  });

  it("keep a cell's | as text, and an empty cell empty", () => {
    expect(pastedTables("a | b\tc\nd\t")).toBe("\n| a \\| b | c |\n|---|---|\n| d |   |\n");
  });

  it("leave a single line, rows of unequal cells, and indented lines as they are", () => {
    expect(md("Price\t$1,200\t(incl. tax)")).toBe("<p>Price\t$1,200\t(incl. tax)</p>");
    expect(pastedTables("a\tb\nc\td\te")).toBe("a\tb\nc\td\te");
    expect(pastedTables("- a\tb\n  c\td")).toBe("- a\tb\n  c\td");
    // From the review: a list with tabbed prices became a table headed "- Coffee | €3".
    for (const list of ["- Coffee\t€3\n- Tea\t€2", "1. Coffee\t€3\n2. Tea\t€2", "> a\tb\n> c\td"])
      expect(pastedTables(list)).toBe(list);
  });

  it("right-aligns amounts in other currencies and per cents, not words or dates", () => {
    const t = pastedTables(
      "A\tB\tC\tD\n1.234,50 €\t12 %\tnone\t2024-05-14\n(300)\tEUR 5\tx\t2024-05-15",
    );
    expect(t.split("\n")[2]).toBe("|--:|--:|---|---|");
  });
});

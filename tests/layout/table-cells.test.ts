import { describe, expect, it } from "vitest";
import { refuseTooManyCells } from "../../src/layout/table-cells.js";
import type { Block, LetterDoc, TableBlock } from "../../src/model/letter-doc.js";

/** A table of `rows` rows of `columns` one-word cells. */
function table(rows: number, columns: number): TableBlock {
  const row = Array.from({ length: columns }, () => ({ lines: [[{ text: "cell" }]] }));
  return {
    kind: "table",
    style: "table",
    headerStyle: "table-header",
    headerRows: 0,
    rows: Array.from({ length: rows }, () => row),
  } as unknown as TableBlock;
}

/** A letter with `blocks` in its letterhead and nothing else. */
function letterWith(blocks: Block[]): LetterDoc {
  return { letterhead: blocks, continuation: [], footer: [], body: [] } as unknown as LetterDoc;
}

describe("the table cells a letter may lay out", () => {
  it("counts the tables a pack sets in <columns>, as those in its bands", () => {
    const big = table(50_001, 4);
    const columns = { kind: "columns", gutter: 18, columns: [[big], []] } as unknown as Block;
    expect(() => refuseTooManyCells(letterWith([big]))).toThrow("200,004 cells");
    // Before, a table in a column was not counted: a pack could lay out any number of cells.
    expect(() => refuseTooManyCells(letterWith([columns]))).toThrow("200,004 cells");
    expect(() => refuseTooManyCells(letterWith([table(50_000, 4)]))).not.toThrow();
  });
});

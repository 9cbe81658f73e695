import { describe, expect, it } from "vitest";
import type { MissiveError } from "../../src/errors.js";
import { refuseTooManyCells } from "../../src/layout/table-cells.js";
import type { Block, LetterDoc, TableBlock } from "../../src/model/letter-doc.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { caught } from "../helpers/errors.js";
import { senateLetter } from "../helpers/letters.js";
import { ROOT } from "../helpers/render.js";
import { tempPack } from "../helpers/temp-pack.js";

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

// Before, a table of one- or two-letter cells past the limit was refused with no place at all:
// its text could stand anywhere in the data. A table a template makes of a list is placed at
// the list, and one of no such list at the data file.
describe("where a table past the limit comes from", () => {
  const opts = {
    ...letterOptions({ formats: ["pdf"], creationDate: 0 }),
    cwd: ROOT,
    stopAfter: "layout" as const,
  };

  it("is the list of the data with as many items as its rows", async () => {
    // 500 signers, each a row of a cell per signer: 250,000 cells of the pack's "x".
    const dir = tempPack({
      "letter.hbs": `<letter><body><table>{{#each signers}}<row>{{#each @root.signers}}<cell>x</cell>{{/each}}</row>{{/each}}</table></body></letter>`,
    });
    const letter = senateLetter(500, 2);
    const e = await caught(() => renderLetter(letter, { ...opts, template: dir }));
    expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
      "layout",
      "the letter's tables hold 250,000 cells (this one 500 rows of 500 columns); a letter lays out at most 200,000",
      { file: letter.file, line: 19, col: 3, path: "signers" },
    ]);
  }, 120_000);

  it("tells the counts of rows or columns a list may hold, if large enough to be one", () => {
    const big = { ...table(50_001, 4), headerRows: 1 };
    const e = (() => {
      try {
        refuseTooManyCells(letterWith([big]));
      } catch (err) {
        return err as MissiveError;
      }
    })();
    expect(e?.problems[0]?.aboutItems).toEqual([50_000, 50_001]);
  });
});

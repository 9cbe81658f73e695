import { expect, it } from "vitest";
import type { Run, TableBlock } from "../../src/model/letter-doc.js";
import { SOFT_TIE } from "../../src/model/ties.js";
import { tableLines } from "../../src/write/text-table.js";

const cell = (text: string) => ({ lines: [[{ text } as Run]] });
const table = (rows: string[][]) =>
  ({ rows: rows.map((r) => r.map(cell)) }) as unknown as TableBlock;
const plain = (runs: Run[]) => runs.map((r) => r.text).join("");

// review33: the least width counted a soft tie as a space, so a column of dates beside four of
// long text took the width of "September" and broke "30 September" / "2024", where the PDF's
// column (widestUnbroken, which breaks no soft tie) kept the date whole on its line.
it("gives a soft-tied date its whole width where the PDF's column does", () => {
  const long = "words of some length ".repeat(8).trim();
  const date = `30${SOFT_TIE}September${SOFT_TIE}2024`;
  const lines = tableLines(table([[date, long, long, long, long]]), 72, plain, "ltr");
  expect(lines[0]?.startsWith(date)).toBe(true);
});

import { MissiveError } from "../errors.js";
import type { TableBlock } from "../model/letter-doc.js";
import { firstCellText } from "./table-cells.js";

/**
 * Throws a layout error when the table's columns cannot each have half an em (a figure's
 * width) of its text beside the gaps between them in `width`. Why: the gaps alone of a table
 * of 300 columns are 2,990pt; its columns, given no width, ran off the paper, 245 of them lost
 * from the PDF with a thousand warnings of broken words. `gap`: the space between columns.
 */
export function refuseTooWide(b: TableBlock, width: number, size: number, gap: number): void {
  const columns = b.rows.reduce((most, row) => Math.max(most, row.length), 0);
  const least = size / 2;
  const need = columns * least + (columns - 1) * gap;
  if (columns <= 1 || need <= width) return;
  const fit = Math.max(1, Math.floor((width + gap) / (least + gap)));
  const about = firstCellText(b);
  throw new MissiveError("layout", {
    message: `a table of ${columns} columns is too wide for its ${pt(width)} column: its columns need at least ${pt(need)} (${pt(least)} each and ${pt(gap)} between them); at most ${fit} fit`,
    hints: [
      "split it into tables of fewer columns, turn it (its columns as rows), or send it as a spreadsheet enclosed with the letter",
    ],
    ...(about === undefined ? {} : { about }),
  });
}

const pt = (n: number) => `${Number(n.toFixed(1)).toLocaleString("en-US")}pt`;

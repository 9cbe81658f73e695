import { largest } from "../largest.js";
import { columnShares } from "../model/column-shares.js";
import type { Direction } from "../model/direction.js";
import type { Run, TableBlock } from "../model/letter-doc.js";
import { SOFT_TIE } from "../model/ties.js";
import { markedRow } from "./direction-marks.js";
import { displayWidth, pad, wrap } from "./display-width.js";

const GAP = "  ";

/**
 * A table in plain text: columns padded to their widest cell (narrowed as
 * model/column-shares.ts says when the table is wider than the text), the header rows
 * underlined with dashes. A table written right to left (`way`: in a Hebrew letter, or a
 * Hebrew table in an English one, as the PDF turns it) runs its columns from the right: each
 * row in reading order, marked so a viewer sets it right to left (direction-marks.ts), a cell
 * with no alignment of its own at the right of its column, `---:` at the right, `:---` at the left.
 */
export function tableLines(
  b: TableBlock,
  width: number,
  text: (runs: Run[]) => string,
  way: Direction,
): string[] {
  const rows = b.rows.map((cells) =>
    cells.map((c) => ({ lines: c.lines.map(text), align: c.align })),
  );
  const count = largest(rows.map((r) => r.length));
  const natural = Array.from({ length: count }, (_, c) =>
    largest(
      rows.flatMap((r) => (r[c]?.lines ?? []).map(displayWidth)),
      1,
    ),
  );
  const leastBy = (words: (line: string) => string[]) =>
    Array.from({ length: count }, (_, c) =>
      largest(
        rows.flatMap((r) => (r[c]?.lines ?? []).flatMap(words).map(displayWidth)),
        1,
      ),
    );
  const room = width - GAP.length * (count - 1);
  const whole = leastBy(words);
  const least = whole.reduce((a, b) => a + b, 0) <= room ? whole : leastBy(softWords);
  const widths = columnShares(natural, least, room).map((w) => Math.max(1, Math.floor(w)));
  const out: string[] = [];
  rows.forEach((cells, row) => {
    const wrapped = widths.map((w, c) =>
      (cells[c]?.lines ?? []).flatMap((l) => wrap(l, { width: w })),
    );
    const height = largest(
      wrapped.map((l) => l.length),
      1,
    );
    for (let i = 0; i < height; i++) {
      const parts = widths.map((w, c) => {
        const t = wrapped[c]?.[i] ?? "";
        const free = w - displayWidth(t);
        const how = readingAlign(cells[c]?.align, way);
        if (how === "end") return " ".repeat(Math.max(0, free)) + t;
        if (how === "center") return pad(" ".repeat(Math.max(0, Math.floor(free / 2))) + t, w);
        return pad(t, w);
      });
      out.push(markedRow(parts, GAP, way));
    }
    if (row === b.headerRows - 1)
      out.push(
        markedRow(
          widths.map((w) => "-".repeat(w)),
          GAP,
          way,
        ),
      );
  });
  return out;
}

/**
 * Where a cell's text stands in the order it is read: at the start of its column (spaces
 * after it), its end, or centred. A cell aligned as printed ("right") stands at the end of a
 * row read left to right, at its start in one read right to left; one with no alignment at
 * the start.
 */
function readingAlign(
  align: "left" | "center" | "right" | undefined,
  way: Direction,
): "start" | "center" | "end" {
  if (align === undefined || align === "center") return align ?? "start";
  return (align === "right") === (way === "ltr") ? "end" : "start";
}

/**
 * A cell's words: a column's least width is its longest. A soft-tied date ("30 September
 * 2024") is one word, as the PDF's column counts it (layout/table-units.ts, widestUnbroken:
 * only a justified line breaks a soft tie). Why: counted as three words, the text output's
 * column gave the date the width of "September" and broke it where the PDF's kept it whole.
 */
function words(line: string): string[] {
  return line.split(/ +/);
}

/**
 * A cell's words, a date's soft tie parting them as a space does: the least widths where the
 * columns' whole words do not fit the line (72 columns of fixed-width text hold less than the
 * PDF's page), so the date gives way at its soft ties, not the others inside their words.
 */
function softWords(line: string): string[] {
  return line.split(SPACES_OR_SOFT_TIES);
}

const SPACES_OR_SOFT_TIES = new RegExp(`[ ${SOFT_TIE}]+`);

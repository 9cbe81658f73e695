import { largest } from "../largest.js";
import { columnShares } from "../model/column-shares.js";
import type { Run, TableBlock } from "../model/letter-doc.js";
import { displayWidth, pad, wrap } from "./display-width.js";

const GAP = "  ";

/**
 * A table in plain text: columns padded to their widest cell (narrowed as
 * model/column-shares.ts says when the table is wider than the text), the header rows
 * underlined with dashes.
 */
export function tableLines(b: TableBlock, width: number, text: (runs: Run[]) => string): string[] {
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
  const least = Array.from({ length: count }, (_, c) =>
    largest(
      rows.flatMap((r) => (r[c]?.lines ?? []).flatMap(words).map(displayWidth)),
      1,
    ),
  );
  const room = width - GAP.length * (count - 1);
  const widths = columnShares(natural, least, room).map((w) => Math.max(1, Math.floor(w)));
  const out: string[] = [];
  rows.forEach((cells, row) => {
    const wrapped = widths.map((w, c) => (cells[c]?.lines ?? []).flatMap((l) => wrap(l, w)));
    const height = largest(
      wrapped.map((l) => l.length),
      1,
    );
    for (let i = 0; i < height; i++) {
      const parts = widths.map((w, c) => {
        const t = wrapped[c]?.[i] ?? "";
        const free = w - displayWidth(t);
        const how = cells[c]?.align ?? "left";
        if (how === "right") return " ".repeat(Math.max(0, free)) + t;
        if (how === "center") return pad(" ".repeat(Math.max(0, Math.floor(free / 2))) + t, w);
        return pad(t, w);
      });
      out.push(parts.join(GAP));
    }
    if (row === b.headerRows - 1) out.push(widths.map((w) => "-".repeat(w)).join(GAP));
  });
  return out;
}

function words(line: string): string[] {
  return line.split(/ +/);
}

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
  const count = Math.max(...rows.map((r) => r.length));
  const natural = Array.from({ length: count }, (_, c) =>
    Math.max(1, ...rows.flatMap((r) => (r[c]?.lines ?? []).map(displayWidth))),
  );
  const least = Array.from({ length: count }, (_, c) =>
    Math.max(1, ...rows.flatMap((r) => (r[c]?.lines ?? []).flatMap(words).map(displayWidth))),
  );
  const room = width - GAP.length * (count - 1);
  const widths = columnShares(natural, least, room).map((w) => Math.max(1, Math.floor(w)));
  const out: string[] = [];
  rows.forEach((cells, row) => {
    const wrapped = widths.map((w, c) => (cells[c]?.lines ?? []).flatMap((l) => wrap(l, w)));
    const height = Math.max(1, ...wrapped.map((l) => l.length));
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

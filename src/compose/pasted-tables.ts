import { pushAll } from "../push-all.js";
import { opensBlockMarkup } from "./block-markup-line.js";

/**
 * A body with each block of tab-separated lines (a table copied from a spreadsheet or a word
 * processor) written as a Markdown pipe table, its first line the header. Why: pasted so, the
 * rows ran together into one paragraph, the tabs read as spaces. A block is two lines or
 * more, one after another, each of the same number of cells (two or more) split by tabs; a
 * column whose cells below the header are all amounts is set right-aligned, as a spreadsheet
 * sets numbers. `origins`, when given, takes each row written for the line it was pasted as,
 * so a problem found at the row (a table past the cell limit) is placed at that line.
 */
export function pastedTables(md: string, origins?: Map<string, string>): string {
  if (!md.includes("\t")) return md;
  const lines = md.split("\n");
  const out: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const cells = cellCount(lines[i] as string);
    let end = i + 1;
    while (cells > 1 && end < lines.length && cellCount(lines[end] as string) === cells) end++;
    if (cells > 1 && end - i >= 2) {
      const pasted = lines.slice(i, end);
      const table = pipeTable(pasted);
      // The table's rows are its lines 1, 3, 4, …: a blank line, then the header, the rule.
      if (origins)
        pasted.forEach((line, n) => {
          const row = table[n === 0 ? 1 : n + 2] as string;
          if (!origins.has(row)) origins.set(row, line);
        });
      pushAll(out, table);
      i = end;
    } else out.push(lines[i++] as string);
  }
  return out.join("\n");
}

/**
 * Cells of a line split by tabs; 0 for a line that is not a table row: empty, indented, or a
 * list item, quote or pipe table's row ("- Coffee⏎€3" is a list with prices in it).
 */
function cellCount(line: string): number {
  if (!line.includes("\t") || /^[ \t]/.test(line) || opensBlockMarkup(line)) return 0;
  return line.split("\t").length;
}

function pipeTable(rows: string[]): string[] {
  const cells = rows.map((r) => r.split("\t").map((c) => c.trim().replace(/\|/g, "\\|")));
  const [head = [], ...body] = cells;
  const rule = head.map((_, col) => (body.every((r) => isAmount(r[col] ?? "")) ? "--:" : "---"));
  const row = (r: string[]) => `| ${r.map((c) => c || " ").join(" | ")} |`;
  // Blank lines around it: a table must not run on from a paragraph above it, and a line of
  // text right under a table would be read as one more row.
  return ["", row(head), `|${rule.join("|")}|`, ...body.map(row), ""];
}

// An amount: digits with separators, a sign, a currency symbol or code, a per cent; short.
const AMOUNT = /^[-+−(]?\s?(?:\p{Sc}|[A-Z]{3}\s)?\s?\d[\d.,\s' ]*(?:\s?[\p{Sc}%)]|\s[A-Z]{3})?$/u;
const isAmount = (cell: string) => cell.length <= 40 && AMOUNT.test(cell);

import type { Token, Tokens } from "marked";

/**
 * A GFM pipe table as `<table>` of `<row>`s of `<cell>`s, the header row marked. A header row
 * of empty cells (`| | |`), how GFM writes a table without one (a reply slip's "Name ____"
 * lines), is left out rather than drawn as an empty row under a rule.
 */
export function tableMarkup(table: Tokens.Table, inlines: (tokens: Token[]) => string): string {
  const cell = (c: Tokens.TableCell) =>
    `<cell${c.align ? ` align="${c.align}"` : ""}>${inlines(c.tokens)}</cell>`;
  const empty = table.header.every((c) => c.text.trim() === "");
  const header = empty ? "" : `<row header="true">${table.header.map(cell).join("")}</row>`;
  const rows = table.rows.map((r) => `<row>${r.map(cell).join("")}</row>`).join("");
  return `<table>${header}${rows}</table>`;
}

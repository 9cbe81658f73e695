import type { Token, Tokens } from "marked";

/**
 * A GFM pipe table as `<table>` of `<row>`s of `<cell>`s, the header row marked. A header row
 * of empty cells (`| | |`), how GFM writes a table without one (a reply slip's "Name ____"
 * lines), is left out rather than drawn as an empty row under a rule. `headerStyle`: the
 * table's own header style, from its `{header=…}` (table-header.ts).
 */
export function tableMarkup(
  table: Tokens.Table,
  inlines: (tokens: Token[]) => string,
  headerStyle?: string,
): string {
  const cell = (c: Tokens.TableCell) =>
    `<cell${c.align ? ` align="${c.align}"` : ""}>${inlines(withBreaks(c.tokens))}</cell>`;
  const empty = table.header.every((c) => c.text.trim() === "");
  const header = empty ? "" : `<row header="true">${table.header.map(cell).join("")}</row>`;
  const rows = table.rows.map((r) => `<row>${r.map(cell).join("")}</row>`).join("");
  const look = headerStyle ? ` header-style="${headerStyle}"` : "";
  return `<table${look}>${header}${rows}</table>`;
}

/** `<br>`, `<br/>` or `<br />`, as GFM's tables write a line break inside a cell. */
const BR = /^<br\s*\/?>$/i;

/**
 * A cell's tokens with each `<br>` a line break. Why only in a table: a pipe table's row is one
 * line, so GitHub's own documentation breaks a cell's line with `<br>`, and a letter printed
 * "x<br>y"; elsewhere a line break is typed as one, and other HTML stays text.
 */
function withBreaks(tokens: Token[]): Token[] {
  return tokens.map((t) => {
    if (t.type === "html" && BR.test(t.raw.trim())) return { type: "br", raw: t.raw };
    if ("tokens" in t && Array.isArray(t.tokens)) return { ...t, tokens: withBreaks(t.tokens) };
    return t;
  });
}

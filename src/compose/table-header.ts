import type { Token, Tokens } from "marked";
import { fail, type Location } from "../errors.js";
import { didYouMean } from "../load/did-you-mean.js";

/** `{header=shaded}` on a line of its own right under a table: its header's look. */
const HEADER = /^\{header=([\p{L}\p{N}_-]*)\}$/u;

/** The styles a table's header may take: the pack's named `table-header-…`. */
const PREFIX = "table-header-";

/**
 * The table at `tokens[i]` with the look its header asks for, written `{header=NAME}` on the
 * line under it (one that marked read as the table's last row) or as the paragraph after it
 * (`skip`: the tokens it took): NAME picks the pack's style `table-header-NAME`, so one
 * table of a letter has a shaded header row and another a plain one. Why a line under the
 * table: as `{align=…}` ends a paragraph and `{width=…}` an image, the attribute follows what
 * it sets. `styles`: the pack's, to refuse a look it lacks at its place in the data.
 */
export function tableHeader(
  tokens: Token[],
  i: number,
  styles: ReadonlySet<string> | undefined,
  where: (source: string) => Location,
): { table: Tokens.Table; headerStyle?: string; skip: number } {
  const table = tokens[i] as Tokens.Table;
  const last = table.rows.at(-1);
  const [first, ...others] = last ?? [];
  const inRow = first && others.every((c) => c.text.trim() === "") && HEADER.exec(first.text);
  if (inRow) {
    const rest = { ...table, rows: table.rows.slice(0, -1) };
    return { table: rest, headerStyle: lookOf(inRow, styles, where), skip: 0 };
  }
  let j = i + 1;
  while (tokens[j]?.type === "space") j++;
  const next = tokens[j];
  const after = next?.type === "paragraph" ? HEADER.exec(next.raw.trim()) : null;
  if (!after) return { table, skip: 0 };
  return { table, headerStyle: lookOf(after, styles, where), skip: j - i };
}

function lookOf(
  m: RegExpExecArray,
  styles: ReadonlySet<string> | undefined,
  where: (source: string) => Location,
): string {
  const style = `${PREFIX}${m[1] ?? ""}`;
  if (!styles || styles.has(style)) return style;
  const looks = [...styles].filter((s) => s.startsWith(PREFIX)).map((s) => s.slice(PREFIX.length));
  const guess = didYouMean(m[1] ?? "", looks);
  throw fail("data", `${m[0]}: the letterhead has no table header "${m[1]}"`, where(m[0]), [
    ...(guess ? [`did you mean {header=${guess}}?`] : []),
    looks.length
      ? `its table headers: ${looks.map((l) => `{header=${l}}`).join(", ")}`
      : `the letterhead names none: a pack gives one as a style ${PREFIX}NAME in its template.yaml`,
  ]);
}

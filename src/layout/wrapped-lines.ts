import { isFieldSeparator } from "../model/field-separators.js";
import type { Block } from "../model/letter-doc.js";
import { TIE, typedTies } from "../model/ties.js";
import type { PaintItem } from "./laid-out-doc.js";

/**
 * The lines of the blocks' text (each entry of a block's `lines`) that took more than one line
 * when set in `items`, as the data wrote them (ties read as spaces). Why: a placed group too
 * tall for its box (an envelope window of six lines) may hold no more lines than allowed, but
 * one too wide for it; the sender must learn which. Lines are matched in order, row by row,
 * spaces aside; an empty list when the rows do not spell the blocks' lines (a field), so a
 * wrong name is never given.
 */
export function wrappedLines(blocks: Block[], items: PaintItem[]): string[] {
  const rows = rowsOf(items);
  const wrapped: string[] = [];
  let r = 0;
  for (const block of blocks) {
    if (block.kind !== "text") continue;
    for (const runs of block.lines) {
      const line = plain(runs.map((run) => run.text).join(""));
      if (line === "") continue;
      // Compared without spaces, soft hyphens and separators: a line breaks at a space (a
      // separator there dropped), at an added hyphen, and after a hyphen or slash it has
      // ("Friedrich-" / "Ebert-Straße"), where no space is lost.
      const want = unspaced(line);
      let set = "";
      let taken = 0;
      while (r < rows.length && set.length < want.length) {
        set += unspaced(rows[r++] as string);
        taken++;
      }
      if (set !== want) return [];
      if (taken > 1) wrapped.push(line);
    }
  }
  return wrapped;
}

/** The text of each row of items (one baseline), left to right, ties as spaces. */
function rowsOf(items: PaintItem[]): string[] {
  const rows = new Map<number, { x: number; text: string }[]>();
  for (const it of items) {
    if (it.kind !== "text" || it.marker) continue;
    const y = Math.round(it.y * 100);
    rows.set(y, [...(rows.get(y) ?? []), { x: it.x, text: it.text }]);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => a - b)
    .map(([, row]) =>
      plain(
        row
          .sort((a, b) => a.x - b.x)
          .map((i) => i.text)
          .join(""),
      ),
    );
}

/**
 * The text without its spaces, soft hyphens and field separators: a line breaks at a space,
 * and a separator where it breaks is dropped (model/field-separators.ts).
 */
function unspaced(text: string): string {
  return text
    .replace(/\u00AD/g, "")
    .split(/\s+/)
    .filter((word) => !isFieldSeparator(word))
    .join("");
}

function plain(text: string): string {
  return typedTies(text).replaceAll(TIE, " ").replace(/ +/g, " ").trim();
}

import type { BlockText } from "./block-text.js";

/**
 * Two or three hyphens, or three dots, typed for a dash or an ellipsis, and no more of either
 * around them (a row of four hyphens or dots is left as typed).
 */
const TYPED = /(?<!-)-{2,3}(?!-)|(?<!\.)\.\.\.(?!\.)/g;

const MADE: Record<string, string> = { "--": "–", "---": "—", "...": "…" };

/**
 * Turns `--` into an en dash, `---` into an em dash and `...` into an ellipsis, as TeX's
 * ligatures, pandoc's smart extension and Typst's markup do. Why: a letter typed in a plain
 * editor has them, and printed as typed they read as a typing slip ("pages 10--20"). URLs,
 * e-mail addresses and code keep theirs (`--merge`).
 */
export function typedDashes(block: BlockText): void {
  if (!block.text.includes("--") && !block.text.includes("...")) return;
  for (const m of block.text.matchAll(TYPED)) {
    const end = m.index + m[0].length;
    if (block.fixed.subarray(m.index, end).some((f) => f === 1)) continue;
    block.out.set(m.index, MADE[m[0]] ?? m[0]);
    for (let i = m.index + 1; i < end; i++) block.out.set(i, "");
  }
}

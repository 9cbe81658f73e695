import type { LaidOutPage, Rect } from "./laid-out-doc.js";

/**
 * A page turned left for right, for a letter written right to left: what stood at the left
 * margin stands at the right, a signature grid fills from the right, a list's markers stand
 * right of their items. Each line was set mirrored within itself (set-lines.ts), so its
 * words come out in reading order.
 */
export function mirrorPage(page: LaidOutPage, pageWidth: number): LaidOutPage {
  const items = page.items.map((it) => mirrorItem(it, pageWidth));
  const cells = page.cells.map((c): Rect => ({ ...c, x: pageWidth - c.x - c.width }));
  return { ...page, items, cells };
}

/**
 * An item turned left for right about the middle of a span `axis` / 2 from the page's left
 * edge: the page's width turns it on the page, a column's left edge twice and its width turn
 * it in the column (a Hebrew passage in an English letter, page-units.ts).
 */
export function mirrorItem<T extends { x: number; width: number }>(it: T, axis: number): T {
  return { ...it, x: axis - it.x - it.width };
}

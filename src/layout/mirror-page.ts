import type { LaidOutPage, PaintItem, Rect } from "./laid-out-doc.js";

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

function mirrorItem(it: PaintItem, pageWidth: number): PaintItem {
  return { ...it, x: pageWidth - it.x - it.width };
}

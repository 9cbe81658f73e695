import { MissiveError } from "../errors.js";
import { clipped } from "../shown-value.js";
import type { PaintItem, TextItem } from "./laid-out-doc.js";

/**
 * Refuses a page on which text of a placed group is drawn over, or beside, a line of the
 * letter's own text, within the text column. Why: a
 * `<place>` takes no room from the flow, so a group without a height that grows with its data
 * (a long sender block beside a logo) would print over the address or the body, and nothing
 * else would say so. Rules and images are left out: fold marks sit in the margin by design.
 */
export function refuseOverlap(
  placed: PaintItem[],
  flow: PaintItem[],
  column: { left: number; right: number },
): void {
  // A line of the flow owns the width of the text column, however short its text: text placed
  // beside it, in the column, reads as part of it.
  const lines = flow.filter(isText).map((t) => ({ t, at: { ...box(t), ...column } }));
  for (const p of placed.filter(isText)) {
    const hit = lines.find((l) => overlaps(box(p), l.at))?.t;
    if (!hit) continue;
    throw new MissiveError("layout", {
      message: `placed text "${clipped(p.text)}" at ${mm(p.x)}, ${mm(p.y)} runs into the letter's text ("${clipped(hit.text)}")`,
      hints: [
        'shorten what is placed (fewer or shorter lines), or the pack must leave it room (a taller letterhead, or a height on the <place>); a pack that draws over the text on purpose (a watermark) marks the <place> overlay="true"',
      ],
      about: p.text,
    });
  }
}

function isText(it: PaintItem): it is TextItem {
  return it.kind === "text" && it.text.trim() !== "";
}

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The room a line of text takes: its width, and most of its size above the baseline. */
function box(t: TextItem): Box {
  return { left: t.x, right: t.x + t.width, top: t.y - 0.7 * t.size, bottom: t.y + 0.2 * t.size };
}

/** Overlapping by more than half a point each way (touching lines are not drawn over). */
function overlaps(a: Box, b: Box): boolean {
  const across = Math.min(a.right, b.right) - Math.max(a.left, b.left);
  const down = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
  return across > 0.5 && down > 0.5;
}

function mm(pt: number): string {
  return `${((pt * 25.4) / 72).toFixed(1)}mm`;
}

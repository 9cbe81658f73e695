import { basename } from "node:path";
import { MissiveError } from "../errors.js";
import type { LaidOutPage, PaintItem } from "./laid-out-doc.js";

/**
 * Refuses a page band (the letterhead, the continuation header, a footer) with lines whose
 * baseline lies off the paper, above its top edge or below its foot. Why: a band is never
 * split, so what did not fit was lost without a word: a sender of 300 address lines printed
 * 65 of them, six offices of 3,000 lines each a page of their first lines, in a letter that
 * said it was written (exit 0). An image is measured by its whole height: a logo of which only
 * the top was on the paper printed cut off by its foot (exit 0). A placed group off the paper
 * is refused alike (place-groups.ts).
 */
export function refuseBandOffPaper(band: string, page: LaidOutPage, paperHeight: number): void {
  const onPaper = (it: PaintItem) => it.y >= -0.01 && bottom(it) <= paperHeight + 0.01;
  const off = page.items.filter((it) => !onPaper(it));
  if (off.length === 0) return;
  const lost = off.filter(isLine);
  const hints = [
    "a page band is never split across pages: shorten what it prints (fewer or shorter lines), or the pack must set it in a smaller style",
  ];
  const image = off.find((it) => it.kind === "image");
  // An image cut by the paper's edge (a tall logo, only its top on the paper) is named and
  // placed where it was named, as the lines it pushed off follow from it.
  if (image?.kind === "image" && (lost.length === 0 || image.y <= (lost[0] as PaintItem).y)) {
    throw new MissiveError("layout", {
      message: `${band} runs off the paper: its image ${basename(image.src)} is ${Math.round(image.height).toLocaleString("en-US")}pt tall and ${cutBy(image, paperHeight)}`,
      hints: ["give the image a smaller width or height", ...hints],
      aboutImage: image.src,
    });
  }
  const lines = new Set(lost.map((it) => it.y)).size;
  const first = lost[0]?.kind === "text" ? lost[0].text : undefined;
  // Only a rule off the paper (its lines all print): named, and the band found by the line
  // nearest it, where the band is to be shortened.
  const nearest = first === undefined ? nearestLine(page.items.filter(onPaper), off[0]) : first;
  const what =
    first === undefined
      ? `its rule would not be printed${nearest === undefined ? "" : `, past "${nearest}"`}`
      : `${lines.toLocaleString("en-US")} of its lines would not be printed, from "${first}"`;
  throw new MissiveError("layout", {
    message: `${band} runs off the paper: ${what}`,
    hints,
    ...(nearest === undefined ? {} : { about: nearest }),
  });
}

/** Where an item ends: an image's foot; a line's baseline, a rule's centre (its `y`). */
function bottom(it: PaintItem): number {
  return it.kind === "image" ? it.y + it.height : it.y;
}

/** How the paper cuts an image: how much of it lies past which edge. */
function cutBy(image: PaintItem & { kind: "image" }, paperHeight: number): string {
  const over = Math.round(Math.max(-image.y, image.y + image.height - paperHeight));
  const edge = image.y < -0.01 ? "top" : "foot";
  if (image.y > paperHeight || image.y + image.height < 0) return "would not be printed";
  return `${over.toLocaleString("en-US")}pt of it would run past the paper's ${edge}`;
}

/** A line of text that prints something. */
function isLine(it: PaintItem): it is PaintItem & { kind: "text"; text: string } {
  return it.kind === "text" && it.text.trim() !== "";
}

/** The text of the line nearest `to` (the band's last line above it, or first below it). */
function nearestLine(items: readonly PaintItem[], to: PaintItem | undefined): string | undefined {
  if (!to) return undefined;
  let best: { text: string; d: number } | undefined;
  for (const it of items)
    if (isLine(it) && (!best || Math.abs(it.y - to.y) < best.d))
      best = { text: it.text, d: Math.abs(it.y - to.y) };
  return best?.text;
}

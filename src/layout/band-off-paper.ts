import { MissiveError } from "../errors.js";
import type { LaidOutPage, PaintItem } from "./laid-out-doc.js";

/**
 * Refuses a page band (the letterhead, the continuation header, a footer) with lines whose
 * baseline lies off the paper, above its top edge or below its foot. Why: a band is never
 * split, so what did not fit was lost without a word: a sender of 300 address lines printed
 * 65 of them, six offices of 3,000 lines each a page of their first lines, in a letter that
 * said it was written (exit 0). A placed group off the paper is refused alike
 * (place-groups.ts).
 */
export function refuseBandOffPaper(band: string, page: LaidOutPage, paperHeight: number): void {
  const onPaper = (it: PaintItem) => it.y <= paperHeight + 0.01 && it.y >= -0.01;
  const off = page.items.filter((it) => !onPaper(it));
  if (off.length === 0) return;
  const lost = off.filter(isLine);
  const lines = new Set(lost.map((it) => it.y)).size;
  const first = lost[0]?.kind === "text" ? lost[0].text : undefined;
  // Only a rule or an image off the paper (its lines all print): named, and the band found
  // by the line nearest it, where the band is to be shortened.
  const nearest = first === undefined ? nearestLine(page.items.filter(onPaper), off[0]) : first;
  const what =
    first === undefined
      ? `its ${off[0]?.kind === "image" ? "image" : "rule"} would not be printed${nearest === undefined ? "" : `, past "${nearest}"`}`
      : `${lines.toLocaleString("en-US")} of its lines would not be printed, from "${first}"`;
  throw new MissiveError("layout", {
    message: `${band} runs off the paper: ${what}`,
    hints: [
      "a page band is never split across pages: shorten what it prints (fewer or shorter lines), or the pack must set it in a smaller style",
    ],
    ...(nearest === undefined ? {} : { about: nearest }),
  });
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

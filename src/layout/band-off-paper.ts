import { MissiveError } from "../errors.js";
import type { LaidOutPage } from "./laid-out-doc.js";

/**
 * Refuses a page band (the letterhead, the continuation header, a footer) with lines whose
 * baseline lies off the paper, above its top edge or below its foot. Why: a band is never
 * split, so what did not fit was lost without a word: a sender of 300 address lines printed
 * 65 of them, six offices of 3,000 lines each a page of their first lines, in a letter that
 * said it was written (exit 0). A placed group off the paper is refused alike
 * (place-groups.ts).
 */
export function refuseBandOffPaper(band: string, page: LaidOutPage, paperHeight: number): void {
  const off = page.items.filter((it) => it.y > paperHeight + 0.01 || it.y < -0.01);
  if (off.length === 0) return;
  const lost = off.filter((it) => it.kind === "text" && it.text.trim() !== "");
  const lines = new Set(lost.map((it) => it.y)).size;
  const first = lost[0]?.kind === "text" ? lost[0].text : undefined;
  throw new MissiveError("layout", {
    message: `${band} runs off the paper: ${lines.toLocaleString("en-US")} of its lines would not be printed${first === undefined ? "" : `, from "${first}"`}`,
    hints: [
      "a page band is never split across pages: shorten what it prints (fewer or shorter lines), or the pack must set it in a smaller style",
    ],
    ...(first === undefined ? {} : { about: first }),
  });
}

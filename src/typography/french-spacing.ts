import type { BlockText } from "./block-text.js";
import { language } from "./tie-spaces.js";

/** A narrow no-break space (espace fine insécable). */
export const THIN = "\u202f";

const SPACES = new Set([" ", "\u00a0", THIN]);
const HIGH = new Set([";", ":", "!", "?"]);

/**
 * French spacing: a narrow no-break space before ; : ! ? and inside « ». A space already
 * there becomes the narrow no-break one (never a second space); where none was, one is added.
 * Only characters whose language is French are touched.
 */
export function frenchSpacing(block: BlockText): void {
  for (let i = 0; i < block.text.length; i++) {
    if (block.fixed[i] || language(block.lang[i] ?? "") !== "fr") continue;
    const ch = block.out[i] ?? "";
    if (ch === "«") spaceAfter(block, i);
    else if (ch === "»" || (HIGH.has(ch) && highNeedsSpace(block, i))) spaceBefore(block, i);
  }
}

/** Not after another such sign (?!), an opening bracket, a line start; not in 10:30. */
function highNeedsSpace(block: BlockText, i: number): boolean {
  const prev = block.text[i - 1];
  if (prev === undefined || prev === "\n" || prev === "(" || prev === "[") return false;
  if (HIGH.has((block.out[i - 1] ?? "").slice(-1))) return false;
  return !(block.text[i] === ":" && /\d/.test(prev) && /\d/.test(block.text[i + 1] ?? ""));
}

function spaceBefore(block: BlockText, i: number): void {
  const prev = block.out[i - 1];
  if (prev === undefined || block.text[i - 1] === "\n") return;
  if (SPACES.has(prev)) {
    if (!block.fixed[i - 1]) block.out[i - 1] = THIN;
  } else if (!prev.endsWith(THIN)) block.out[i] = THIN + block.out[i];
}

function spaceAfter(block: BlockText, i: number): void {
  const next = block.out[i + 1];
  if (next === undefined || block.text[i + 1] === "\n") return;
  if (SPACES.has(next)) {
    if (!block.fixed[i + 1]) block.out[i + 1] = THIN;
  } else if (!next.startsWith(THIN)) block.out[i] = `${block.out[i]}${THIN}`;
}

import type { BlockText } from "./block-text.js";
import { lastWord } from "./piece-words.js";

/**
 * Whether piece `k`'s last word starts a line of an address, as a house number or a postcode
 * does ("1250, route des Crêtes", "1012 AB Amsterdam"), or follows a tie typed before it: the
 * block's first word, or the first after a line break in a block of lines (a letterhead's, an
 * address's). After a hard line break inside a paragraph of prose (block.prose) it starts no
 * address's line: a year there ("depuis mai\⏎2025, place Bellecour", "targets for\⏎2024 EU
 * Member States") read as a house number or a postcode's half and was tied to the next word.
 */
export function startsLine(block: BlockText, pieces: readonly string[], k: number): boolean {
  if (k === 0) return true;
  const piece = pieces[k] as string;
  const word = lastWord(piece);
  if (word === piece) return false;
  return !block.prose || piece[piece.length - word.length - 1] !== "\n";
}

import { type BlockText, hasLanguage, langAt, outAt, primaryLanguage } from "./block-text.js";

/** A narrow no-break space (espace fine insécable): before ; ! ? */
export const THIN = "\u202f";
/** A no-break space of a word space's width (espace insécable): before : and inside « ». */
const WORD = "\u00a0";

const SPACES: ReadonlySet<string> = new Set([" ", WORD, THIN]);
const HIGH: ReadonlySet<string> = new Set([";", ":", "!", "?"]);

/**
 * French spacing: a narrow no-break space before ; ! ? and a word-wide one before : and
 * inside « », as the Imprimerie nationale's rules and LaTeX's babel-french set them. A space
 * already there becomes the no-break one (never a second space); where none was, one is
 * added. Only characters whose language is French are touched. Runs after the quotes pass,
 * whose « » it spaces as well as typed ones. Canadian French adds none before ; ! ?, as the
 * Translation Bureau's Guide du rédacteur writes them (a space typed there is kept, no-break).
 */
export function frenchSpacing(block: BlockText): void {
  if (!hasLanguage(block, "fr")) return;
  for (const m of block.text.matchAll(/[;:!?«»"]/g)) {
    const i = m.index;
    if (block.fixed[i] || primaryLanguage(langAt(block, i)) !== "fr") continue;
    const ch = outAt(block, i);
    if (ch === "«") spaceAfter(block, i, WORD);
    else if (ch === "»") spaceBefore(block, i, WORD);
    else if (HIGH.has(ch) && highNeedsSpace(block, i) && (ch === ":" || spacedHere(block, i)))
      spaceBefore(block, i, ch === ":" ? WORD : THIN);
  }
}

/** Whether ; ! ? at `i` takes a space before it: always but in Canadian French, where one was typed. */
function spacedHere(block: BlockText, i: number): boolean {
  return !CANADIAN.test(langAt(block, i)) || SPACES.has(outAt(block, i - 1));
}

/** Canadian French: fr-CA, with any script or variant subtags after the region. */
const CANADIAN = /^fr(?:[-_][A-Za-z]{4})?[-_]CA(?:[-_]|$)/i;

/** Not after another such sign (?!), an opening bracket, a line start; not in 10:30. */
function highNeedsSpace(block: BlockText, i: number): boolean {
  const prev = block.text[i - 1];
  if (prev === undefined || prev === "\n" || prev === "(" || prev === "[") return false;
  if (HIGH.has(outAt(block, i - 1).slice(-1))) return false;
  return !(block.text[i] === ":" && /\d/.test(prev) && /\d/.test(block.text[i + 1] ?? ""));
}

function spaceBefore(block: BlockText, i: number, space: string): void {
  if (i === 0 || block.text[i - 1] === "\n") return;
  const prev = outAt(block, i - 1);
  if (SPACES.has(prev)) {
    if (!block.fixed[i - 1]) block.out.set(i - 1, space);
  } else if (!SPACES.has(prev.slice(-1))) block.out.set(i, space + outAt(block, i));
}

function spaceAfter(block: BlockText, i: number, space: string): void {
  if (i + 1 >= block.text.length || block.text[i + 1] === "\n") return;
  const next = outAt(block, i + 1);
  if (SPACES.has(next)) {
    if (!block.fixed[i + 1]) block.out.set(i + 1, space);
  } else if (!SPACES.has(next.slice(0, 1))) block.out.set(i, `${outAt(block, i)}${space}`);
}

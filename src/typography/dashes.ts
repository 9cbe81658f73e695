import { type BlockText, langAt } from "./block-text.js";
import { AROUND, typedEmDash } from "./range-ends.js";
import { setsFor } from "./tie-sets.js";

/**
 * Two or three hyphens, or three dots, typed for a dash or an ellipsis, and no more of either
 * around them (a row of four hyphens or dots is left as typed).
 */
const TYPED = /(?<!-)-{2,3}(?!-)|(?<!\.)\.\.\.(?!\.)/g;

const MADE: Record<string, string> = { "--": "–", "---": "—", "...": "…" };

/** A hyphen before a number, perhaps before its currency sign: "-5", "-€40". */
const BEFORE_NUMBER = /-(?=\p{Sc}?\p{Nd})/gu;
/** What a sign may follow: a space, an opening bracket or quote, a currency sign ("€-40"). */
const SIGN_AFTER = /[\s\p{Ps}\p{Pi}\p{Sc}"']/u;
/**
 * A number that goes on with another hyphen and digits: a reference, a date or a telephone
 * number ("-2024-17", "-555-0186"), whose first hyphen is no sign either.
 */
const HYPHENATED = /^-\p{Sc}?[\p{Nd}.,]*\p{Nd}-\p{Nd}/u;

/**
 * Turns `--` into an en dash (in American English an em dash, but in a range:
 * emDashTyped), `---` into an em dash and `...` into an ellipsis, as TeX's ligatures, pandoc's smart extension and Typst's markup do, and a hyphen typed as a number's
 * sign into the minus sign (−). Why: a letter typed in a plain editor has them, and printed
 * as typed they read as a typing slip ("pages 10--20"), and a hyphen is too short and too
 * high for a minus: "-1,250.00" in a column of amounts does not match the "+" of the next.
 * URLs, e-mail addresses and code keep theirs (`--merge`).
 */
export function typedDashes(block: BlockText): void {
  if (!block.text.includes("-") && !block.text.includes("...")) return;
  for (const m of block.text.matchAll(TYPED)) {
    const end = m.index + m[0].length;
    if (block.fixed.subarray(m.index, end).some((f) => f === 1)) continue;
    const made = m[0] === "--" && emDashTyped(block, m.index, end) ? "—" : MADE[m[0]];
    block.out.set(m.index, made ?? m[0]);
    for (let i = m.index + 1; i < end; i++) block.out.set(i, "");
  }
  minusSigns(block);
}

/**
 * Whether the two hyphens from `start` to `end` stand for an em dash: in American English, but
 * in a range (range-ends.ts: "pages 10--20", "9 a.m.--5 p.m.", "May 5 -- June 10",
 * "Monday--Friday", en dash as everywhere), as the ties read it.
 * Why: American typists type "--" for the em dash (the typewriter's convention, which Chicago's manuscript advice and
 * SmartyPants' default mode follow, "word--word" → "word—word"), where TeX, pandoc and
 * British usage read it as an en dash ("word -- word", the spaced en dash British English
 * sets for a pause); "---" is an em dash everywhere.
 */
function emDashTyped(block: BlockText, start: number, end: number): boolean {
  const sets = setsFor(langAt(block, start));
  if (!sets.emDashTyped) return false;
  const before = block.text.slice(Math.max(0, start - AROUND), start);
  return typedEmDash(before, block.text.slice(end, end + AROUND), sets);
}

/**
 * A hyphen that starts a word and stands before a number is its sign: "-1,250.00", "(-5 %)",
 * "€-40", "-€40". A hyphen between digits or after a letter joins them (a range "10-12", a
 * date "2024-05-01", a reference "AZ-2024-17", an ISBN) and stays as typed.
 */
function minusSigns(block: BlockText): void {
  const { text } = block;
  for (const m of text.matchAll(BEFORE_NUMBER)) {
    const i = m.index;
    if (block.fixed[i] || block.out.has(i)) continue;
    if (i > 0 && !SIGN_AFTER.test(text[i - 1] as string)) continue;
    if (HYPHENATED.test(text.slice(i, i + 40))) continue;
    block.out.set(i, "\u2212");
  }
}

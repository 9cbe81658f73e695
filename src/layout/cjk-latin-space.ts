import { type GlueItem, type Item, NEVER } from "./paragraph-items.js";

/** Han and kana: the scripts set with a little space against Latin letters and digits. */
export const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u30fc]/u;
/**
 * Latin letters and digits, half width: not the full-width forms ("ＡＢＣ", "１２"), which
 * are set as CJK characters are.
 */
const WESTERN = /(?![\uff00-\uffef])[\p{Script=Latin}0-9]/u;

/** The space between them, in ems of the text: a quarter, as JIS X 4051 and CLREQ ask. */
const SPACE = 0.25;
/** How far it may shrink (to an eighth, JIS X 4051's least) and stretch, in ems. */
const SHRINK = 0.125;
const STRETCH = 0.1;

/**
 * Puts a quarter em between Chinese or Japanese characters and Latin letters or digits that
 * touch them ("注文番号はMS-2024です", "8月23日"), as pLaTeX's xkanjiskip, xeCJK, Typst
 * and Word do: without it the Latin word looks glued to its neighbours. Where the line may
 * break there (a CJK gap), the gap gets the space; inside a piece that may not break, a
 * space that no line breaks at goes between the two boxes. Text that has a space there
 * already is left as it is. Changes `items` in place.
 */
export function spaceCjkLatin(items: Item[]): void {
  for (let i = items.length - 1; i > 0; i--) {
    const it = items[i] as Item;
    if (it.t !== "box") continue;
    const before = items[i - 1] as Item;
    if (before.t === "box") {
      const glue = boundary(before, it);
      if (glue)
        items.splice(i, 0, { t: "penalty", w: 0, p: NEVER, flagged: false, text: "" }, glue);
    } else if (before.t === "glue" && before.gap && before.w === 0) {
      const prev = items[i - 2];
      const glue = prev?.t === "box" ? boundary(prev, it) : null;
      if (glue) items[i - 1] = glue;
    }
  }
}

/** The space between two boxes that touch, if one ends in CJK and the other starts Western. */
function boundary(a: Item & { t: "box" }, b: Item & { t: "box" }): GlueItem | null {
  // A footnote's mark sits raised against the word it follows.
  if (a.look.rise || b.look.rise) return null;
  const last = lastChar(a.text);
  const first = String.fromCodePoint(b.text.codePointAt(0) ?? 0);
  const cjkFirst = CJK.test(last) && WESTERN.test(first);
  if (!cjkFirst && !(WESTERN.test(last) && CJK.test(first))) return null;
  const cjk = cjkFirst ? a : b;
  const em = cjk.look.size;
  return {
    t: "glue",
    w: em * SPACE,
    stretch: em * STRETCH,
    shrink: em * SHRINK,
    look: cjk.look,
    gap: true,
  };
}

function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  return text.slice(low >= 0xdc00 && low <= 0xdfff ? -2 : -1);
}

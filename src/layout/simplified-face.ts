import type { LetterDoc } from "../model/letter-doc.js";
import { draws, type FontBook } from "./font-book.js";

/** The OS/2 code pages (bits of `codePageRange[0]`) of Simplified and Traditional Chinese. */
const GB2312 = 1 << 18;
const BIG5 = 1 << 20;

/**
 * A warning when a letter in Traditional Chinese (zh-TW, zh-HK, zh-Hant: a tag whose likely
 * script is Hant) has its Han characters drawn by a Simplified Chinese font, or null. Such a
 * font draws the traditional characters it has in the mainland's shapes (說, 為, 骨) and sets
 * "，。、" low at the left of their square, where Taiwan and Hong Kong centre them; it chooses
 * other forms by language only where it has them (OpenType `locl`), and a Simplified Chinese
 * one has none for Traditional Chinese. Why a warning and not another font: missive ships no
 * Chinese font (a Traditional one is 10 to 20 MB a weight, docs/scripts.md), so the pack's is
 * the best there is. Told by the font's OS/2 code pages: GB 2312 without Big5 (Noto Serif SC);
 * a font for both (a pan-CJK one, with `locl` forms for each) or for Big5 passes.
 */
export function simplifiedFaceWarning(doc: LetterDoc, book: FontBook): string | null {
  const tag = traditionalChinese(doc.lang);
  if (!tag) return null;
  const family = doc.styles.default?.font ?? "";
  const face = book.chain(family, false, false, doc.lang).find((f) => draws(f, "中"));
  const pages = face?.font["OS/2"]?.codePageRange?.[0] ?? 0;
  if (!face || !(pages & GB2312) || pages & BIG5) return null;
  return `the letter is in Traditional Chinese (${tag}), but its Chinese characters are set in ${face.font.postscriptName}, a Simplified Chinese font: some take the mainland's shapes, and "，。、" sit low at the left; name a Traditional Chinese font in the pack (npm install @expo-google-fonts/noto-serif-tc), for the language alone if need be (fontChains: { ${tag}: [...] }), docs/scripts.md`;
}

/**
 * The language tag without extensions ("zh-TW" of "zh-TW-u-ca-roc") if it is written in
 * Traditional Chinese characters (its likely script is Hant), else null.
 */
function traditionalChinese(lang: string): string | null {
  try {
    const locale = new Intl.Locale(lang);
    const likely = locale.maximize();
    return likely.language === "zh" && likely.script === "Hant" ? locale.baseName : null;
  } catch {
    return null;
  }
}

import type { LetterDoc, Run } from "../model/letter-doc.js";
import { draws, type Face, type FontBook } from "./font-book.js";

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
  const family = doc.styles.default?.font ?? "";
  return simplifiedWarning(book.chain(family, false, false, doc.lang), doc.lang, "the letter is");
}

/**
 * The same warning for a span marked as Traditional Chinese (`[臺北市]{lang=zh-TW}`, `<span
 * lang="zh-Hant">`) in a letter that is not, whose Chinese characters `chain` (the span's
 * fonts) sets in a Simplified Chinese font, or null. A letter in Traditional Chinese is warned
 * about once, as a whole (simplifiedFaceWarning).
 */
export function spanSimplifiedWarning(
  run: Run,
  chain: readonly Face[],
  letterLang: string | undefined,
): string | null {
  if (!run.lang || !HAN.test(run.text) || traditionalChinese(letterLang ?? "")) return null;
  return simplifiedWarning(chain, run.lang, "text marked");
}

const HAN = /\p{Script=Han}/u;

/**
 * The cause of both warnings (LayoutWarning's `cause`): Traditional Chinese set in a
 * Simplified Chinese font is one thing to mend, however many tags (zh-TW, zh-Hant) or faces
 * (regular, bold) show it, so a letter is warned once.
 */
export const SIMPLIFIED_FACE = "simplified-face";

/** The warning for text in `lang` set by `chain`: `what` says whose ("the letter is"). */
function simplifiedWarning(chain: readonly Face[], lang: string, what: string): string | null {
  const tag = traditionalChinese(lang);
  if (!tag) return null;
  const face = chain.find((f) => draws(f, "中"));
  const pages = face?.font["OS/2"]?.codePageRange?.[0] ?? 0;
  if (!face || !(pages & GB2312) || pages & BIG5) return null;
  return `${what} in Traditional Chinese (${tag}), but its Chinese characters are set in ${face.font.postscriptName}, a Simplified Chinese font: some take the mainland's shapes, and "，。、" sit low at the left; name a Traditional Chinese font in the pack (npm install @expo-google-fonts/noto-serif-tc), for the language alone if need be (fontChains: { ${tag}: [...] }), docs/scripts.md`;
}

/** Chinese, Mandarin (which ICU reads as Chinese), and a tag of no language ("und-TW"). */
const MAY_BE_CHINESE: ReadonlySet<string> = new Set(["zh", "cmn", "und"]);

/**
 * The language tag without extensions ("zh-TW" of "zh-TW-u-ca-roc") if it is written in
 * Traditional Chinese characters (its likely script is Hant), else null.
 */
function traditionalChinese(lang: string): string | null {
  // Why look first: ICU's likely subtags were asked for every letter, and most are in no
  // language that may be Chinese.
  if (!MAY_BE_CHINESE.has(lang.split("-")[0]?.toLowerCase() ?? "")) return null;
  try {
    const locale = new Intl.Locale(lang);
    const likely = locale.maximize();
    return likely.language === "zh" && likely.script === "Hant" ? locale.baseName : null;
  } catch {
    return null;
  }
}

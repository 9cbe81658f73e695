import { Tokenizer, type Tokens } from "marked";

/**
 * Chinese, Japanese and Korean punctuation and the full-width forms ("、", "。", "）", "「",
 * "：", the ideographic space): never part of a web address, which writes them
 * percent-encoded if at all. Chinese and Japanese put no space between an address and the
 * sentence around it ("詳細はhttps://example.jp/info、または…").
 */
const ENDS_ADDRESS = /[\u3000-\u303f\ufe30-\ufe4f\uff00-\uffef]/u;

/**
 * marked's tokenizer, with a bare web address (`https://…`, `www.…`) ending where such
 * punctuation starts. Why: GFM's extended autolink runs to the next space or "<", so in
 * Chinese or Japanese, which has none, it took the rest of the paragraph into the link's
 * target and printed it as one word that could not break (or kept "、" off a line start).
 */
export class AddressTokenizer extends Tokenizer {
  override url(src: string): Tokens.Link | undefined {
    const token = super.url(src);
    if (!token) return token;
    const end = token.raw.search(ENDS_ADDRESS);
    // Read again up to there, so trailing "." or ")" are left out as marked leaves them out.
    return end < 0 ? token : super.url(src.slice(0, end));
  }
}

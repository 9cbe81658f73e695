import { Tokenizer, type Tokens } from "marked";

/**
 * Chinese, Japanese and Korean punctuation and the full-width forms ("、", "。", "）", "「",
 * "：", the ideographic space), and their letters (kanji and hanzi, kana, hangul): never part
 * of a web address as people write one, which writes them percent-encoded
 * (`/%E6%97%A5%E6%9C%AC`). Chinese and Japanese put no space between an address and the
 * sentence around it ("詳細はhttps://example.jp/aboutをご覧ください"). Why the letters too,
 * though an IRI may hold them (`https://example.jp/日本`): such addresses are rare in letters,
 * while kana after an address is in every Japanese sentence that gives one; an IRI is written
 * as a link, `[https://example.jp/日本](https://example.jp/日本)`.
 */
const ENDS_ADDRESS =
  /[\u3000-\u303f\u3040-\u30ff\ufe30-\ufe4f\uff00-\uffef\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;

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

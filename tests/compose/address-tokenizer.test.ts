import { expect, it } from "vitest";
import { markdownToMarkup } from "../../src/compose/markdown.js";

const md = (text: string) => markdownToMarkup(text, (s) => ({ file: s }));

// Chinese and Japanese write no space around a web address. Before, GFM's autolink ran on to
// the next space: the rest of the paragraph became the link's target, and was set as one
// word that could not break.
it("ends a bare web address where Chinese or Japanese punctuation starts", () => {
  expect(md("詳細はhttps://example.jp/info/index.html、または**電話**で。")).toBe(
    '<p>詳細は<a href="https://example.jp/info/index.html">https://example.jp/info/index.html</a>、または<b>電話</b>で。</p>',
  );
  expect(md("www.example.cn/a）和「https://example.cn/b.」")).toBe(
    '<p><a href="http://www.example.cn/a">www.example.cn/a</a>）和「<a href="https://example.cn/b">https://example.cn/b</a>.」</p>',
  );
});

it("keeps GFM's autolinks elsewhere as they were", () => {
  expect(md("See https://example.org/a_(b). Or www.example.org/%E6%97%A5.")).toBe(
    '<p>See <a href="https://example.org/a_(b)">https://example.org/a_(b)</a>. Or <a href="http://www.example.org/%E6%97%A5">www.example.org/%E6%97%A5</a>.</p>',
  );
});

// letters27: "詳細はhttps://example.jp/aboutをご覧ください" took "をご覧ください" into the link. An
// address ends where kana, kanji or hangul start; an IRI with them is written as a link.
it("ends a bare web address where Chinese, Japanese or Korean letters start", () => {
  expect(md("詳細はhttps://example.jp/aboutをご覧ください")).toBe(
    '<p>詳細は<a href="https://example.jp/about">https://example.jp/about</a>をご覧ください</p>',
  );
  expect(md("자세한 내용은 https://example.kr/info를 보세요.")).toBe(
    '<p>자세한 내용은 <a href="https://example.kr/info">https://example.kr/info</a>를 보세요.</p>',
  );
  expect(md("请访问https://example.cn/a了解详情")).toBe(
    '<p>请访问<a href="https://example.cn/a">https://example.cn/a</a>了解详情</p>',
  );
  expect(md("[https://example.jp/日本](https://example.jp/日本)")).toBe(
    '<p><a href="https://example.jp/日本">https://example.jp/日本</a></p>',
  );
});

// letters27: "Jane Doe <jane@example.org>", as a quoted e-mail names its sender, printed
// "Jane Doe jane@example.org": CommonMark's e-mail autolink drops its brackets.
it("keeps the angle brackets of an e-mail address written in them, the address a link", () => {
  expect(md("From: Jane Doe <jane@example.org>")).toBe(
    '<p>From: Jane Doe &lt;<a href="mailto:jane@example.org">jane@example.org</a>&gt;</p>',
  );
  // A Markdown link in brackets stays a link without them, as Markdown asks.
  expect(md("<https://example.org> <mailto:a@example.org>")).toBe(
    '<p><a href="https://example.org">https://example.org</a> <a href="mailto:a@example.org">mailto:a@example.org</a></p>',
  );
});

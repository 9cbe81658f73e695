import { expect, it } from "vitest";
import { markdownToMarkup } from "../../src/compose/markdown.js";

const md = (text: string) => markdownToMarkup(text, (s) => ({ file: s }));

// letters27: "・新住所⏎・電話番号" and "①第一項目⏎②第二項目", as Japanese letters list things,
// ran together into one line of a paragraph: Markdown knows neither marker.
it("reads lines of ・ or of circled numbers as a list, each marker printed as typed", () => {
  expect(md("下記のとおりです。\n・新住所\n・電話番号は*未定*")).toBe(
    '<p>下記のとおりです。</p><list><item bullet="・">新住所</item><item bullet="・">電話番号は<i>未定</i></item></list>',
  );
  expect(md("①第一項目\n②第二項目")).toBe(
    '<list ordered="true"><item bullet="①">第一項目</item><item bullet="②">第二項目</item></list>',
  );
});

it("leaves a lone marker, a count that skips and a line after the items as text", () => {
  expect(md("・一つだけ")).toBe("<p>・一つだけ</p>");
  expect(md("①第一\n③第三")).toBe("<p>①第一\n③第三</p>");
  expect(md("・新住所\n・電話番号\n以上です。")).toBe("<p>・新住所\n・電話番号\n以上です。</p>");
  expect(md("・・・そして\n・・・また")).toBe("<p>・・・そして\n・・・また</p>");
});

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

it("leaves a lone marker and a count that skips as text", () => {
  expect(md("・一つだけ")).toBe("<p>・一つだけ</p>");
  expect(md("①第一\n③第三")).toBe("<p>①第一\n③第三</p>");
  expect(md("・・・そして\n・・・また")).toBe("<p>・・・そして\n・・・また</p>");
  expect(md("・一つ\n以上です。\n・二つ")).toBe("<p>・一つ\n以上です。\n・二つ</p>");
});

// structure28: "内容は次のとおりです。⏎・日時⏎・会場⏎以上、よろしく…" printed as one line of
// a paragraph ("内容は次のとおりです。・日時・会場以上、…"): a list had to end its paragraph.
it("ends the list at the first line that is not an item: the lines after it are a paragraph", () => {
  expect(md("内容は次のとおりです。\n・日時\n・会場\n以上、よろしく\nお願いします。")).toBe(
    '<p>内容は次のとおりです。</p><list><item bullet="・">日時</item><item bullet="・">会場</item></list><p>以上、よろしく\nお願いします。</p>',
  );
  expect(md("・甲\n・乙\n次に\n①丙\n②丁\n終わり")).toBe(
    '<list><item bullet="・">甲</item><item bullet="・">乙</item></list><p>次に</p><list ordered="true"><item bullet="①">丙</item><item bullet="②">丁</item></list><p>終わり</p>',
  );
});

// review28: an item wrapped onto a line indented under it ended the list there, its rest
// starting the paragraph after ("8階会議室ご出席ください。").
it("goes on with an item's text on a line indented by spaces under it", () => {
  expect(
    md("次のとおりです。\n・日時：3月14日\n・会場：本社ビル\n   8階会議室\nご出席ください。"),
  ).toBe(
    '<p>次のとおりです。</p><list><item bullet="・">日時：3月14日</item><item bullet="・">会場：本社ビル\n8階会議室</item></list><p>ご出席ください。</p>',
  );
  expect(md("①日時\n  午後2時\n②会場")).toBe(
    '<list ordered="true"><item bullet="①">日時\n午後2時</item><item bullet="②">会場</item></list>',
  );
  // A paragraph's full-width indent after the list starts the paragraph.
  expect(md("・甲\n・乙\n　次に")).toBe(
    '<list><item bullet="・">甲</item><item bullet="・">乙</item></list><p>　次に</p>',
  );
});

// structure28: only ① to ⑳ were read; Unicode has ㉑ to ㉟ (U+3251…) and ㊱ to ㊿ (U+32B1…).
it("counts circled numbers on past twenty, across Unicode's three runs of them", () => {
  const items = (from: number, to: number) =>
    Array.from({ length: to - from + 1 }, (_, k) => {
      const n = from + k;
      const code = n <= 20 ? 0x245f + n : n <= 35 ? 0x3250 + n - 20 : 0x32b0 + n - 35;
      return String.fromCodePoint(code);
    });
  const markers = items(19, 50);
  const out = md(markers.map((m) => `${m}項目`).join("\n"));
  expect(out.startsWith('<list ordered="true"><item bullet="⑲">項目</item><item bullet="⑳">')).toBe(
    true,
  );
  expect(out.match(/<item /g)).toHaveLength(32);
  expect(out).toContain('<item bullet="㉟">項目</item><item bullet="㊱">項目</item>');
  expect(md("⑳二十\n㉒二十二")).toBe("<p>⑳二十\n㉒二十二</p>");
});

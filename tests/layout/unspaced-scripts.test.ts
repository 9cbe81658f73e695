import { readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { LaidOutDoc, TextItem } from "../../src/layout/laid-out-doc.js";
import { splitUnspaced, uax14Pieces } from "../../src/model/unspaced-breaks.js";
import type { Rendered } from "../../src/pipeline.js";
import { japaneseLetter } from "../helpers/letters.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";
import { hyphenatorFor } from "../helpers/resources.js";

/**
 * Cases of Unicode 15's LineBreakTest where linebreak 1.1 (written for an earlier UAX #14)
 * differs: the rules since added for East Asian brackets and for "a.2 本". Pinned, so an
 * upgrade that follows them shows up here.
 */
const KNOWN_DIFFERENCES = [1980, 1981, 1982, 1983, 1984, 1985, 1986, 1987, 1988, 2005, 2010, 2011];

describe("line breaks in text without spaces against Unicode's LineBreakTest", () => {
  const file = join(ROOT, "tests", "fixtures", "unicode", "LineBreakTest-cjk.txt");
  const cases = readFileSync(file, "utf8")
    .split("\n")
    .map((text, i) => ({ text, line: i + 1 }))
    .filter(({ text }) => text !== "" && !text.startsWith("#"));

  it("breaks where the file allows, but for the known differences", () => {
    expect(cases.length).toBeGreaterThan(2000);
    const wrong = cases.filter(({ text }) => {
      let s = "";
      const allowed: number[] = [];
      for (const t of text.trim().split(/\s+/)) {
        if (t === "÷") allowed.push(s.length);
        else if (t !== "×") s += String.fromCodePoint(Number.parseInt(t, 16));
      }
      let at = 0;
      const got = (uax14Pieces(s) ?? []).map((p) => (at += p.length));
      return got.join() !== allowed.filter((p) => p > 0).join();
    });
    expect(wrong.map((c) => c.line)).toEqual(KNOWN_DIFFERENCES);
  });

  // Before, UAX #14 broke an address after its hyphens and slashes ("minato-" / "seiki"),
  // and a justified line could spread it apart there, as between two characters.
  it("keeps a web or e-mail address among Japanese one piece, broken only as addresses are", () => {
    expect(
      splitUnspaced("詳細は、sales@minato-seiki.example）まで、www.example.jp/a-b/c。"),
    ).toEqual([
      "詳",
      "細",
      "は、",
      "sales@minato-seiki.example）",
      "ま",
      "で、",
      "www.example.jp/a-b/c。",
    ]);
  });

  it("keeps Japanese small kana and the prolonged sound mark with what comes before", () => {
    const pieces = splitUnspaced("ちょっとキャッシュカードを忘れてしまった。") ?? [];
    expect(pieces.length).toBeGreaterThan(5);
    for (const p of pieces)
      expect(p).not.toMatch(/^[ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶー]/u);
  });
});

/** Characters no line may start with, and those no line may end with (kinsoku). */
const NO_START = /^[，。、；：？！）」』】〕〉》”’,.;:?!)]/u;
const NO_END = /[（「『【〔〈《“‘(]$/u;

/** The layout's lines of the body: text items on one baseline joined, left to right. */
function bodyLines(doc: LaidOutDoc): string[] {
  const rows = new Map<string, TextItem[]>();
  for (const it of doc.pages.flatMap((p) => p.items)) {
    if (it.kind !== "text" || !(it.block ?? "").startsWith("p#")) continue;
    const key = `${it.block} ${it.y}`;
    rows.set(key, [...(rows.get(key) ?? []), it]);
  }
  return [...rows.values()].map((row) =>
    row
      .sort((a, b) => a.x - b.x)
      .map((i) => i.text)
      .join(""),
  );
}

describe("the Chinese–English letter (data/personal-chinese-english-2024.yaml)", () => {
  let r: Rendered;
  let lines: string[];
  beforeAll(async () => {
    r = await render(join(ROOT, "data", "personal-chinese-english-2024.yaml"));
    lines = bodyLines(r.laidOut as LaidOutDoc);
  });

  it("starts no line with closing punctuation and ends none with an opening one", () => {
    expect(lines.length).toBeGreaterThan(8);
    for (const l of lines) {
      expect(l.trim()).not.toMatch(NO_START);
      expect(l.trim()).not.toMatch(NO_END);
    }
  });

  it("does so in the PDF's text too, line by line", async () => {
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const rows = new Map<number, string[]>();
    for (const it of [...pdf.items].sort((a, b) => a.x - b.x)) {
      const y = Math.round(it.y);
      rows.set(y, [...(rows.get(y) ?? []), it.str]);
    }
    const texts = [...rows.values()].map((r) => r.join("").trim());
    expect(texts.some((t) => t.includes("COVID-19"))).toBe(true);
    for (const t of texts) {
      expect(t).not.toMatch(NO_START);
      expect(t).not.toMatch(NO_END);
    }
  });

  it("keeps COVID-19 and the numbers whole", () => {
    expect(lines.some((l) => l.includes("COVID-19"))).toBe(true);
    expect(lines.some((l) => l.includes("1,200,000"))).toBe(true);
  });
});

describe("English inside a Chinese letter", () => {
  it("hyphenates as English, with English patterns", async () => {
    const r = await render({
      file: join(ROOT, "data", "zh-narrow.yaml"),
      text: `template: personal-chinese
lang: zh-CN
sender: { name: 王丽华, address: [上海] }
date: 2024-11-18
recipient: [世界卫生组织]
salutation: 尊敬的同仁：
paper: a5
body: |
  我们建议如下。[Interoperability requirements, international standardisation, representative organisations and their institutional counterparts relayed the recommendations unanimously; the participating municipalities acknowledged their responsibilities.]{lang=en}
closing: 此致敬礼！
`,
    });
    const lines = bodyLines(r.laidOut as LaidOutDoc);
    const en = hyphenatorFor("en") as (w: string) => string[];
    const broken = lines.flatMap((l, i) => {
      if (!l.endsWith("\u00AD")) return [];
      const head = (l.slice(0, -1).split(" ").pop() ?? "").replace(/^\P{L}+/u, "");
      const tail = (lines[i + 1]?.split(" ")[0] ?? "").replace(/\P{L}+$/u, "");
      return [{ head, word: head + tail }];
    });
    // The measure is narrow for such long words: some are broken.
    expect(broken.length).toBeGreaterThan(0);
    for (const { head, word } of broken) {
      let at = 0;
      const points = en(word).map((syl) => (at += syl.length));
      expect(points, `${head}- in ${word}`).toContain(head.length);
    }
  });
});

/** The PDF's runs of the body's one line, left to right, with the gap before each. */
async function runs(
  body: string,
): Promise<{ str: string; x: number; width: number; gap: number }[]> {
  const r = await render(japaneseLetter(body, "ja-spacing"));
  const pdf = await extractPdf(r.pdf as Uint8Array);
  const first = pdf.items.find((i) => i.str.startsWith(body.slice(0, 1)));
  const line = pdf.items.filter((i) => Math.abs(i.y - (first?.y ?? 0)) < 1);
  line.sort((a, b) => a.x - b.x);
  return line.map((i, k) => {
    const prev = line[k - 1];
    return { str: i.str, x: i.x, width: i.width, gap: prev ? i.x - (prev.x + prev.width) : 0 };
  });
}

describe("Latin letters and digits among Chinese or Japanese characters", () => {
  it("stand a quarter em from them, as pLaTeX, Typst and Word set them", async () => {
    const got = await runs("注文番号はMS-2024-08117です。8月23日に発送します。");
    const text = got.map((r) => r.str).join("");
    expect(text).toBe("注文番号はMS-2024-08117です。8月23日に発送します。");
    // The body is 11 pt: a quarter em is 2.75 pt, at every change of script and only there.
    const spaced = got.filter((r) => r.gap > 0.5);
    // Not after "。", whose glyph has room of its own.
    expect(spaced.map((r) => r.str[0])).toEqual(["M", "で", "月", "2", "日"]);
    for (const r of spaced) expect(r.gap).toBeCloseTo(2.75, 1);
  });

  it("are not full-width forms, which are set as CJK characters are", async () => {
    const got = await runs("ＡＢＣ社の１２名");
    expect(got.map((r) => r.str).join("")).toBe("ＡＢＣ社の１２名");
    expect(got.filter((r) => r.gap > 0.5)).toEqual([]);
  });

  it("get no more space where the text has a space already", async () => {
    const got = await runs("自 2020 年 COVID-19 疫情以来");
    const gaps = got.filter((r) => r.gap > 0.5).map((r) => r.gap);
    expect(gaps.length).toBeGreaterThan(0);
    // A word space of the Latin font, well under a space and a quarter em.
    for (const g of gaps) expect(g).toBeLessThan(3.5);
  });
});

describe("Chinese and Japanese punctuation", () => {
  it("sets two marks in a row in the room of one and a half (the font's chws)", async () => {
    const got = await runs("全三巻）』につき");
    expect(got.map((r) => r.str).join("")).toBe("全三巻）』につき");
    // Eight full-width characters at 11 pt, "）』" one half-width narrower: 82.5 pt.
    const first = got[0];
    const last = got[got.length - 1];
    expect(first && last ? last.x + last.width - first.x : 0).toBeCloseTo(82.5, 0);
  });

  it("measures what it paints where two marks meet at a place a line may break", async () => {
    // The sender's lines are set flush right: each must end at the right margin, the one
    // with "、「" (two pieces to the line breaker, one text to the painter) as the other.
    const r = await render({
      file: join(ROOT, "data", "ja-right.yaml"),
      text: `template: personal-chinese
lang: ja
sender: { name: みなと書房, address: [丸の内、「みなと」ビル, 東京都千代田区] }
date: 2024-08-20
recipient: [山田 太郎 様]
salutation: 拝啓
body: 本文
closing: 敬具
`,
    });
    const pdf = await extractPdf(r.pdf as Uint8Array);
    const right = (start: string) => {
      const first = pdf.items.find((i) => i.str.startsWith(start));
      const row = pdf.items.filter((i) => Math.abs(i.y - (first?.y ?? 0)) < 1);
      return Math.max(...row.map((i) => i.x + i.width));
    };
    expect(right("丸の内")).toBeCloseTo(right("東京都"), 1);
  });
});

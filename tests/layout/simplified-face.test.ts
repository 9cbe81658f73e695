import { beforeAll, describe, expect, it } from "vitest";
import { warningText } from "../../src/errors.js";
import { ROOT, render } from "../helpers/render.js";
import { loadHarfBuzz } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

/** A letter in `lang` on the example pack for Chinese, whose Chinese font is Noto Serif SC. */
function chinese(lang: string) {
  const text = `template: personal-chinese
lang: ${lang}
sender: { name: 臺灣精密機械股份有限公司, address: [臺中市] }
date: 2025-03-05
recipient: [經濟部產業發展署]
body: "本公司擬申請補助計畫，說明如下。"
`;
  return render({ file: `${ROOT}/data/traditional.yaml`, text }, ["pdf"]);
}

const messages = async (lang: string) => (await chinese(lang)).warnings.map((w) => w.message);

describe("a letter in Traditional Chinese set in a Simplified Chinese font", () => {
  it("is set, with a warning that names the font and a Traditional Chinese one", async () => {
    for (const lang of ["zh-TW", "zh-HK", "zh-Hant", "zh-TW-u-ca-roc", "cmn-Hant-TW"]) {
      const [warning, ...others] = (await messages(lang)).filter((m) => m.includes("Traditional"));
      expect(others).toEqual([]);
      expect(warning).toContain("NotoSerifSC-Regular, a Simplified Chinese font");
      expect(warning).toContain("@expo-google-fonts/noto-serif-tc");
    }
    expect(await messages("zh-TW-u-ca-roc")).toEqual([
      expect.stringContaining("Traditional Chinese (zh-TW)"),
    ]);
  });

  it("not in Simplified Chinese, nor in Japanese", async () => {
    for (const lang of ["zh", "zh-CN", "zh-SG", "ja"]) expect(await messages(lang)).toEqual([]);
  });
});

// script33: only a letter whose own language was Traditional Chinese was warned about; a span
// marked zh-TW in a Simplified Chinese letter was set in Noto Serif SC without a word.
describe("a span marked as Traditional Chinese set in a Simplified Chinese font", () => {
  const letter = (body: string) => `template: personal-chinese
lang: zh-CN
sender: { name: 王丽华, address: [上海市] }
date: 2025-03-05
recipient: [世界卫生组织]
body: |
${body}
`;
  const warnings = async (body: string) =>
    (await render({ file: `${ROOT}/data/spans.yaml`, text: letter(body) }, ["pdf"])).warnings;

  it("is warned about once, at the first such span", async () => {
    const ws = await warnings(
      "  我们收到了[臺灣精密機械說明]{lang=zh-TW}的来信。\n\n  另见[經濟部產業發展署]{lang=zh-TW}。",
    );
    expect(ws.map(warningText)).toEqual([
      expect.stringMatching(
        /spans\.yaml:7:\d+: body: text marked in Traditional Chinese \(zh-TW\), but its Chinese characters are set in NotoSerifSC-Regular/,
      ),
    ]);
  });

  // script34: a span in zh-TW and one in zh-Hant (or one bold, in another face) warned twice,
  // the warnings being kept by message, which names the tag and the face.
  it("is warned about once for spans of several tags and faces", async () => {
    const ws = await warnings(
      "  [臺灣精密機械]{lang=zh-TW}的来信。\n\n  另见[經濟部]{lang=zh-Hant}和**[產業發展署]{lang=zh-HK}**。",
    );
    expect(ws.map(warningText)).toEqual([
      expect.stringMatching(
        /spans\.yaml:7:\d+: body: text marked in Traditional Chinese \(zh-TW\)/,
      ),
    ]);
  });

  it("not a span in Simplified Chinese, nor one without Chinese characters", async () => {
    expect(await warnings("  [臺灣]{lang=zh-CN}与 [Taipei]{lang=zh-TW}。")).toEqual([]);
  });
});

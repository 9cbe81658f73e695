import { createRequire } from "node:module";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FontBook } from "../../src/layout/font-book.js";
import { buildItems, type GlueItem } from "../../src/layout/paragraph-items.js";
import { type SetLine, setParagraph } from "../../src/layout/set-lines.js";
import { BASE_STYLE, type TextStyle } from "../../src/model/style.js";
import { splitUnspaced } from "../../src/model/unspaced-breaks.js";
import { ROOT } from "../helpers/render.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const require = createRequire(import.meta.url);
// A subset of Noto Serif SC (OFL, tests/fixtures/fonts/LICENSE-noto-serif-sc) with the
// characters of these tests, as a fallback after Source Serif.
const SERIF = "@expo-google-fonts/source-serif-4/400Regular/SourceSerif4_400Regular.ttf";
const book = new FontBook(
  {
    serif: { regular: require.resolve(SERIF) },
    cjk: { regular: join(ROOT, "tests/fixtures/fonts/NotoSerifSC-subset.ttf") },
  },
  ["cjk"],
  res.fonts,
);

const TEXT =
  "我们写信是为了表达对新冠疫情期间国际合作的关切。这是COVID-19的问题，我们不同意这种做法；各国应当加强交流、分享数据，并且尊重每一个人的权利！请问：你们何时回复？「谢谢」『您』（附件）《报告》【通知】〔注〕〈一〉。2020年3月11日，我们的朋友在北京和上海工作，他们希望尽快得到答复并继续保持联系与对话。";

function set(width: number, style: Partial<TextStyle> = {}, warnings: string[] = []): SetLine[] {
  return setParagraph(
    [{ text: TEXT }],
    {
      book,
      style: { ...BASE_STYLE, size: 11, hyphenate: true, ...style },
      hyphenate: hyphenatorFor("zh"),
      hyphenatorFor,
      fields: { page: 1, pages: 1 },
      warn: (m) => warnings.push(m),
    },
    width,
  );
}

const textOf = (l: SetLine) => l.segments.map((s) => s.text).join("");
const NO_START = /^[，。、；：？！）」』】〕〉》,.;:?!)]/u;
const NO_END = /[（「『【〔〈《(]$/u;

describe("Chinese and Japanese line breaking (UAX #14)", () => {
  it("splits only words that hold characters written without spaces", () => {
    expect(splitUnspaced("international")).toBeNull();
    expect(splitUnspaced("20520-0099")).toBeNull();
    expect(splitUnspaced("这是COVID-19的问题，")).toEqual([
      "这",
      "是",
      "COVID-19",
      "的",
      "问",
      "题，",
    ]);
    expect(splitUnspaced("「谢谢」")).toEqual(["「谢", "谢」"]);
  });

  it.each([120, 200, 233, 301, 360])(
    "breaks between characters at %ipt: nothing cut, no line starts with closing or ends with opening punctuation",
    (width) => {
      const warnings: string[] = [];
      const lines = set(width, { align: "justify" }, warnings);
      expect(warnings).toEqual([]);
      expect(lines.length).toBeGreaterThan(2);
      expect(lines.map(textOf).join("")).toBe(TEXT);
      for (const line of lines) {
        expect(textOf(line)).not.toMatch(NO_START);
        expect(textOf(line)).not.toMatch(NO_END);
        expect(line.width).toBeLessThanOrEqual(width + 0.001);
      }
      // A justified line fills the measure by spreading the gaps between characters.
      for (const line of lines.slice(0, -1)) expect(line.width).toBeCloseTo(width, 3);
      expect(lines.some((l) => textOf(l).includes("COVID-19"))).toBe(true);
    },
  );

  it("prints no space where it breaks or spreads, and keeps a line in one run when it need not spread", () => {
    const ragged = set(200);
    for (const line of ragged) {
      expect(textOf(line)).not.toContain(" ");
      // One run per stretch in one font: a new one only where the font changes.
      line.segments.forEach((s, i) => {
        if (i > 0) expect(s.look).not.toBe(line.segments[i - 1]?.look);
      });
    }
  });
});

// Noto Sans Thai (OFL, tests/fixtures/fonts/LICENSE-noto-sans-thai), whole: its shaping rules
// (marks stacked on consonants, sara am drawn in two pieces) are what these tests are about.
const thaiBook = new FontBook(
  { thai: { regular: join(ROOT, "tests/fixtures/fonts/NotoSansThai-Regular.ttf") } },
  [],
  res.fonts,
);

const THAI =
  "ด้วยสมาคมผู้ประกอบการท่องเที่ยวเชียงใหม่ร่วมกับชุมชนในเขตเมืองเก่า มีกำหนดจัดงานประจำปีระหว่างวันที่ 14 ถึง 16 พฤศจิกายน 2567 ณ บริเวณลานประตูท่าแพและริมแม่น้ำปิง โดยมีวัตถุประสงค์เพื่อส่งเสริมการท่องเที่ยวเชิงวัฒนธรรม";

describe("Thai, Lao, Khmer and Myanmar: words found by a dictionary", () => {
  it("splits a run of Thai between its words, not between its letters", () => {
    expect(splitUnspaced("ด้วยสมาคมผู้ประกอบการ")).toEqual(["ด้วย", "สมาคม", "ผู้", "ประกอบ", "การ"]);
    expect(splitUnspaced("ພາສາລາວແມ່ນ")).toEqual(["ພາສາ", "ລາວ", "ແມ່ນ"]);
    // Not between a Thai word and a bracket or a digit: UAX #14 decides there.
    expect(splitUnspaced("ชุมชน(ททท.)")).toEqual(["ชุมชน(ททท.)"]);
  });

  // scripts36: the dictionary parts a word from its full stop, and a Burmese notice's text
  // output started a line with "။"; a Khmer "។" or repetition mark "ៗ" could alike.
  it("does not break before the scripts' punctuation or repetition marks", () => {
    for (const word of ["မေတ္တာရပ်ခံအပ်ပါသည်။", "ဖြစ်ကြောင်း၊အသိ", "ជាមួយលិខិតនេះ។", "ផ្សេងៗទៀត"]) {
      const pieces = splitUnspaced(word) ?? [];
      // Still split between its words, whatever the dictionary finds there.
      expect(pieces.length, word).toBeGreaterThan(1);
      expect(pieces.join("")).toBe(word);
      expect(
        pieces.filter((p) => /^[၊။។ៗ]/u.test(p)),
        word,
      ).toEqual([]);
    }
  });

  it.each([200, 260, 330])("fills lines of %ipt with whole words, none too long", (width) => {
    const warnings: string[] = [];
    const lines = setParagraph(
      [{ text: THAI }],
      {
        book: thaiBook,
        style: { ...BASE_STYLE, font: "thai", size: 11, align: "justify" },
        hyphenate: hyphenatorFor("th"),
        hyphenatorFor,
        fields: { page: 1, pages: 1 },
        warn: (m) => warnings.push(m),
      },
      width,
    );
    // Before, Thai broke only at its few spaces: lines gaped, or ran past the margin.
    expect(warnings).toEqual([]);
    const words = new Set([...THAI.split(" ").flatMap((w) => splitUnspaced(w) ?? [w])]);
    for (const line of lines) {
      expect(line.width).toBeLessThanOrEqual(width + 0.001);
      const last = textOf(line).trim().split(/ /).pop() ?? "";
      expect([...words].some((w) => last.endsWith(w))).toBe(true);
    }
    for (const line of lines.slice(0, -1)) expect(line.width).toBeCloseTo(width, 3);
    expect(lines.map(textOf).join("").replace(/ /g, "")).toBe(THAI.replace(/ /g, ""));
  });
});

describe("Korean: words written with spaces", () => {
  it("breaks between words, not between the syllables of one", () => {
    expect(splitUnspaced("요청드립니다.")).toEqual(["요청드립니다."]);
    expect(splitUnspaced("설문조사(응답")).toEqual(["설문조사", "(응답"]);
    // Hanja among Hangul still break as Han characters do.
    expect(splitUnspaced("韓國語")).toEqual(["韓", "國", "語"]);
  });

  // letters24: a recommendation letter broke "2025" / "년도" at a line's end.
  it("keeps a word's digits and Latin letters with its syllables, as CSS keep-all does", () => {
    for (const word of ["2025년도", "제1저자로", "8층", "ROMS를", "KTX로", "3.5배"])
      expect(splitUnspaced(word), word).toEqual([word]);
    // Han characters beside them still break as Chinese does.
    expect(splitUnspaced("年度2025년")).toEqual(["年", "度", "2025년"]);
  });

  // letters36: a contract termination notice started a line with a particle alone: "(이하
  // “본 계약”)" / "을", "2026. 12. 31." / "자로".
  it("keeps a particle with the bracket, quote, full stop or sign it follows", () => {
    for (const word of ["계약”)을", "「민법」에", "31.자로", "50%를", "(0~5℃)을", "냉장·냉동"])
      expect(splitUnspaced(word), word).toEqual([word]);
    // A line may still break before an opening bracket, and after a hyphen or a slash.
    expect(splitUnspaced("설문조사(응답")).toEqual(["설문조사", "(응답"]);
    expect(splitUnspaced("서울/부산")).toEqual(["서울/", "부산"]);
  });
});

// script34: a run of Latin letters among Chinese characters broke where UAX #14 allows, where
// the same run alone breaks by word-breaks.ts: a code at its hyphen ("MP-" / "DME-031為。"), a
// range beside its digits ("1990–" / "2000年"), a lone letter off ("km/" / "h為").
describe("a run of Latin letters among Chinese characters", () => {
  it("breaks at its hyphens and slashes only where it would alone", () => {
    expect(splitUnspaced("ABC-DEF為。")).toEqual(["ABC-", "DEF", "為。"]);
    expect(splitUnspaced("MP-DME-031為。")).toEqual(["MP-DME-031", "為。"]);
    expect(splitUnspaced("e-mail為。")).toEqual(["e-mail", "為。"]);
    expect(splitUnspaced("1990–2000年")).toEqual(["1990–2000", "年"]);
    expect(splitUnspaced("km/h為")).toEqual(["km/h", "為"]);
    // Between the run and the Chinese, and at a slash between Chinese characters, as before.
    expect(splitUnspaced("見積/請求")).toEqual(["見", "積/", "請", "求"]);
  });
});

describe("Ethiopic: words parted by the wordspace ፡", () => {
  it("breaks after each ፡, as after a space, and nowhere else", () => {
    expect(splitUnspaced("ኢትዮጵያ፡ሀገር፡ናት።")).toEqual(["ኢትዮጵያ፡", "ሀገር፡", "ናት።"]);
    expect(splitUnspaced("ሀገር፡")).toEqual(["ሀገር፡"]);
    // Words written with spaces (modern Amharic) are words, as any.
    expect(splitUnspaced("ይጠይቃል።")).toBeNull();
  });

  // script34: "፡፡" (a full stop written as two wordspaces) broke between its two, and a line
  // could start with the second; none starts with Ethiopic punctuation.
  it("does not break before Ethiopic punctuation after a ፡", () => {
    expect(splitUnspaced("ሀገር፡፡ናት፡።ሰው፡፣ነው")).toEqual(["ሀገር፡፡", "ናት፡።ሰው፡፣ነው"]);
  });

  // script33: the break after ፡ stretched a tenth of an em, as between two CJK characters, so a
  // justified Amharic line written the traditional way came out loose (few, stiff breaks).
  it("stretches a justified line at a ፡ as at a space, not as between CJK characters", () => {
    const ethiopic = new FontBook(
      {
        serif: { regular: require.resolve(SERIF) },
        ethiopic: {
          regular: require.resolve(
            "@expo-google-fonts/noto-sans-ethiopic/400Regular/NotoSansEthiopic_400Regular.ttf",
          ),
        },
        cjk: { regular: join(ROOT, "tests/fixtures/fonts/NotoSerifSC-subset.ttf") },
      },
      ["ethiopic", "cjk"],
      res.fonts,
    );
    const its = buildItems([{ text: "ኢትዮጵያ፡ሀገር፡ናት። 我们写信" }], {
      book: ethiopic,
      style: { ...BASE_STYLE, size: 11 },
      hyphenate: hyphenatorFor("am"),
      fields: { page: 1, pages: 1 },
      warn: () => {},
    });
    const glue = its.filter((i): i is GlueItem => i.t === "glue");
    const space = glue.find((g) => !g.gap && g.w > 0) as GlueItem;
    const stretches = glue.filter((g) => g.gap).map((g) => g.stretch);
    // Two breaks after ፡, as a space; three between the Chinese characters, 0.1 em.
    expect(stretches).toEqual(
      [space.stretch, space.stretch, 1.1, 1.1, 1.1].map((x) => expect.closeTo(x, 5)),
    );
  });
});

// scripts36: Tibetan, written with a tsheg "་" after each syllable and a space only after a
// shad "།", was one word per phrase: a justified paragraph broke at its few spaces alone and
// stretched them to many times their width, and a phrase longer than a line was cut with a
// warning. A line breaks after any tsheg (W3C's Tibetan layout requirements).
describe("Tibetan: syllables parted by the tsheg ་", () => {
  it("breaks after each ་, not before a shad or inside a syllable", () => {
    expect(splitUnspaced("ཆུ་མཁོ་སྤྲོད་ལས་ཁུངས།")).toEqual(["ཆུ་", "མཁོ་", "སྤྲོད་", "ལས་", "ཁུངས།"]);
    // A tsheg before a shad ("ང་།") stays with it; the non-breaking tsheg "༌" holds.
    expect(splitUnspaced("བྱེད་རྒྱུ་ཡིན་ང་།")).toEqual(["བྱེད་", "རྒྱུ་", "ཡིན་", "ང་།"]);
    expect(splitUnspaced("ང༌།")).toBeNull();
  });

  it("stretches a justified line at a ་ as at a space", () => {
    const tibetan = new FontBook(
      {
        serif: { regular: require.resolve(SERIF) },
        tibetan: {
          regular: require.resolve(
            "@expo-google-fonts/noto-serif-tibetan/400Regular/NotoSerifTibetan_400Regular.ttf",
          ),
        },
      },
      ["tibetan"],
      res.fonts,
    );
    const its = buildItems([{ text: "ཆུ་མཁོ་སྤྲོད། ལས་ཁུངས།" }], {
      book: tibetan,
      style: { ...BASE_STYLE, size: 11 },
      hyphenate: hyphenatorFor("bo"),
      fields: { page: 1, pages: 1 },
      warn: () => {},
    });
    const glue = its.filter((i): i is GlueItem => i.t === "glue");
    const space = glue.find((g) => !g.gap && g.w > 0) as GlueItem;
    // Three breaks after a tsheg, each stretching as the space does.
    expect(glue.filter((g) => g.gap).map((g) => g.stretch)).toEqual(
      [space.stretch, space.stretch, space.stretch].map((x) => expect.closeTo(x, 5)),
    );
  });
});

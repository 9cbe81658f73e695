import { describe, expect, it } from "vitest";
import { displayWidth, graphemes, pad, wrap } from "../../src/write/display-width.js";

describe("displayWidth", () => {
  it("counts wide CJK characters as two columns and combining marks as none", () => {
    expect(displayWidth("abc")).toBe(3);
    expect(displayWidth("日本語")).toBe(6);
    expect(displayWidth("e\u0301")).toBe(1);
  });

  it("counts a spacing vowel sign as a column, as a terminal gives it a cell", () => {
    // Khmer ព + ា (a spacing mark), Myanmar မ ြ န ် မ ာ (two spacing marks, one nonspacing),
    // Devanagari ह ि, Bengali ব া ং: a line measured with them free ran past the width.
    expect(displayWidth("ពា")).toBe(2);
    expect(displayWidth("မြန်မာ")).toBe(5);
    expect(displayWidth("हि")).toBe(2);
    expect(displayWidth("বাং")).toBe(3);
    // A consonant written below another takes its own cell; the coeng between them none.
    expect(displayWidth("ក្រ")).toBe(2);
    // Invisible characters take none, as before.
    expect(displayWidth("\u200fשלום\u200e")).toBe(4);
  });

  it("counts an emoji made of several joined (a ZWJ sequence, a flag) as one picture, two cells", () => {
    // 👩‍💻 is 👩, a zero-width joiner and 💻 (two cells each); 🏳️‍🌈 a flag, its selector,
    // the joiner and 🌈; 🇬🇪 two regional indicators. Terminals draw each as one wide picture.
    expect(displayWidth("👩\u200d💻")).toBe(2);
    expect(displayWidth("👨\u200d👩\u200d👧\u200d👦")).toBe(2);
    expect(displayWidth("🏳\ufe0f\u200d🌈")).toBe(2);
    expect(displayWidth("🇬🇪")).toBe(2);
    expect(displayWidth("Hi 👩\u200d💻 from 🇬🇪!")).toBe(14);
    // review32: a skin tone joins the emoji before it with no joiner (👍🏽 counted four).
    expect(displayWidth("👍\u{1f3fd}")).toBe(2);
    expect(displayWidth("ok 👍\u{1f3fd} 👩\u{1f3fd}\u200d💻")).toBe(8);
    expect(displayWidth("\u{1f3fd}")).toBe(2);
    // Emoji not joined count one by one, as before; a joiner between letters takes no cell.
    expect(displayWidth("👩💻")).toBe(4);
    expect(displayWidth("ක්\u200dය")).toBe(displayWidth("ක්ය"));
  });

  // script33: a keycap (1️⃣) and an emoji presentation sequence (❤️, U+2764 U+FE0F) counted one
  // cell, the width of their first character; terminals and Unicode's emoji (RGI) give two.
  it.each([
    ["ZWJ sequence 👩‍💻", "👩\u200d💻", 2],
    ["ZWJ sequence with a selector 🏳️‍🌈", "🏳\ufe0f\u200d🌈", 2],
    ["flag 🇬🇪", "🇬🇪", 2],
    ["skin tone 👍🏽", "👍\u{1f3fd}", 2],
    ["keycap 1️⃣", "1\ufe0f\u20e3", 2],
    ["keycap #️⃣", "#\ufe0f\u20e3", 2],
    ["keycap *️⃣", "*\ufe0f\u20e3", 2],
    ["VS16 ❤️", "\u2764\ufe0f", 2],
    ["VS16 ©️", "\u00a9\ufe0f", 2],
    ["VS16 ☺️", "\u263a\ufe0f", 2],
    ["VS15 ❤︎ (text presentation)", "\u2764\ufe0e", 1],
    ["bare ❤ (text by default)", "\u2764", 1],
    ["a digit and VS16, no keycap", "1\ufe0f", 1],
    ["a letter and VS16", "a\ufe0f", 1],
    ["wide emoji ⌚", "\u231a", 2],
    ["in a line", "Press 1\ufe0f\u20e3 or #\ufe0f\u20e3, \u2764\ufe0f/\u2764\ufe0e", 20],
  ])("gives a %s its terminal width", (_, text, cells) => {
    expect(displayWidth(text)).toBe(cells);
  });

  it("wraps keycaps and VS16 emoji by their two cells", () => {
    const heart = "\u2764\ufe0f";
    expect(wrap(`ab ${heart} cd ${heart}`, { width: 7 })).toEqual([`ab ${heart}`, `cd ${heart}`]);
  });

  it("wraps a line with a ZWJ sequence by its one picture's width", () => {
    const coder = "👩\u200d💻";
    expect(wrap(`code ${coder} ok`, { width: 10 })).toEqual([`code ${coder} ok`]);
    expect(wrap(`🇬🇪 🇬🇪 🇬🇪 🇬🇪`, { width: 11 })).toEqual(["🇬🇪 🇬🇪 🇬🇪 🇬🇪"]);
  });
});

// V8's segmenter takes time by the square of the text it iterates: a body of `No. No. …`, tied
// into one word the text writer breaks into clusters, took 11 s for 30,000 (audit32).
describe("graphemes of a long text", () => {
  const whole = (s: string) =>
    Array.from(new Intl.Segmenter("und", { granularity: "grapheme" }).segment(s), (g) => g.segment);

  it("segments it slice by slice as the segmenter segments it whole", () => {
    const texts = [
      `${"a".repeat(1023)}🇩🇪🇩🇪`,
      `${"🇩🇪".repeat(600)}🇩${"x".repeat(50)}`,
      `${"a".repeat(1022)}👩\u200d💻\r\n`,
      `e${"\u0301".repeat(3000)}x`,
      `${"ก\u0e33한\u1100\u1161\u11a8".repeat(400)}\ud83d`,
    ];
    for (const s of texts) expect(graphemes(s)).toEqual(whole(s));
  });

  // How long a text the segmenter is given at once: tests/model/sliced-segments.test.ts.
});

describe("wrap", () => {
  it("wraps at word boundaries within the width", () => {
    expect(wrap("the quick brown fox jumps", { width: 10 })).toEqual([
      "the quick",
      "brown fox",
      "jumps",
    ]);
  });

  it("wraps Korean between words, not between the syllables of one", () => {
    const lines = wrap(
      "지원 대상 선정 기준 가운데 연 매출 3억 원 이하 조건은 수도권과 비수도권의 임대료 차이를",
      { width: 24 },
    );
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(" ")).toBe(
      "지원 대상 선정 기준 가운데 연 매출 3억 원 이하 조건은 수도권과 비수도권의 임대료 차이를",
    );
  });

  it("counts wide characters as two when wrapping", () => {
    const lines = wrap("東京都 千代田区 丸の内 一丁目", { width: 10 });
    for (const l of lines) expect(displayWidth(l)).toBeLessThanOrEqual(10);
    // Japanese breaks between characters, so a line is filled and the words may part.
    expect(lines.join("").replaceAll(" ", "")).toBe("東京都千代田区丸の内一丁目");
  });

  it("fills the first line to its width and the rest to theirs", () => {
    // A line turned over by two columns: only the lines after the first lose them.
    expect(wrap("Christopher Martínez", { width: 21, rest: 19 })).toEqual(["Christopher Martínez"]);
    expect(wrap("one two three four five", { width: 9, rest: 7 })).toEqual([
      "one two",
      "three",
      "four",
      "five",
    ]);
    expect(wrap("abcdefghij klm", { width: 10, rest: 4 })).toEqual(["abcdefghij", "klm"]);
    expect(wrap("abcdefghij", { width: 4, rest: 3 })).toEqual(["abcd", "efg", "hij"]);
  });

  it("keeps a word longer than a line whole on a line of its own when asked (a letterhead's address)", () => {
    const mail = "partnerships-and-programmes-coordination@opendataalliance-international.example";
    expect(wrap(mail, { width: 72, whole: true })).toEqual([mail]);
    expect(wrap(`E-mail: ${mail} or post`, { width: 72, whole: true })).toEqual([
      "E-mail:",
      mail,
      "or post",
    ]);
    // Else it breaks before a dot, as the PDF breaks a word in the text.
    expect(wrap(mail, { width: 72 })).toEqual([
      "partnerships-and-programmes-coordination@opendataalliance-international",
      ".example",
    ]);
  });

  it("breaks a word longer than the line", () => {
    expect(wrap("abcdefghij", { width: 4 })).toEqual(["abcd", "efgh", "ij"]);
  });

  // Before, such a word was cut where the line ended: "Kierkegaard-Østergaar" / "d" in a
  // signer's column, "…logo-with-a-very-long" / "-name-for…" in a path.
  it("breaks a word longer than the line after a hyphen, dash or slash it has", () => {
    expect(wrap("Søren Kierkegaard-Østergaard", { width: 21 })).toEqual([
      "Søren Kierkegaard-",
      "Østergaard",
    ]);
    expect(wrap("see /usr/share/missive/templates/business/logo.png now", { width: 24 })).toEqual([
      "see /usr/share/missive/",
      "templates/business/",
      "logo.png now",
    ]);
    expect(wrap("https://example.com/abcdefghijklmnopqrstuvwxyz", { width: 12 })).toEqual([
      "https://",
      "example.com/",
      "abcdefghijkl",
      "mnopqrstuvwx",
      "yz",
    ]);
  });

  // Before, "…/rail-safety-" ended a line: a reader could not tell the address's hyphen
  // from one added to break it.
  it("breaks an address before its hyphens, not after", () => {
    expect(wrap("https://example.gov/rail-safety-hearing-exhibits", { width: 25 })).toEqual([
      "https://example.gov/rail",
      "-safety-hearing-exhibits",
    ]);
  });

  // As the PDF breaks it (model/word-breaks.ts): before a dot too, so a line need not end
  // in the middle of a name ("…-en-france.interi" / "eur.gouv.fr").
  it("breaks an address before a dot, not beside a letter or two or a digit", () => {
    expect(
      wrap("https://administration-etrangers-en-france.interieur.gouv.fr/x", { width: 27 }),
    ).toEqual(["https://administration", "-etrangers-en-france", ".interieur.gouv.fr/x"]);
    expect(wrap("m.lindqvist@osei-lindqvist.example.com", { width: 20 })).toEqual([
      "m.lindqvist@osei",
      "-lindqvist.example",
      ".com",
    ]);
    expect(wrap("https://example.org/v2.5.1/notes.html", { width: 16 })).toEqual([
      "https://example",
      ".org/v2.5.1/",
      "notes.html",
    ]);
    expect(wrap("(www.tel-aviv.gov.il)", { width: 17 })).toEqual(["(www.tel-aviv", ".gov.il)"]);
  });

  // As the PDF breaks them (UAX #14, src/model/unspaced-breaks.ts). Before, the text output
  // cut such text where the line ended: "。" could start a line and "B" / "7" part.
  it("breaks Chinese and Japanese where the line breaking rules allow, filling each line", () => {
    expect(wrap("あいうえお。かきくけこ", { width: 10 })).toEqual([
      "あいうえ",
      "お。かきく",
      "けこ",
    ]);
    expect(wrap("会場：ホールB7。以上", { width: 12 })).toEqual(["会場：ホール", "B7。以上"]);
    expect(wrap("東京 千代田区丸の内", { width: 12 })).toEqual(["東京 千代田", "区丸の内"]);
  });

  // Before, an address touching Japanese punctuation was broken where UAX #14 breaks, after
  // its hyphen ("sales@minato-" / "seiki.example）"), which reads as a hyphen added.
  it("breaks an address longer than a line among Chinese or Japanese where addresses break", () => {
    expect(wrap("お問い合わせ：sales@minato-seiki.example）まで", { width: 24 })).toEqual([
      "お問い合わせ：",
      "sales@minato-seiki",
      ".example）まで",
    ]);
    expect(wrap("詳細は、https://example.jp/ms-7000/index.html）", { width: 30 })).toEqual([
      "詳細は、https://example.jp/ms",
      "-7000/index.html）",
    ]);
  });

  // letters41: a Japanese letter's "…、saiyo@minato" / "-seiki.example）" broke an address
  // that fitted the next line whole, as an address between spaces goes.
  it("moves an address among Chinese or Japanese that fits a line to the next line whole", () => {
    expect(wrap("担当 鈴木（saiyo@minato-seiki.example）", { width: 30 })).toEqual([
      "担当 鈴木",
      "（saiyo@minato-seiki.example）",
    ]);
  });

  it("keeps a combining mark with its letter when it breaks a word", () => {
    expect(wrap("abcde\u0301fgh", { width: 5 })).toEqual(["abcde\u0301", "fgh"]);
  });

  it("never parts a grapheme cluster when it breaks a word (a consonant and its vowel sign)", () => {
    // "कि" takes two columns: it goes to the next line whole, the vowel sign not alone.
    expect(wrap("abcdकिxyz", { width: 5 })).toEqual(["abcd", "किxyz"]);
  });

  it("pads by display width", () => {
    expect(pad("日本", 6)).toBe("日本  ");
  });
});

// letterhead28: a letterhead line wrapped in the text output as "…CA 95814 ·" / "(916) 319-2031".
describe("wrap at a separator between fields", () => {
  it("drops a separator the line would end with", () => {
    expect(wrap("Sacramento, CA 95814 · (916) 319-2031", { width: 22 })).toEqual([
      "Sacramento, CA 95814",
      "(916) 319-2031",
    ]);
  });

  it("drops a separator that would start the next line", () => {
    expect(wrap("Sacramento, CA 95814 | (916) 319-2031", { width: 20 })).toEqual([
      "Sacramento, CA 95814",
      "(916) 319-2031",
    ]);
  });

  // wrap30: "(916) 651-4012 · FAX⏎(916) 323-5341" broke inside the fax number's field.
  it("breaks at a separator where the field after it fits on the next line", () => {
    expect(wrap("(916) 651-4012 · FAX (916) 323-5341", { width: 22 })).toEqual([
      "(916) 651-4012",
      "FAX (916) 323-5341",
    ]);
    expect(wrap("Room 1 • Fresno, CA 93721 • TEL (559) 264-3070", { width: 30 })).toEqual([
      "Room 1 • Fresno, CA 93721",
      "TEL (559) 264-3070",
    ]);
  });

  // text31: short fields each started a line, 4 lines where filling makes 3.
  it("breaks at a separator only where that costs no line", () => {
    const fields = "Amt · Straße 1 · 12345 Berlin · Tel. 030 123 · Fax 030 124";
    expect(wrap(fields, { width: 25 })).toHaveLength(3);
    // At any width, no more lines than filling the same words makes.
    for (let width = 8; width <= 60; width++)
      expect(wrap(fields, { width }).length, `${width}`).toBeLessThanOrEqual(
        wrap(fields.replaceAll("·", "x"), { width }).length,
      );
  });

  it("breaks inside a field too long for a line of its own, from where it is", () => {
    expect(wrap("Room 1 | a field of many words that is long", { width: 20 })).toEqual([
      "Room 1 | a field of",
      "many words that is",
      "long",
    ]);
  });

  it("keeps a separator within a line, and a dash that ends one", () => {
    expect(wrap("Room 2031 · Sacramento", { width: 40 })).toEqual(["Room 2031 · Sacramento"]);
    expect(wrap("the reply – which came late", { width: 12 })).toEqual([
      "the reply –",
      "which came",
      "late",
    ]);
  });
});

// wrap29: the text output ended a justified paragraph "…China's Belt and Road" / "Initiative.",
// a last line of one word that the PDF's breaker avoids (RUNT_DEMERITS).
describe("wrap with noRunt", () => {
  const SENTENCE = "including 36 that are part of the Belt and Road Initiative.";

  it("gives a last line of one word the word before it", () => {
    expect(wrap(SENTENCE, { width: 50 })).toEqual([
      "including 36 that are part of the Belt and Road",
      "Initiative.",
    ]);
    expect(wrap(SENTENCE, { width: 50, noRunt: true })).toEqual([
      "including 36 that are part of the Belt and",
      "Road Initiative.",
    ]);
  });

  it("not where the line before would keep one word or less than half its width", () => {
    expect(wrap("Antidisestablishment forever", { width: 22, noRunt: true })).toEqual([
      "Antidisestablishment",
      "forever",
    ]);
    expect(wrap("a b supercalifragilistic", { width: 22, noRunt: true })).toEqual([
      "a b",
      "supercalifragilistic",
    ]);
    expect(
      wrap("one two three four fivesixseveneight", {
        width: 30,
        noRunt: true,
      }),
    ).toEqual(["one two three four", "fivesixseveneight"]);
  });

  it("not across a word broken over the lines, nor a dropped separator", () => {
    expect(
      wrap("write to visa-letters@example.org", {
        width: 24,
        noRunt: true,
      }),
    ).toEqual(wrap("write to visa-letters@example.org", { width: 24 }));
    expect(wrap("Room 2031, Capitol · Sacramento", { width: 20, noRunt: true })).toEqual([
      "Room 2031, Capitol",
      "Sacramento",
    ]);
  });
});

describe("wrap and a last line of one Chinese or Japanese character", () => {
  const text = "本公司擬於本年度申請補助計畫。";

  it("takes the character before it down with it, as the PDF does", () => {
    // 30 columns: 28 to a line left "畫。" alone on the last.
    expect(wrap(text, { width: 28 })).toEqual(["本公司擬於本年度申請補助", "計畫。"]);
    expect(wrap(`「${text.slice(0, -1)}」。`, { width: 30 })).toEqual([
      "「本公司擬於本年度申請補助",
      "計畫」。",
    ]);
  });

  it("leaves two characters, and a line broken at a space, as they are", () => {
    expect(wrap("本公司擬於本年度申請補助計畫", { width: 24 })).toEqual([
      "本公司擬於本年度申請補助",
      "計畫",
    ]);
    expect(wrap("本公司擬於本年度申請補助計 畫。", { width: 28 })).toEqual([
      "本公司擬於本年度申請補助計",
      "畫。",
    ]);
  });

  // script33: the PDF's lines take a word a space parts from the line ("ABC") down with "為。";
  // the text output moved only a character of a word written without spaces.
  it("takes a word a space parts from the line down with it, as the PDF does", () => {
    const text = "本公司擬於本年度申請補助 ABC為。";
    expect(wrap(text, { width: 28 })).toEqual(["本公司擬於本年度申請補助", "ABC為。"]);
    expect(wrap(`${text.slice(0, 12)} 補為。`, { width: 28 })).toEqual([
      "本公司擬於本年度申請補助",
      "補為。",
    ]);
    // A line of the one word keeps it.
    expect(wrap("ABCDEFGHIJKLMNOPQRSTUVWXYZ為。", { width: 26 })).toEqual([
      "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
      "為。",
    ]);
  });

  // script34: "ABC-DEF為。" went down whole where the PDF breaks it after "ABC-": the line's
  // last word, "ABC-DEF", was split without the "為。" that makes it a word written without
  // spaces, so it had no break.
  it("takes down the piece after the word's last break, as the PDF does", () => {
    const text = "本公司擬於本年度申請補助 ABC-DEF為。";
    expect(wrap(text, { width: 34 })).toEqual(["本公司擬於本年度申請補助 ABC-", "DEF為。"]);
  });
});

// ties33: a date written day first is soft-tied to its year; in a narrow table cell the text
// output split "30 September 2024" inside the year ("202⏎4") where it did not fit.
describe("wrap and a date's soft ties", () => {
  const soft = (s: string) => s.replaceAll("_", "\ufdd0");
  it("breaks a soft-tied date too long for a line at its soft ties, as few as it can", () => {
    expect(wrap(soft("to 30_September_2024"), { width: 14 })).toEqual([
      "to",
      soft("30_September"),
      "2024",
    ]);
    // Where it fits, the date stays whole.
    expect(wrap(soft("by 30_September_2024 now"), { width: 22 })).toEqual([
      soft("by 30_September_2024"),
      "now",
    ]);
  });
});

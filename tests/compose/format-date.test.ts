import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatDate, isoDateOf, localIsoDate } from "../../src/compose/format-date.js";
import { IntlFormats } from "../../src/compose/intl-formats.js";
import { languageLabels } from "../../src/load/language-labels.js";
import { caught } from "../helpers/errors.js";
import { ROOT, render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

const formats = new IntlFormats();
const long = (date: string, lang: string, labels = languageLabels(lang)) =>
  formatDate(date, lang, "long", {}, formats, "data", labels);

// The long date a formal letter writes in each language, where missive's labels (not
// CLDR's long date alone) decide it. 20 November 2024, the 1st and the 5th of February.
describe("long dates of formal letters", () => {
  it.each([
    // Decree 30/2020/NĐ-CP: "ngày … tháng … năm …", 0 before days under 10 and months 1, 2.
    ["vi", "ngày 20 tháng 11 năm 2024", "ngày 01 tháng 02 năm 2024", "ngày 05 tháng 7 năm 2024"],
    ["fr", "20 novembre 2024", "1er février 2024", "5 juillet 2024"],
    ["fr-CH", "20 novembre 2024", "1er février 2024", "5 juillet 2024"],
    ["zh", "2024年11月20日", "2024年2月1日", "2024年7月5日"],
    ["ja", "2024年11月20日", "2024年2月1日", "2024年7月5日"],
    ["ko", "2024년 11월 20일", "2024년 2월 1일", "2024년 7월 5일"],
    ["de", "20. November 2024", "1. Februar 2024", "5. Juli 2024"],
    ["es", "20 de noviembre de 2024", "1 de febrero de 2024", "5 de julio de 2024"],
    ["pt", "20 de novembro de 2024", "1 de fevereiro de 2024", "5 de julho de 2024"],
    ["ru", "20 ноября 2024 г.", "1 февраля 2024 г.", "5 июля 2024 г."],
    ["uk", "20 листопада 2024 р.", "1 лютого 2024 р.", "5 липня 2024 р."],
    ["pl", "20 listopada 2024 r.", "1 lutego 2024 r.", "5 lipca 2024 r."],
    // SFS 2487: a Finnish letter is dated in numbers, no 0 before a day or month.
    ["fi", "20.11.2024", "1.2.2024", "5.7.2024"],
    ["el", "20 Νοεμβρίου 2024", "1 Φεβρουαρίου 2024", "5 Ιουλίου 2024"],
    ["nl", "20 november 2024", "1 februari 2024", "5 juli 2024"],
    ["it", "20 novembre 2024", "1º febbraio 2024", "5 luglio 2024"],
    ["ar", "20 نوفمبر 2024", "1 فبراير 2024", "5 يوليو 2024"],
    ["he", "20 בנובמבר 2024", "1 בפברואר 2024", "5 ביולי 2024"],
    ["hi", "20 नवंबर 2024", "1 फ़रवरी 2024", "5 जुलाई 2024"],
    // The Prime Minister's Office's regulation on official correspondence: the day's number,
    // the month's full name and the Buddhist Era year's number (2567), no "พ.ศ.".
    ["th", "20 พฤศจิกายน 2567", "1 กุมภาพันธ์ 2567", "5 กรกฎาคม 2567"],
  ])("%s: %s", (lang, nov20, feb1, jul5) => {
    expect([long("2024-11-20", lang), long("2024-02-01", lang), long("2024-07-05", lang)]).toEqual([
      nov20,
      feb1,
      jul5,
    ]);
  });

  it.each([
    ["ja-JP-u-ca-japanese", "令和6年11月20日"],
    ["th-TH-u-nu-thai", "๒๐ พฤศจิกายน ๒๕๖๗"],
    ["ar-LB", "٢٠ تشرين الثاني ٢٠٢٤"],
  ])("takes CLDR's variant the language tag asks for (%s: %s)", (lang, text) => {
    expect(long("2024-11-20", lang)).toBe(text);
  });

  it("writes a Korean public document's date when a pack or letter asks for it", () => {
    // 행정업무의 운영 및 혁신에 관한 규정 제7조: "2024. 5. 15.", dots for 년 월 일, no 0.
    const labels = { longDate: "{year}. {monthNumber}. {day}." };
    expect(long("2024-05-15", "ko", labels)).toBe("2024. 5. 15.");
  });

  it("fills longDate's places, and lists days and months as longDateDays and longDateMonths say", () => {
    const labels = {
      longDate: "{year}/{monthNumber}/{day} ({month})",
      longDateDays: "first second",
      longDateMonths: "I II III",
    };
    expect(long("2024-02-02", "en", labels)).toBe("2024/II/second (February)");
    expect(long("2024-11-20", "en", labels)).toBe("2024/11/20 (November)");
    // A place it does not know is left as written.
    expect(long("2024-11-20", "de", { longDate: "{day}. {mont} {year}" })).toBe("20. {mont} 2024");
  });

  // letters37: Navajo's months are two words ("Yas Niłtʼees", January), and the lists are parted
  // by spaces: a no-break space held no name together, and January printed "Yas".
  it("keeps a listed name whose words a no-break space joins", () => {
    const labels = {
      longDate: "{monthNumber} {day}, {year}",
      longDateMonths: "Yas\u00a0Niłtʼees Atsá\u00a0Biyáázh Wóózhchʼį́į́d",
    };
    expect(long("2025-01-07", "en", labels)).toBe("Yas\u00a0Niłtʼees 7, 2025");
    expect(long("2025-03-07", "en", labels)).toBe("Wóózhchʼį́į́d 7, 2025");
  });

  // letters39: Haitian Creole has no dates in Node's CLDR data; a letter that listed its months
  // and wrote "{day} {month} {year}" was dated "6 May 2025", the English month's name.
  it("names the month as longDateMonths lists it in a language CLDR has no dates in", () => {
    const months = "janvye fevriye mas avril me jen jiyè out septanm oktòb novanm desanm";
    const labels = { longDate: "{day} {month} {year}", longDateMonths: months };
    expect(long("2025-05-06", "ht", labels)).toBe("6 me 2025");
    expect(long("2025-07-14", "ht", labels)).toBe("14 jiyè 2025");
    // A language CLDR dates keeps its own month in {month}.
    expect(long("2024-02-02", "en", { ...labels, longDate: "{month}" })).toBe("February");
  });

  // letters35: a Saudi ministry's letter is dated in the Hijri calendar and the Gregorian one,
  // "١٤ جمادى الأولى ١٤٤٦هـ الموافق ١٦ نوفمبر ٢٠٢٤م"; {gregorian} is the second.
  it("fills {gregorian} with the long date in the Gregorian calendar, in the letter's digits", () => {
    const labels = { longDate: "{day} {month} {year}هـ الموافق {gregorian}م" };
    expect(long("2024-11-16", "ar-SA-u-ca-islamic-umalqura", labels)).toBe(
      "١٤ جمادى الأولى ١٤٤٦هـ الموافق ١٦ نوفمبر ٢٠٢٤م",
    );
    expect(
      long("2024-05-14", "ja-JP-u-ca-japanese", { longDate: "{gregorian}（令和{year}年）" }),
    ).toBe("2024年5月14日（令和6年）");
    // A Gregorian letter's is its own long date.
    expect(long("2024-11-20", "de", { longDate: "{gregorian}" })).toBe("20. November 2024");
  });

  // 20 November 2024 is 30 Aban 1403 in the Persian calendar, and 3 November 2024 the 1st of
  // Jumada al-Ula 1446: a calendar's own month and day, in the letter's digits.
  it("numbers the month and lists the day of the date's own calendar", () => {
    const numeric = { longDate: "{day}/{monthNumber}/{year}" };
    expect(long("2024-11-20", "fa", numeric)).toBe("۳۰/۸/۱۴۰۳");
    const listed = { longDate: "{day} {month} {year}", longDateDays: "أول ثاني" };
    expect(long("2024-11-03", "ar-SA-u-ca-islamic-umalqura", listed)).toBe("أول جمادى الأولى ١٤٤٦");
    expect(
      long("2024-11-20", "en-u-ca-persian", {
        longDateMonths: "I II III IV V VI VII VIII IX",
        longDate: "{monthNumber}",
      }),
    ).toBe("VIII");
  });

  it("leaves the other styles to CLDR", () => {
    const f = (style: string) =>
      formatDate("2024-02-01", "vi", style, {}, formats, "data", languageLabels("vi"));
    expect(f("medium")).toBe(
      new Intl.DateTimeFormat("vi", { dateStyle: "medium", timeZone: "UTC" }).format(
        Date.UTC(2024, 1, 1),
      ),
    );
  });
});

describe("eras", () => {
  const f = (lang: string, style = "long", labels: Record<string, string> = {}) =>
    formatDate("2025-08-14", lang, style, {}, formats, "data", labels);

  it("leaves out an era in Latin letters that ICU's root pattern puts before words of another script", () => {
    // CLDR has no Solar Hijri pattern in Pashto: ICU wrote "AP ۱۴۰۴ زمری ۲۳".
    expect(f("ps")).toBe("۱۴۰۴ زمری ۲۳");
    expect(f("ps", "full")).toBe("۱۴۰۴ زمری ۲۳, پينځنۍ");
    expect(f("ps", "long", { longDate: "{day} {month} {year}" })).toBe("۲۳ زمری ۱۴۰۴");
    expect(f("am-u-ca-ethiopic")).toBe("8 ነሐሴ 2017");
  });

  it("keeps an era in the date's own script, in a Latin-script date, and beside numbers only", () => {
    expect(f("ja-u-ca-japanese")).toBe("令和7年8月14日");
    expect(f("ja-u-ca-japanese", "short")).toBe("R7/8/14");
    expect(f("en-u-ca-islamic")).toMatch(/ AH$/);
    expect(f("th")).toBe("14 สิงหาคม 2568");
  });
});

// CLDR's Basque date leaves its endings open, "2025(e)ko urriaren 1(a)": the year's genitive
// takes an e after a number said with a final consonant (bat, bost, hamar, -ehun), the day its
// article unless its name ends in a (hamaika, 11 and 31); in every style.
describe("Basque dates", () => {
  const styled = (date: string, style: string) =>
    formatDate(date, "eu", style, {}, formats, "data", languageLabels("eu"));
  it.each([
    ["2025-10-01", "2025eko urriaren 1a"],
    ["2024-11-05", "2024ko azaroaren 5a"],
    ["2031-11-11", "2031ko azaroaren 11"],
    ["2021-03-31", "2021eko martxoaren 31"],
    ["2030-01-20", "2030eko urtarrilaren 20a"],
    ["2015-06-15", "2015eko ekainaren 15a"],
    ["2000-02-02", "2000ko otsailaren 2a"],
    ["1900-07-07", "1900eko uztailaren 7a"],
    ["2040-12-25", "2040ko abenduaren 25a"],
  ])("%s: %s", (date, text) => {
    expect(long(date, "eu")).toBe(text);
  });

  it("chooses them in the full and medium styles, and under a pack's date labels", () => {
    expect(styled("2031-11-11", "full")).toBe("2031ko azaroaren 11, asteartea");
    expect(styled("2025-10-01", "medium")).toBe("2025eko urr. 1a");
    expect(long("2025-10-01", "eu", { longDateDays: "01" })).toBe("2025eko urriaren 01a");
  });
});

// Azerbaijani decrees and letters write the year as an ordinal with "il": "19 may 2025-ci il",
// its ending by vowel harmony with the last word of the number said (beş, dörd, altı, doqquz,
// on, qırx, doxsan, yüz, min).
describe("Azerbaijani dates", () => {
  it.each([
    ["2025-05-19", "19 may 2025-ci il"],
    ["2024-11-05", "5 noyabr 2024-cü il"],
    ["2016-01-01", "1 yanvar 2016-cı il"],
    ["2019-03-08", "8 mart 2019-cu il"],
    ["2010-07-20", "20 iyul 2010-cu il"],
    ["2000-12-31", "31 dekabr 2000-ci il"],
    ["2040-02-02", "2 fevral 2040-cı il"],
    ["1990-09-09", "9 sentyabr 1990-cı il"],
    ["2100-06-15", "15 iyun 2100-cü il"],
    ["2020-04-30", "30 aprel 2020-ci il"],
  ])("%s: %s", (date, text) => {
    expect(long(date, "az")).toBe(text);
  });

  it("writes {yearOrdinal} as the year in a language without an ordinal rule", () => {
    expect(long("2025-05-19", "tr", { longDate: "{day} {month} {yearOrdinal}" })).toBe(
      "19 Mayıs 2025",
    );
  });
});

describe("date labels in a letter", () => {
  const letter = (yaml: string) =>
    render({ file: `${ROOT}/data/inline-dates.yaml`, text: yaml }, ["txt"]);
  const flat = (s: string | undefined) => (s ?? "").replace(/[\u00a0\u202f]/g, " ");

  it("writes a Vietnamese dateline as official letters do", async () => {
    const r = await letter(
      "template: business\nlang: vi\nplace: Hà Nội\ndate: 2024-02-05\nbody: Text.\n",
    );
    expect(flat(r.txt)).toContain("Hà Nội, ngày 05 tháng 02 năm 2024");
  });

  it.each([
    ["business", "fr", "Paris", "Paris, le 1er décembre 2024"],
    ["personal", "ar", "الرياض", "الرياض، 1 ديسمبر 2024"],
    ["senate", "zh", "北京", "北京，2024年12月1日"],
    ["personal", "en", "Springfield", "Springfield, December 1, 2024"],
    ["business", "de", "Berlin", "Berlin, 1. Dezember 2024"],
  ])("%s in %s joins place and date as dateLine says: %s", async (pack, lang, place, line) => {
    const signers = pack === "senate" ? "signers: [{ name: A }]\n" : "";
    const r = await letter(
      `template: ${pack}\nlang: ${lang}\nplace: ${place}\ndate: 2024-12-01\nbody: Text.\n${signers}`,
    );
    expect(flat(r.txt)).toContain(line);
  });

  it("places a date that is no date at its line in the data, with a place before it", async () => {
    const e = await caught(() =>
      letter("template: business\nplace: Paris\ndate: 2024-02-30\nbody: Text.\n"),
    );
    expect(e.problems[0]).toMatchObject({
      message: "2024-02-30 is not a real date",
      location: { line: 3 },
      hints: ["2024-02 has 29 days"],
    });
  });

  // merge41: the hint was "write the date as YYYY-MM-DD", which 2024-02-30 is.
  it.each([
    ["2023-02-29", "2023-02 has 28 days"],
    ["2024-04-31", "2024-04 has 30 days"],
    ["2024-13-01", "the month is 01 to 12, not 13"],
    ["2024-00-10", "the month is 01 to 12, not 00"],
    ["0000-06-15", "there is no year 0000: the years go from 0001 (1 AD)"],
  ])("says what is wrong with %s", async (date, hint) => {
    const e = await caught(() => letter(`template: business\ndate: ${date}\nbody: Text.\n`));
    expect(e.problems[0]?.hints).toEqual([hint]);
  });

  it("takes the letter's labels over the pack's and missive's", async () => {
    const r = await letter(
      'template: business\nlang: fr\nplace: Paris\ndate: 2024-12-01\nlabels: { longDate: "{day} {month} de l’an {year}" }\nbody: Text.\n',
    );
    expect(flat(r.txt)).toContain("Paris, le 1er décembre de l’an 2024");
  });

  it("takes a pack's long date for its language, and its English one for English only", async () => {
    const dir = tempDir("date-pack");
    mkdirSync(join(dir, "dated"));
    writeFileSync(
      join(dir, "dated", "template.yaml"),
      'name: dated\nextends: business\nlabels:\n  en: { longDate: "{day} {month} {year}" }\n  it: { longDateDays: "" }\n',
    );
    const dated = (lang: string) =>
      render(
        {
          file: join(dir, "letter.yaml"),
          text: `template: ${join(dir, "dated")}\nlang: ${lang}\ndate: 2024-12-01\nbody: Text.\n`,
        },
        ["txt"],
      );
    expect(flat((await dated("en-GB")).txt)).toContain("1 December 2024");
    expect(flat((await dated("de")).txt)).toContain("1. Dezember 2024");
    // A pack may turn missive's labels off: Italian without "1º".
    expect(flat((await dated("it")).txt)).toContain("1 dicembre 2024");
  });
});

// Before, `date: today` printed "today", and a system's date-time printed as written.
describe("the dates a letter's date may name", () => {
  it("reads a date with a time as its date, and one-digit months and days", () => {
    expect(isoDateOf("2024-05-03T10:22:00.000Z")).toBe("2024-05-03");
    expect(isoDateOf("2024-05-03 10:22:11")).toBe("2024-05-03");
    expect(isoDateOf("2024-5-3")).toBe("2024-05-03");
    expect(isoDateOf("2024-05-03T25:00")).toBeUndefined();
    expect(isoDateOf("05/03/2024")).toBeUndefined();
    expect(isoDateOf("today")).toBeUndefined();
    expect(isoDateOf(" Today ", "2024-12-05")).toBe("2024-12-05");
  });

  it("writes `date: today` as the day the letter is made: its creation date", async () => {
    const r = await render({
      file: `${ROOT}/data/inline.yaml`,
      text: "template: business\ndate: today\nbody: Hi.\nsigner: { name: J }\n",
    });
    // render() fixes the creation date at 2020-03-11 (tests/helpers/render.ts).
    expect(r.txt?.split("\n")[0]?.replace(/\u00a0/g, " ")).toBe("March 11, 2020");
    expect(localIsoDate(new Date(2024, 11, 5, 23, 59))).toBe("2024-12-05");
  });
});

import { beforeAll, describe, expect, it } from "vitest";
import { IntlFormats } from "../../src/compose/intl-formats.js";
import { layout } from "../../src/layout/layout.js";
import { pageNumeral } from "../../src/layout/page-numeral.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

describe("page numbers in the letter's digits", () => {
  it("writes them as the language's CLDR numbers: Devanagari in Marathi, Latin in Hindi", () => {
    const formats = new IntlFormats();
    expect(pageNumeral("mr", formats)(12)).toBe("१२");
    expect(pageNumeral("ar-EG", formats)(3)).toBe("٣");
    expect(pageNumeral("hi", formats)(12)).toBe("12");
    expect(pageNumeral("mr-u-nu-latn", formats)(12)).toBe("12");
    expect(pageNumeral("en", formats)(1000)).toBe("1000");
  });

  // A Marathi letter dated "६ मे, २०२५" numbered its pages "पृष्ठ 2 पैकी 2".
  it("numbers a Marathi letter's later pages in Devanagari digits, as its date", () => {
    const dir = `${ROOT}/tests/corpus/ok-marathi-hospital-discharge/templates/business-mr`;
    const pack = loadPack(dir, ROOT, res);
    const paras = Array.from({ length: 60 }, (_, i) => `<p>परिच्छेद ${i + 1}.</p>`).join("");
    const markup = `<letter lang="mr"><footer on="all"><line>पृष्ठ <page/> पैकी <pages/></line></footer>${paras}</letter>`;
    const doc = toModel(parseXml(markup, "m.xml"), pack, "m.xml", () => {
      throw new Error("no images");
    });
    const pages = layout(doc, res).pages.map((p) =>
      p.items.flatMap((i) => (i.kind === "text" ? [i.text] : [])).join(" "),
    );
    expect(pages.length).toBe(3);
    expect(pages[1]).toContain("पृष्ठ २ पैकी ३");
    expect(pages[1]).not.toMatch(/पृष्ठ 2/);
  });
});

import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fillLabel, MAX_FILLED_LABEL } from "../../src/compose/fill-label.js";
import { letterOptions, renderLetter } from "../../src/pipeline.js";
import { caught } from "../helpers/errors.js";
import { extractPdf } from "../helpers/pdf-text.js";
import { ROOT, render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("fillLabel", () => {
  const labels = { page: "Page", of: "of" };

  it("puts the page counters where the label's words say", () => {
    expect(fillLabel("{page} {pageNumber} {of} {pageCount}", {}, labels)).toBe(
      "Page <page/> of <pages/>",
    );
    expect(fillLabel("第{pageNumber}页，共{pageCount}页", {}, labels)).toBe(
      "第<page/>页，共<pages/>页",
    );
    expect(fillLabel("{pageCount}쪽 중 {pageNumber}쪽", {}, labels)).toBe(
      "<pages/>쪽 중 <page/>쪽",
    );
  });

  it("fills a place with the value given, escaped, over a label of that name", () => {
    expect(fillLabel("Letter to {page} & co", { page: "<A & B>" }, labels)).toBe(
      "Letter to &lt;A &amp; B&gt; &amp; co",
    );
    expect(fillLabel("{count} signers", { count: 3 }, labels)).toBe("3 signers");
    // What another helper printed is markup already.
    const printed = { toHTML: () => "1&#x2028;2", toString: () => "1&#x2028;2" };
    expect(fillLabel("on {date}", { date: printed }, labels)).toBe("on 1&#x2028;2");
  });

  // Before, any object filled its place unescaped: a list of the data's lines was markup.
  it("takes only another helper's output as markup, and escapes any other value", () => {
    expect(fillLabel("to {to}", { to: ["<b>Jane</b>", "Secretary"] }, labels)).toBe(
      "to &lt;b&gt;Jane&lt;/b&gt;,Secretary",
    );
    expect(fillLabel("{flag}", { flag: true }, labels)).toBe("true");
  });

  // A letter's labels of `{a}{a}{a}…` multiplied its data until JavaScript's limit of text,
  // blamed on the pack's template (tests/corpus/labels-filled-too-long: at the data's label).
  it("gives nothing for a label that would be filled past its limit", () => {
    const big = { a: "x".repeat(100_000) };
    expect(fillLabel("{a}".repeat(10), {}, big)).toHaveLength(1_000_000);
    expect(fillLabel("{a}".repeat(11), {}, big)).toBeUndefined();
    expect(MAX_FILLED_LABEL).toBe(1024 * 1024);
  });

  it("leaves a place it cannot fill as written, and the options that locate a call alone", () => {
    expect(fillLabel("{name} at {file}", { file: "letter.hbs" }, labels)).toBe("{name} at {file}");
  });
});

describe("places named after what every object has", () => {
  // Before, {constructor} printed "function Object() { [native code] }" and {{label
  // "constructor"}} failed inside the escaping of a function.
  it("are left as written, in labels, dates and the tagged PDF's phrases", async () => {
    expect(fillLabel("{constructor} {toString} {__proto__}", {}, {})).toBe(
      "{constructor} {toString} {__proto__}",
    );
    const r = await render(
      {
        file: `${ROOT}/data/inline-proto.yaml`,
        text: 'template: business\ndate: 2024-01-02\nlabels: { closing: "Yours {constructor}", longDate: "{day} {toString}", linkTo: "{hasOwnProperty}" }\nbody: Hi.\n',
      },
      ["txt"],
    );
    expect(r.txt).toContain("2 {toString}");
    expect(r.txt).toContain("Yours {constructor}");
    expect(r.model?.phrases.linkTo).toBe("{hasOwnProperty}");
  });

  it("are no labels", async () => {
    const dir = tempDir("proto-pack");
    mkdirSync(join(dir, "proto"));
    writeFileSync(join(dir, "proto", "template.yaml"), "name: proto\nextends: business\n");
    writeFileSync(
      join(dir, "proto", "letter.hbs"),
      '<letter><body>{{label "constructor"}}</body></letter>\n',
    );
    const e = await caught(() =>
      render({ file: join(dir, "l.yaml"), text: `template: ${join(dir, "proto")}\nbody: x\n` }, [
        "txt",
      ]),
    );
    expect(e.problems[0]?.message).toBe("no label constructor for language en-US");
  });
});

describe("page lines in the letter's language", () => {
  const markupOf = async (file: string, text: string) => {
    const r = await renderLetter(
      { file, text },
      { ...letterOptions({ formats: ["txt"] }), stopAfter: "markup", cwd: ROOT },
    );
    return r.markup;
  };
  const continuation = (markup: string) =>
    /<continuation>([\s\S]*?)<\/continuation>/.exec(markup)?.[1];

  it.each([
    ["personal", "zh", "第<page/>页，共<pages/>页"],
    ["personal", "ja", "<page/>/<pages/>ページ"],
    ["personal", "ko", "<pages/>쪽 중 <page/>쪽"],
    ["business", "ko", "<pages/>쪽 중 <page/>쪽"],
    ["senate", "zh", "第<page/>页</line>"],
    ["senate", "ja", "<page/>ページ</line>"],
    ["personal", "de", "Seite <page/> von <pages/>"],
    ["business", "he", "עמוד <page/> מתוך <pages/>"],
    ["senate", "th", "หน้า <page/></line>"],
  ])("%s in %s: %s", async (pack, lang, line) => {
    const m = await markupOf(
      `${ROOT}/data/inline-page.yaml`,
      `template: ${pack}\nlang: ${lang}\nbody: Text.\n${pack === "senate" ? "signers: [{ name: A }]\n" : ""}`,
    );
    expect(continuation(m)).toContain(line);
  });

  it("keeps a pack's page and of for a language that has no pageOf of its own", async () => {
    const dir = tempDir("page-pack");
    mkdirSync(join(dir, "icelandic"));
    writeFileSync(
      join(dir, "icelandic", "template.yaml"),
      "name: icelandic\nextends: business\nlabels:\n  is: { page: Blaðsíða, of: af }\n",
    );
    const m = await markupOf(
      join(dir, "letter.yaml"),
      `template: ${join(dir, "icelandic")}\nlang: is\nbody: Text.\n`,
    );
    expect(continuation(m)).toContain("Blaðsíða <page/> af <pages/>");
  });

  it("prints the Chinese and Japanese continuation line on page 2", async () => {
    const body = "这是一封测试信件，用于检查续页的页码格式。".repeat(90);
    for (const [lang, line] of [
      ["zh-CN", "第2页，共2页"],
      ["ja", "2/2ページ"],
    ]) {
      const r = await render({
        file: `${ROOT}/data/inline-cjk.yaml`,
        text: `template: personal-chinese\nlang: ${lang}\nsender: { name: 张伟 }\nbody: "${body}"\ncc: [李娜]\n`,
      });
      const pdf = await extractPdf(r.pdf as Uint8Array);
      const page2 = pdf.items
        .filter((i) => i.page === 2)
        .map((i) => i.str)
        .join("")
        .replace(/\s+/g, "");
      expect(page2, lang).toContain(`张伟·${line}`);
    }
  });
});

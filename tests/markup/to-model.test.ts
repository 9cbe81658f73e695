import { describe, expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const noImages = () => {
  throw new Error("no images here");
};
const model = (xml: string) => toModel(parseXml(xml, "m.xml"), pack, "m.xml", noImages);

describe("parseXml", () => {
  it("reports malformed markup at its line and column", async () => {
    const e = await caught(() => parseXml("<letter>\n  <date>x</dat>\n</letter>", "m.xml"));
    expect(e.kind).toBe("markup");
    expect(e.problems[0]?.location).toMatchObject({ file: "m.xml", line: 2 });
  });

  it("needs a single <letter> at the top", async () => {
    expect((await caught(() => parseXml("<p>x</p>", "m.xml"))).problems[0]?.message).toBe(
      "the markup must have one <letter> element at the top",
    );
  });
});

describe("toModel", () => {
  it("collapses only XML's white space: no-break, narrow and ideographic spaces are kept", () => {
    const doc = model(
      "<letter><body><p>5\u00a0km  \u00abOui\u202f!\u00bb\u3000終</p></body></letter>",
    );
    const block = doc.body[0] as { lines: { text: string }[][] };
    expect(block.lines[0]?.map((r) => r.text).join("")).toContain(
      "5\u00a0km \u00abOui\u202f!\u00bb\u3000終",
    );
  });

  // corpus26: a Japanese paragraph typed over several lines had a space at each line end
  // ("従来機と 比べて"), which Japanese never writes.
  it("drops a line break between Chinese or Japanese characters, not between Hangul or Latin", () => {
    const text = (p: string) =>
      (
        model(`<letter><body><p>${p}</p></body></letter>`).body[0] as {
          lines: { text: string }[][];
        }
      ).lines[0]
        ?.map((r) => r.text)
        .join("");
    expect(text("本シリーズは従来機と\n  比べて、\n「新型」を\n𠮷野家\n導入。\nNext")).toBe(
      "本シリーズは従来機と比べて、「新型」を𠮷野家導入。 Next",
    );
    expect(text("한국어\n문서 and\nEnglish 中\n文")).toBe("한국어 문서 and English 中文");
    // "・" and "ー" are of no script of their own, but Japanese all the same.
    expect(text("次のとおりです。\n・筆記用具\n・印鑑、コー\nヒー")).toBe(
      "次のとおりです。・筆記用具・印鑑、コーヒー",
    );
    expect(text("東京  大阪")).toBe("東京 大阪");
  });

  it("collapses white space and keeps inline formatting as runs", () => {
    const doc = model(
      "<letter><body><p>  Hello\n  <b>bold</b> and <i>it</i>  </p></body></letter>",
    );
    expect(doc.body[0]).toMatchObject({
      kind: "text",
      role: "p",
      style: "body",
      lines: [
        [
          { text: "Hello " },
          { text: "bold", bold: true },
          { text: " and " },
          { text: "it", italic: true },
        ],
      ],
    });
  });

  it("keeps the salutation with what follows and address lines together", () => {
    const doc = model(
      "<letter><address><line>A</line><line>B</line></address><salutation>Dear X,</salutation></letter>",
    );
    expect(
      doc.body.map((b) => b.kind === "text" && [b.role, b.keepWithNext, b.keepTogether]),
    ).toEqual([
      ["address", false, true],
      ["salutation", true, false],
    ]);
  });

  it("reports unknown elements and styles with their location", async () => {
    expect((await caught(() => model("<letter>\n<blink/></letter>"))).problems[0]).toMatchObject({
      message: "unknown element <blink> in <letter>",
      location: { line: 2 },
    });
    expect(
      (await caught(() => model('<letter><p style="nope">x</p></letter>'))).problems[0]?.message,
    ).toBe("unknown style nope");
    // Before, accepted: found among every object's properties, and written into the PDF as NaN.
    for (const name of ["toString", "constructor", "__proto__"])
      expect(
        (await caught(() => model(`<letter><p style="${name}">x</p></letter>`))).problems[0]
          ?.message,
      ).toBe(`unknown style ${name}`);
    // Before, a page of no width or height (NaN in the layout), from a template's page="{{paper}}".
    for (const name of ["constructor", "__proto__"])
      expect(
        (await caught(() => model(`<letter page="${name}"><p>x</p></letter>`))).problems[0]
          ?.message,
      ).toBe(`unknown page size ${name}`);
  });

  it("reads a signature grid in the given order", () => {
    const doc = model(
      '<letter><signatures columns="3"><signer name="B" title="T"/><signer name="A"><line>X</line><line>Y</line></signer></signatures></letter>',
    );
    expect(doc.body[0]).toMatchObject({
      kind: "signatures",
      columns: 3,
      signers: [
        { name: "B", titles: ["T"] },
        { name: "A", titles: ["X", "Y"] },
      ],
    });
  });

  it("refuses a grid of zero or too many columns", async () => {
    expect(
      (
        await caught(() =>
          model('<letter><signatures columns="0"><signer name="A"/></signatures></letter>'),
        )
      ).problems[0]?.message,
    ).toMatch(/columns must be a whole number from 1 to 6/);
  });
});

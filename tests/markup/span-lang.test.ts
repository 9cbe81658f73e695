import { describe, expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import type { TextBlock } from "../../src/model/letter-doc.js";
import { ALL_OFF, ALL_ON } from "../../src/typography/typography-options.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("din5008", { cwd: ROOT }), ROOT, res);
const noImages = () => {
  throw new Error("no images here");
};
const lines = (body: string, typography = ALL_ON) =>
  (
    toModel(
      parseXml(`<letter lang="de-DE">\n<body>${body}</body></letter>`, "m.xml"),
      pack,
      "m.xml",
      noImages,
      typography,
    ).body[0] as TextBlock
  ).lines;

describe("lang on markup elements", () => {
  it("marks the runs of a span, and quotes follow each span's language", () => {
    expect(
      lines(`<p>Er sagte "ja", <span lang="en">"yes"</span>, <i lang="fr">"oui"</i>.</p>`),
    ).toEqual([
      [
        { text: "Er sagte „ja“, " },
        { text: "“yes”", lang: "en" },
        { text: ", " },
        { text: "«\u00a0oui\u00a0»", italic: true, lang: "fr" },
        { text: "." },
      ],
    ]);
  });

  it("marks a whole paragraph, and an inner span may change it again", () => {
    expect(lines(`<p lang="en-GB">It's <b lang="de">"gut"</b></p>`)).toEqual([
      [
        { text: "It’s ", lang: "en-GB" },
        { text: "„gut“", bold: true, lang: "de" },
      ],
    ]);
  });

  it("pairs a quote that opens in plain text and closes after an italic run", () => {
    expect(lines(`<p>Das "<i>Angebot</i>" gilt.</p>`)).toEqual([
      [{ text: "Das „" }, { text: "Angebot", italic: true }, { text: "“ gilt." }],
    ]);
  });

  it("keeps <code> as written and as its own run", () => {
    expect(lines(`<p>Tippen Sie <code>"ls -l"</code>.</p>`)).toEqual([
      [{ text: "Tippen Sie " }, { text: '"ls -l"', code: true }, { text: "." }],
    ]);
  });

  it("leaves the text as written when the letter turns typography off", () => {
    const off = ALL_OFF;
    expect(lines(`<p>Das "Angebot" über 5 km</p>`, off)).toEqual([
      [{ text: 'Das "Angebot" über 5 km' }],
    ]);
  });

  it("refuses a lang that is not a language tag, where it is written", async () => {
    const e = await caught(() => lines(`<p>x <span lang="en_US!">y</span></p>`));
    expect(e.problems[0]).toMatchObject({
      message: 'lang="en_US!" is not a language tag',
      location: { file: "m.xml", line: 2 },
      hints: ["write a BCP 47 tag such as en-US, de-DE or fr"],
    });
  });

  it("refuses a lang of over 100 characters, naming its start and length", async () => {
    const tag = `de-x-${"abcdefgh-".repeat(20)}z`;
    const e = await caught(() => lines(`<p>x <span lang="${tag}">y</span></p>`));
    expect(e.problems[0]?.message).toBe(
      'lang: "de-x-abcdefgh-abcdefgh-a…" is not a language tag: it is 186 characters long, and a tag has at most 100',
    );
  });
});

describe("typography outside paragraphs", () => {
  it("curls the quotes of the PDF's title and subject, of field labels and signers", () => {
    const doc = toModel(
      parseXml(
        `<letter lang="de" title='Angebot "Heizung"' subject="Kunde's Auftrag"><body>
          <fields><field label='"Ihr" Zeichen'>x</field></fields>
          <signatures><signer name="Dr. O'Brien" title='"Chef"'/></signatures>
        </body></letter>`,
        "m.xml",
      ),
      pack,
      "m.xml",
      noImages,
    );
    expect(doc.meta).toMatchObject({ title: "Angebot „Heizung“", subject: "Kunde’s Auftrag" });
    expect(doc.body[0]).toMatchObject({ rows: [{ label: "„Ihr“ Zeichen" }] });
    expect(doc.body[1]).toMatchObject({
      signers: [{ name: "Dr.\u00a0O’Brien", titles: ["„Chef“"] }],
    });
  });

  // scripts27: the PDF of a Romanian letter signed "Ştefan Ţurcanu" printed "Ștefan Țurcanu"
  // but named its author with the cedilla forms.
  it("writes a Romanian author's ş ţ with the comma below, and nothing else of the author", () => {
    const doc = toModel(
      parseXml(`<letter lang="ro" author="Ştefan Ţurcanu, O'Brien -- x"><body/></letter>`, "m.xml"),
      pack,
      "m.xml",
      noImages,
    );
    expect(doc.meta.author).toBe("Ștefan Țurcanu, O'Brien -- x");
  });
});

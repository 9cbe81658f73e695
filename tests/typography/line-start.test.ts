import { describe, expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import type { TextBlock } from "../../src/model/letter-doc.js";
import { typeset } from "../../src/typography/typeset.js";
import { ALL_ON } from "../../src/typography/typography-options.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const noImages = () => {
  throw new Error("no images here");
};

/** The body's first block's lines as text, any tie shown as "~", a line break as "⏎". */
const body = (xml: string, lang: string) => {
  const doc = toModel(
    parseXml(`<letter lang="${lang}">${xml}</letter>`, "m.xml"),
    pack,
    "m.xml",
    noImages,
  );
  const block = doc.body[0] as TextBlock;
  return shown(block.lines);
};

const shown = (lines: { text: string }[][]) =>
  lines
    .map((line) => line.map((r) => r.text).join(""))
    .join("⏎")
    .replace(/[\u00a0\ufdd1\ufdd2]/g, "~");

/** Typeset lines of plain text, as prose or as lines of an address. */
const set = (text: string, lang: string, prose: boolean) =>
  shown(
    typeset(
      text.split("\n").map((line) => [{ text: line }]),
      lang,
      ALL_ON,
      prose,
    ),
  );

// ties40: the rules that read a line's start as an address's (a house number, a postcode's
// half) fired after a hard line break inside a body paragraph (Markdown's "\" or two spaces).
describe("a line's start, where an address's line starts", () => {
  it("is after a line break in lines of an address, not in a paragraph of prose", () => {
    expect(set("depuis mai\n2025, place Bellecour est piétonne", "fr", true)).toBe(
      "depuis mai⏎2025, place Bellecour est piétonne",
    );
    expect(set("targets for\n2024 EU Member States", "en-GB", true)).toBe(
      "targets for⏎2024 EU Member States",
    );
    expect(set("M. Jo\n1250, route des Crêtes", "fr", false)).toBe("M.~Jo⏎1250,~route des Crêtes");
    expect(set("Ms Jo\n1012 AB Amsterdam", "en-GB", false)).toBe("Ms~Jo⏎1012~AB Amsterdam");
  });

  it("is a block's first word in prose too, and after a tie typed before it", () => {
    expect(set("1250, route des Crêtes", "fr", true)).toBe("1250,~route des Crêtes");
    expect(set("Box 123, 1012 AB Amsterdam", "en-GB", true)).toBe("Box~123, 1012~AB Amsterdam");
  });

  it("reads a paragraph as prose and a line as an address's, from the markup", () => {
    const xml = (el: string) => `<${el}>targets for<br/>2024 EU Member States</${el}>`;
    expect(body(`<body>${xml("p")}</body>`, "en-GB")).toBe("targets for⏎2024 EU Member States");
    expect(body(`<body>${xml("line")}</body>`, "en-GB")).toBe("targets for⏎2024~EU Member States");
  });
});

import { describe, expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import type { TextBlock } from "../../src/model/letter-doc.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const noImages = () => {
  throw new Error("no images here");
};
const body = (xml: string) =>
  toModel(parseXml(`<letter>${xml}</letter>`, "m.xml"), pack, "m.xml", noImages)
    .body as TextBlock[];
/** Each paragraph as level, marker and text. */
const outline = (xml: string) =>
  body(xml).map((b) => [
    b.level,
    b.marker ?? "",
    b.lines.map((l) => l.map((r) => r.text).join("")).join("|"),
  ]);

describe("lists", () => {
  it("keeps every paragraph of an item, the marker on the first", () => {
    expect(
      outline('<list ordered="true"><item>First.<p>More of it.</p></item><item>Next</item></list>'),
    ).toEqual([
      [1, "1.", "First."],
      [1, "", "More of it."],
      [1, "2.", "Next"],
    ]);
  });

  it("nests lists with markers by depth among lists of the same kind", () => {
    expect(
      outline(
        '<list ordered="true" start="3"><item>a<list ordered="true"><item>b<list><item>c<list><item>d</item></list></item></list></item></list></item></list>',
      ),
    ).toEqual([
      [1, "3.", "a"],
      [2, "a.", "b"],
      [3, "•", "c"],
      [4, "–", "d"],
    ]);
  });

  it("takes a numbering pattern or a bullet per list", () => {
    expect(
      outline(
        '<list numbering="(i)" start="4"><item>x</item><item>y</item></list><list bullet=""><item>z</item></list><list bullet="o"><item>w</item></list>',
      ),
    ).toEqual([
      [1, "(iv)", "x"],
      [1, "(v)", "y"],
      [1, "", "z"],
      [1, "o", "w"],
    ]);
  });

  it("gives an item's paragraphs the item's style and keep unless they set their own", () => {
    const styled = body('<list><item style="body" keep="together">x<p>y</p></item></list>');
    expect(styled[1]).toMatchObject({ style: "body", keepTogether: true });
    const own = body('<list><item>x<p style="closing">y</p></item></list>');
    expect(own.map((b) => b.style)).toEqual(["item", "closing"]);
  });

  it("numbers an item by its value, and those after it on from there", () => {
    expect(
      outline(
        '<list numbering="(1)" start="1998"><item>x</item><item value="2004">y</item><item>z</item></list>',
      ),
    ).toEqual([
      [1, "(1998)", "x"],
      [1, "(2004)", "y"],
      [1, "(2005)", "z"],
    ]);
  });

  it("refuses a bad numbering, a bad start and an item that starts with a list", async () => {
    const msg = async (xml: string) => (await caught(() => body(xml))).problems[0]?.message;
    expect(await msg('<list numbering="1-1"><item>x</item></list>')).toBe(
      'numbering="1-1" is not a numbering pattern',
    );
    expect(
      (await caught(() => body('<list numbering="x"><item>x</item></list>'))).problems[0]?.hints,
    ).toEqual([
      'write 1. or a. or A. or i. or I. or 가., with any punctuation around it: "(1)", "a)", "1.)", or after clause numbers: "2.1"',
    ]);
    expect(await msg('<list ordered="true" start="two"><item>x</item></list>')).toBe(
      "start must be a whole number, not two",
    );
    expect(await msg('<list ordered="true"><item value="-1">x</item></list>')).toBe(
      "value must be a whole number, not -1",
    );
    expect(await msg("<list><item><list><item>x</item></list></item></list>")).toBe(
      "an <item> starts with its own text before a nested <list>",
    );
  });

  // tables41: a list nested 1,000 deep ran the markup's reading out of stack: a stack trace
  // and exit 70. Nested as deep as lists may, it is read.
  it("refuses a list nested deeper than lists may nest, at the list too deep", async () => {
    const nested = (n: number) => `${"<list><item>x\n".repeat(n)}${"</item></list>".repeat(n)}`;
    expect(body(nested(100)).length).toBe(100);
    const e = await caught(() => body(nested(101)));
    expect([e.kind, e.problems[0]?.message, e.problems[0]?.location]).toEqual([
      "markup",
      "a list nested 101 levels deep; lists nest at most 100 levels",
      { file: "m.xml", line: 101, col: 6 },
    ]);
  });
});

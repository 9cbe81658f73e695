import { beforeAll, describe, expect, it } from "vitest";
import { layout } from "../../src/layout/layout.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

// These tests lay text out directly; a render would load HarfBuzz itself.
beforeAll(loadHarfBuzz);

const pack = loadPack(findPack("din5008", { cwd: ROOT }), ROOT, res);
const MM = 72 / 25.4;

function laidOut(markup: string) {
  const doc = toModel(parseXml(markup, "m.xml"), pack, "m.xml", () => ({
    src: "x.png",
    width: 1,
    height: 1,
  }));
  return layout(doc, res);
}

describe("placed groups", () => {
  it("sit at their position on page 1 and take no room from the flow", () => {
    const r = laidOut(
      '<letter><place x="25mm" y="62.7mm" width="80mm"><line>Anna</line></place><place x="4mm" y="105mm" width="5mm"><rule/></place><p>Body</p></letter>',
    );
    const items = r.pages[0]?.items ?? [];
    const anna = items.find((i) => i.kind === "text" && i.text === "Anna");
    const body = items.find((i) => i.kind === "text" && i.text === "Body");
    const mark = items.find((i) => i.kind === "rule");
    expect(anna?.x).toBeCloseTo(25 * MM);
    expect(anna?.y).toBeGreaterThan(62.7 * MM);
    expect(body?.y).toBeLessThan(pack.page.margin.top + 20);
    expect(mark).toMatchObject({ kind: "rule", width: expect.closeTo(5 * MM, 3) });
    expect(mark?.x).toBeCloseTo(4 * MM);
    expect(mark?.y).toBeCloseTo(105 * MM + 0.25);
  });

  it("start the body under a letterhead of fixed height", () => {
    const r = laidOut('<letter><letterhead height="78.46mm"/><p>Body</p></letter>');
    const body = r.pages[0]?.items.find((i) => i.kind === "text");
    expect(body?.y).toBeGreaterThan(pack.page.margin.top + 78.46 * MM);
  });

  it("report content taller than its box (an address that overflows the window)", () => {
    const lines = Array.from({ length: 9 }, (_, i) => `<line>line ${i}</line>`).join("");
    expect(() =>
      laidOut(
        `<letter><place x="25mm" y="62.7mm" width="80mm" height="27.3mm"><address>${lines}</address></place></letter>`,
      ),
    ).toThrow(/content placed at 25.0mm, 62.7mm is 39.7mm tall; its box is 27.3mm/);
  });
});

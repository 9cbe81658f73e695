import { beforeAll, describe, expect, it } from "vitest";
import { loadHarfBuzz } from "../../src/layout/harfbuzz.js";
import { layout } from "../../src/layout/layout.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { caught } from "../helpers/errors.js";
import { ROOT } from "../helpers/render.js";

beforeAll(loadHarfBuzz);

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT);
const model = (markup: string) =>
  toModel(parseXml(markup, "m.xml"), pack, "m.xml", () => {
    throw new Error("no images");
  });
/** Each page's texts, top to bottom. */
const pages = (markup: string) =>
  layout(model(markup)).pages.map((p) =>
    p.items.flatMap((i) => (i.kind === "text" ? [{ text: i.text, y: i.y }] : [])),
  );

describe("page control", () => {
  it("starts the block after <page-break/> on a new page", () => {
    const p = pages(
      '<letter><p>Letter.</p><page-break/><heading level="1">Annex</heading></letter>',
    );
    expect(p).toHaveLength(2);
    expect(p[1]?.some((i) => i.text === "Annex")).toBe(true);
    expect(p[0]?.some((i) => i.text === "Annex")).toBe(false);
  });

  it("refuses a page break in a page band", async () => {
    const e = await caught(() => model("<letter><footer><page-break/></footer></letter>"));
    expect(e.problems[0]?.message).toBe("unknown element <page-break> in <footer>");
  });

  it('sets the notes after the body with notes="end"', () => {
    const [page] = pages(
      '<letter notes="end"><p>Text<note>The note.</note></p><p>After.</p></letter>',
    );
    const y = (t: string) => page?.find((i) => i.text.includes(t))?.y ?? 0;
    expect(y("The note.")).toBeGreaterThan(y("After."));
    // Right after the body, not at the foot of the page.
    expect(y("The note.") - y("After.")).toBeLessThan(60);
  });
});

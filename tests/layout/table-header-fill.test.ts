import { beforeAll, describe, expect, it } from "vitest";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import type { TextStyle } from "../../src/model/style.js";
import { caught } from "../helpers/errors.js";
import { laidOutOn } from "../helpers/laid-out.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const business = loadPack(findPack("business", { cwd: ROOT }), ROOT, res);
const table = business.styles.table as TextStyle;
const pack = {
  ...business,
  styles: {
    ...business.styles,
    "table-header-shaded": { ...table, bold: true, color: "#ffffff", fill: "#1f3a60" },
  },
};

const laidOut = laidOutOn(pack);
const ROWS =
  '<row header="true"><cell>Item</cell><cell>Amount</cell></row><row><cell>Survey</cell><cell>1,200</cell></row>';

describe("<table header-style>", () => {
  it("draws the style's fill behind the header row, under its text, the table's width", () => {
    const page = laidOut(
      `<letter><table header-style="table-header-shaded">${ROWS}</table></letter>`,
    ).pages[0];
    const items = page?.items ?? [];
    const fill = items.findIndex((i) => i.kind === "rule" && i.color === "#1f3a60");
    const head = items.findIndex((i) => i.kind === "text" && i.text === "Item");
    expect(fill).toBeGreaterThanOrEqual(0);
    expect(fill).toBeLessThan(head);
    const f = items[fill];
    const t = items[head];
    if (f?.kind !== "rule" || t?.kind !== "text") throw new Error("no fill");
    // The band covers the header's line: its baseline between the band's top and bottom.
    expect(t.y).toBeGreaterThan(f.y - f.thickness / 2);
    expect(t.y).toBeLessThan(f.y + f.thickness / 2);
    expect(t.color).toBe("#ffffff");
    // The text stands half a column gap inside the fill, not at its edge.
    expect(t.x - f.x).toBeCloseTo(5);
    const widest = Math.max(...items.filter((i) => i.kind === "rule").map((i) => i.width));
    expect(f.width).toBeCloseTo(widest);
  });

  it("another table of the letter keeps the pack's header, with no fill", () => {
    const items = laidOut(`<letter><table>${ROWS}</table></letter>`).pages[0]?.items ?? [];
    expect(items.some((i) => i.kind === "rule" && i.color === "#1f3a60")).toBe(false);
  });

  it("a style the pack lacks is a markup error at the table", async () => {
    const e = await caught(() =>
      laidOut(`<letter>\n<table header-style="shaded">${ROWS}</table></letter>`),
    );
    expect(e.kind).toBe("markup");
    expect(e.problems[0]?.message).toBe("unknown style shaded");
    expect(e.problems[0]?.location?.line).toBe(2);
  });
});

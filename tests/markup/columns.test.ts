import { describe, expect, it } from "vitest";
import type { MissiveError } from "../../src/errors.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { toModel } from "../../src/markup/to-model.js";
import { parseXml } from "../../src/markup/xml-tree.js";
import { ROOT } from "../helpers/render.js";
import { res } from "../helpers/resources.js";

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const noImages = () => ({ src: "x.png", width: 1, height: 1 });

function model(body: string) {
  return toModel(parseXml(`<letter>${body}</letter>`, "m.xml"), pack, "m.xml", noImages);
}

function error(body: string): string {
  try {
    model(body);
  } catch (e) {
    const p = (e as MissiveError).problems[0];
    return `${p?.location?.line}:${p?.location?.col} ${p?.message}`;
  }
  return "no error";
}

describe("<columns>", () => {
  it("holds a column of blocks for each <column>, lines styled after the columns' parent", () => {
    const doc = model(
      '<letterhead><columns gutter="12"><column><line>A</line><line>B</line></column><column><p>C</p></column></columns></letterhead>',
    );
    const cols = doc.letterhead[0];
    expect(cols?.kind).toBe("columns");
    if (cols?.kind !== "columns") return;
    expect(cols.gutter).toBe(12);
    expect(cols.columns.map((c) => c.length)).toEqual([2, 1]);
    expect(cols.columns[0]?.[0]).toMatchObject({ kind: "text", style: "letterhead" });
  });

  it("refuses what a column cannot hold, with its location", () => {
    expect(error("<columns><p>x</p></columns>")).toMatch(
      /^1:\d+ <columns> holds <column> elements, not <p>/,
    );
    expect(error("<columns><column><page-break/></column></columns>")).toMatch(
      /unknown element <page-break> in <column>/,
    );
    expect(error("<columns/>")).toMatch(/<columns> holds 1 to 6 <column>s, not 0/);
    expect(error('<columns style="x"><column/></columns>')).toMatch(/style/);
  });
});

import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { markPartial, partialsAt } from "../../src/compose/partial-marks.js";
import { caught } from "../helpers/errors.js";
import { ROOT, render } from "../helpers/render.js";
import { tempDir } from "../helpers/temp-dir.js";

describe("partialsAt", () => {
  it("names the partials around a place of the markup made without marks", () => {
    const marked = `<letter>\n${markPartial("head", `<a/>\n<b ${markPartial("inner", "x")}/>`)}\n<c/>`;
    expect(partialsAt(marked, 1, 3)).toEqual([]);
    expect(partialsAt(marked, 2, 2)).toEqual(["head"]);
    expect(partialsAt(marked, 3, 4)).toEqual(["head", "inner"]);
    expect(partialsAt(marked, 4, 2)).toEqual([]);
  });
});

// packs37: an unknown style written in a pack's partials/letterhead.hbs was told at
// "letter.yaml (markup from firm/letter.hbs):9:24", a line of markup no file of the pack has
// (and firm had no letter.hbs: it inherits business's).
describe("a markup error made by a partial", () => {
  it("names the partial's file, and the letter.hbs the pack inherits", async () => {
    const dir = tempDir("partial-error");
    const own = join(dir, "templates", "firm");
    mkdirSync(join(own, "partials"), { recursive: true });
    writeFileSync(join(own, "template.yaml"), "extends: business\nname: firm\n");
    writeFileSync(
      join(own, "partials", "letterhead.hbs"),
      '<letterhead>\n  <line style="partner">{{sender.company}}</line>\n</letterhead>\n',
    );
    const data = readFileSync(join(ROOT, "data", "business-northwind-2024.yaml"), "utf8");
    const file = join(dir, "letter.yaml");
    writeFileSync(file, data.replace("template: business", "template: firm"));
    const e = await caught(() => render(file));
    const [p] = e.problems;
    expect(p?.message).toBe("unknown style partner");
    expect(p?.location?.file).toBe(`${file} (markup from firm: business/letter.hbs)`);
    expect(p?.hints?.[0]).toBe(
      `made by the partial letterhead: ${join(own, "partials", "letterhead.hbs")}; --emit markup shows the markup`,
    );
  });
});

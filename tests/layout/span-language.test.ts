import { beforeAll, expect, it } from "vitest";
import { FontBook } from "../../src/layout/font-book.js";
import { buildItems, type Item } from "../../src/layout/paragraph-items.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import type { Run } from "../../src/model/letter-doc.js";
import { BASE_STYLE } from "../../src/model/style.js";
import { ROOT } from "../helpers/render.js";
import { hyphenatorFor, loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
const ctx = {
  book: new FontBook(pack.fonts, pack.fallbackFonts, res.fonts),
  style: { ...BASE_STYLE, hyphenate: true },
  hyphenate: hyphenatorFor("de"),
  hyphenatorFor,
  fields: { page: 1, pages: 1 },
  warn: () => {},
};
/** The boxes' text, with "-" where a hyphen may break and "_" for any other item. */
const shape = (items: Item[]) =>
  items
    .map((i) => (i.t === "box" ? i.text : i.t === "penalty" && i.text === "-" ? "-" : "_"))
    .join("");

it("hyphenates a run in its own language, others in the letter's", () => {
  const runs: Run[] = [
    { text: "internationalization " },
    { text: "internationalization", lang: "en-US" },
  ];
  const german = hyphenatorFor("de")?.("internationalization").join("-");
  const english = hyphenatorFor("en-US")?.("internationalization").join("-");
  expect(german).not.toBe(english);
  expect(shape(buildItems(runs, ctx))).toBe(`${german}_${english}`);
});

it("keeps words joined by a no-break space on one line, with a space that stretches", () => {
  const items = buildItems([{ text: "Dr.\u00a0Beck" }], ctx);
  expect(items.map((i) => i.t)).toEqual(["box", "penalty", "glue", "box"]);
  expect(items[1]).toMatchObject({ p: 10000 });
  expect(items[2]).toMatchObject({ t: "glue" });
  expect((items[2] as { stretch: number }).stretch).toBeGreaterThan(0);
});

it("never hyphenates code", () => {
  const items = buildItems([{ text: "internationalization", code: true }], ctx);
  expect(shape(items)).toBe("internationalization");
});

import { beforeAll, expect, it } from "vitest";
import { FontBook } from "../../src/layout/font-book.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

// Before: a pack's `fallbackFonts: [constructor]` (or `toString`) stopped every letter with
// "cannot read undefined: ERR_INVALID_ARG_TYPE" (exit 6, of no file): the family was looked
// up among every object's properties, found, and its faces' paths were undefined.
it("takes a fallback family named as every object's property as any family the pack lacks", () => {
  const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
  const book = new FontBook(pack.fonts, ["constructor", "toString", "__proto__"], res.fonts);
  const plain = new FontBook(pack.fonts, [], res.fonts);
  const paths = (b: FontBook) => b.chain("serif", false, false).map((f) => f.path);
  expect(paths(book)).toEqual(paths(plain));
  expect(book.face("valueOf", false, false).path).toBe(plain.face("nosuch", false, false).path);
});

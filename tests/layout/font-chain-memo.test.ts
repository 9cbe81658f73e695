import { beforeAll, describe, expect, it } from "vitest";
import { FontBook } from "../../src/layout/font-book.js";
import { findPack } from "../../src/load/find-pack.js";
import { loadPack } from "../../src/load/load-pack.js";
import { ROOT } from "../helpers/render.js";
import { loadHarfBuzz, res } from "../helpers/resources.js";

beforeAll(loadHarfBuzz);

// speed41: every run of text a letter sets asked its font book for its chain, some ten times a
// merge's letter, and each answer was made anew, its script chains' Unicode patterns compiled
// again for every letter's book.
describe("a font book's chains", () => {
  const book = () => {
    const pack = loadPack(findPack("senate", { cwd: ROOT }), ROOT, res);
    return new FontBook(pack.fonts, pack.fallbackFonts, res.fonts, { Arabic: ["noto"] });
  };

  it("are made once per book, for each family, weight, slant and language", () => {
    const b = book();
    const chain = b.chain("serif", false, false, "en-US");
    expect(b.chain("serif", false, false, "en-US")).toBe(chain);
    expect(Object.isFrozen(chain)).toBe(true);
    expect(b.chain("serif", true, false, "en-US")).not.toBe(chain);
    expect(b.chain("serif", false, false, "de")).not.toBe(chain);
    expect(b.chain("serif", false, false, "de").map((f) => f.path)).toEqual(
      chain.map((f) => f.path),
    );
  });

  it("draw a script's characters by a pattern compiled once per thread, whatever the book", () => {
    const only = (b: FontBook) => b.chain("serif", false, false).find((f) => f.only)?.only;
    const first = only(book());
    expect(first?.test("ب")).toBe(true);
    expect(first?.test("b")).toBe(false);
    expect(only(book())).toBe(first);
  });
});

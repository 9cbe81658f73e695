import { describe, expect, it } from "vitest";
import { pageImageNames } from "../../src/output/page-image-names.js";

describe("pageImageNames", () => {
  it("keeps the planned name for one page", () => {
    expect(pageImageNames("/out/letter.png", 1)).toEqual(["/out/letter.png"]);
  });

  it("numbers several pages from 1, padded so that they sort", () => {
    expect(pageImageNames("/out/letter.png", 3)).toEqual([
      "/out/letter-1.png",
      "/out/letter-2.png",
      "/out/letter-3.png",
    ]);
    const ten = pageImageNames("/out/a.b.png", 10);
    expect([ten[0], ten[9]]).toEqual(["/out/a.b-01.png", "/out/a.b-10.png"]);
  });
});

import { describe, expect, it } from "vitest";
import { changeRegions } from "../../src/diff/change-regions.js";

/** A 100×100 page whose changed pixels are the given boxes. */
function page(...boxes: [number, number, number, number][]) {
  return (x: number, y: number) =>
    boxes.some(([l, t, w, h]) => x >= l && x < l + w && y >= t && y < t + h);
}

describe("changeRegions", () => {
  it("gives each changed pixel's region its exact box", () => {
    expect(changeRegions(100, 100, page([13, 21, 5, 3]), 4, 1)).toEqual([
      { x: 13, y: 21, width: 5, height: 3 },
    ]);
  });

  it("joins changes closer than the gap, and keeps distant ones apart, top to bottom", () => {
    const near = page([10, 10, 3, 3], [17, 10, 3, 3]); // glyphs of one word
    expect(changeRegions(100, 100, near, 4, 1)).toEqual([{ x: 10, y: 10, width: 10, height: 3 }]);
    const far = page([60, 80, 2, 2], [10, 10, 3, 3]);
    expect(changeRegions(100, 100, far, 4, 1)).toEqual([
      { x: 10, y: 10, width: 3, height: 3 },
      { x: 60, y: 80, width: 2, height: 2 },
    ]);
  });

  it("finds nothing on an unchanged page", () => {
    expect(changeRegions(100, 100, () => false, 4, 1)).toEqual([]);
  });
});

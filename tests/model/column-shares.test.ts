import { expect, it } from "vitest";
import { columnShares } from "../../src/model/column-shares.js";

it("gives each column its natural width when they fit", () => {
  expect(columnShares([50, 30, 20], [10, 10, 10], 120)).toEqual([50, 30, 20]);
});

it("gives each column its least width and shares the rest by how much more it would like", () => {
  // Left after the least widths: 40, wanted 40 + 20 + 0.
  const widths = columnShares([60, 40, 10], [20, 20, 10], 90);
  [20 + (40 * 40) / 60, 20 + (40 * 20) / 60, 10].forEach((w, c) => {
    expect(widths[c]).toBeCloseTo(w, 9);
  });
});

it("cuts only the columns wider than a common cap when even the least widths do not fit", () => {
  // Before: every column in proportion to its least width, [5.8, 5.8, 288.5]: the numbers broke.
  expect(columnShares([40, 40, 900], [10, 10, 500], 300)).toEqual([10, 10, 280]);
  expect(columnShares([400, 40, 900], [300, 10, 500], 310)).toEqual([150, 10, 150]);
});

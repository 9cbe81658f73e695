import { expect, it } from "vitest";
import { columnShares } from "../../src/model/column-shares.js";

it("gives each column its natural width when they fit", () => {
  expect(columnShares([50, 30, 20], [10, 10, 10], 120)).toEqual([50, 30, 20]);
});

it("keeps the natural width of the columns under a common cap and narrows only the wider ones", () => {
  // A cap of 40 fills 90: the first column is narrowed to it, the others keep what they want.
  // Before, every column shared in proportion to how much more it wanted ([46.7, 33.3, 10]),
  // so short cells wrapped beside a long one that wraps anyway.
  const widths = columnShares([60, 40, 10], [20, 20, 10], 90);
  [40, 40, 10].forEach((w, c) => {
    expect(widths[c]).toBeCloseTo(w, 9);
  });
  // An invoice: number, description, item code, quantity, unit price, amount.
  const invoice = columnShares([14, 240, 78, 20, 44, 46], [10, 70, 56, 20, 40, 40], 423);
  [14, 221, 78, 20, 44, 46].forEach((w, c) => {
    expect(invoice[c]).toBeCloseTo(w, 9);
  });
  // Never under a column's least width.
  expect(columnShares([100, 100], [90, 10], 120)).toEqual([90, 30]);
});

it("cuts only the columns wider than a common cap when even the least widths do not fit", () => {
  // Before: every column in proportion to its least width, [5.8, 5.8, 288.5]: the numbers broke.
  expect(columnShares([40, 40, 900], [10, 10, 500], 300)).toEqual([10, 10, 280]);
  expect(columnShares([400, 40, 900], [300, 10, 500], 310)).toEqual([150, 10, 150]);
});

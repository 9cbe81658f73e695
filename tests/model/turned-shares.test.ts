import { expect, it } from "vitest";
import { columnShares } from "../../src/model/column-shares.js";
import { turnedShares } from "../../src/model/turned-shares.js";

const sum = (xs: number[]) => xs.reduce((a, x) => a + x, 0);

it("keeps a table at its natural width on every page it fits", () => {
  expect(turnedShares([50, 30, 20], [10, 10, 10], 300, 120)).toEqual([50, 30, 20]);
  // Natural in the first column, too wide for this narrower one: narrowed to fit it.
  expect(turnedShares([60, 40, 10], [20, 20, 10], 90, 120)).toEqual(
    columnShares([60, 40, 10], [20, 20, 10], 90),
  );
});

it("stretches a table that filled the first column across a wider one, in its proportions", () => {
  // Narrowed to 90 in the first column ([40, 40, 10]); natural (110) in 180 before.
  const widths = turnedShares([60, 40, 10], [20, 20, 10], 180, 90);
  expect(widths).toEqual([80, 80, 20]);
});

it("shrinks it to a narrower column in its proportions when no column is cut", () => {
  expect(turnedShares([200, 100], [20, 20], 100, 150)).toEqual([50, 50]);
});

it("shares a narrower column anew when the proportions would cut a column's widest piece", () => {
  // [100, 50] in 150; at 120 the same proportions give the second 40, under its least (45).
  const widths = turnedShares([200, 50], [20, 45], 120, 150);
  expect(widths).toEqual(columnShares([200, 50], [20, 45], 120));
  expect(widths[1]).toBe(50);
});

it("fills the wider column when the first cut a column and this one has room for it", () => {
  // In 60 the least widths (80) do not fit: cut to [30, 30]; scaled to 100, the first column
  // (least 50) would still be cut, so the columns share 100 anew and fill it.
  const widths = turnedShares([90, 60], [50, 30], 100, 60);
  expect(sum(widths)).toBeCloseTo(100, 9);
  expect(widths[0]).toBeGreaterThanOrEqual(50);
});

import { expect, it } from "vitest";
import { remember } from "../src/remember.js";

it("keeps a memo to its size: past it, the memo starts afresh", () => {
  const memo = new Map<number, string>();
  for (let k = 0; k < 10; k++) expect(remember(memo, k, `v${k}`, 4)).toBe(`v${k}`);
  expect(memo.size).toBeLessThanOrEqual(4);
  expect(memo.get(9)).toBe("v9");
  // A key it holds is replaced in place, without dropping the others.
  const before = memo.size;
  remember(memo, 9, "again", 4);
  expect(memo.size).toBe(before);
  expect(memo.get(9)).toBe("again");
});

import { describe, expect, it } from "vitest";
import { RecurringMemo } from "../src/recurring-memo.js";

describe("RecurringMemo", () => {
  it("keeps a value the second time its key comes, and gives it back after", () => {
    const memo = new RecurringMemo<string>(8);
    expect(memo.keep("a", "first")).toBe("first");
    expect(memo.get("a")).toBeUndefined();
    expect(memo.keep("a", "second")).toBe("second");
    expect(memo.get("a")).toBe("second");
    expect([...memo.keys()]).toEqual(["a"]);
  });

  it("keeps at most `max` values and remembers at most `max` keys met once", () => {
    const memo = new RecurringMemo<number>(2);
    for (const k of ["a", "a", "b", "b"]) memo.keep(k, 1);
    expect(memo.size).toBe(2);
    memo.keep("c", 1);
    memo.keep("c", 1);
    // Full: it starts afresh, as remember() does.
    expect([...memo.keys()]).toEqual(["c"]);
    // Keys met once: past two, the list starts afresh, so "d" is met once again.
    for (const k of ["d", "e", "f", "d"]) memo.keep(k, 1);
    expect(memo.get("d")).toBeUndefined();
  });
});
